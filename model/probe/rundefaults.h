#pragma once

// The defaults and the allowed ranges of the run's timeouts and limits, one set for every place that
// sets them: the engine's settings, the profile (timeouts:, limits:), the command line
// (--connect-timeout, --timeout, --concurrency, --per-host) and the window's Settings.

namespace PortCheck::RunDefaults {

struct Range
{
    int min;
    int max;
};

inline constexpr int kConnectTimeoutMs = 3000;  // above Windows' 2 s delay before it reports a refused port
inline constexpr int kProtocolTimeoutMs = 5000; // the TLS handshake and the protocol's answer, each
inline constexpr int kConcurrency = 256;        // probes in flight over all threads
inline constexpr int kPerHostLimit = 8;         // probes in flight to one host

inline constexpr Range kTimeoutMs{100, 120000};
inline constexpr Range kConcurrencyRange{1, 4096};
inline constexpr Range kPerHostRange{1, 256};

} // namespace PortCheck::RunDefaults
