#pragma once

namespace PortCheck {

// How many sockets the probes of this process may hold open at once, with a reserve left for
// files, the resolver and the window. On Unix the first call raises the soft limit on open files
// to the hard one (at most 65,536), as port scanners do; on Windows sockets are handles without
// such a limit, and the budget is a fixed 16,384.
int socketBudget();

} // namespace PortCheck
