#include "model/probe/socketbudget.h"

#include <QtGlobal>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h> // portable: guarded
#endif

namespace PortCheck {

namespace {
constexpr int kReserve = 128;
constexpr int kMaxBudget = 65536;

int computeBudget()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) // portable: guarded
        return 1024 - kReserve;
    const rlim_t wanted =
        limit.rlim_max == RLIM_INFINITY ? rlim_t(kMaxBudget) : std::min<rlim_t>(limit.rlim_max, kMaxBudget);
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = wanted;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0) // portable: guarded
            limit = raised;
    }
    const rlim_t open = limit.rlim_cur == RLIM_INFINITY ? rlim_t(kMaxBudget) : limit.rlim_cur;
    return std::max(16, static_cast<int>(std::min<rlim_t>(open, kMaxBudget)) - kReserve);
#else
    return 16384;
#endif
}
} // namespace

int socketBudget()
{
    static const int budget = computeBudget(); // once, thread-safe (C++11 statics)
    return budget;
}

} // namespace PortCheck
