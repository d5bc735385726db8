#!/usr/bin/env bash
# Fails when code outside tests/ uses a POSIX- or Linux-only header or call: the Windows build
# (scripts/windows.sh) must compile all of it. Use Qt or standard C++ instead; a platform-specific
# branch goes behind #ifdef Q_OS_WIN / Q_OS_UNIX with an else branch for the other side.
#   bash scripts/check-portable.sh          (run by .ci/run)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

headers='unistd|sys/[a-z_/]+|netinet/[a-z_]+|arpa/[a-z_]+|netdb|poll|pwd|grp|dlfcn|fcntl|termios|ifaddrs|sched|pthread|syslog|linux/[a-z_/]+|dirent|spawn|semaphore|signal|execinfo|libgen|glob|fnmatch|wordexp|strings'
calls='getuid|geteuid|getgid|getegid|getpid|getppid|fork|vfork|execl|execlp|execle|execv|execvp|execve|waitpid|pipe|pipe2|dup2|isatty|ttyname|setrlimit|getrlimit|sysconf|mkstemp|mkdtemp|realpath|usleep|nanosleep|popen|pclose|setenv|unsetenv|gethostname|getifaddrs|inet_pton|inet_ntop|inet_aton|kill|sigaction|signal|alarm|chmod|chown|symlink|readlink|unlink|getpwuid|getpwnam|setsid|openlog|strcasecmp|strncasecmp|strtok_r|localtime_r|gmtime_r|mmap|munmap|epoll_[a-z]+|eventfd|timerfd_[a-z]+|prctl|sendfile|socketpair'

files=$(git ls-files -- '*.cpp' '*.h' '*.hpp' '*.cc' | grep -v '^tests/' || true)
[ -n "$files" ] || { echo "check-portable: no sources found" >&2; exit 1; }

found=0
# A line that must stay (behind #ifdef Q_OS_UNIX with a Windows branch) says so: // portable: guarded
filter() { grep -vE '//\s*portable: guarded' | grep -vE '^[^:]+:[0-9]+:\s*(//|\*)'; }
# Includes of POSIX headers.
if grep -HnE "^\s*#\s*include\s*<($headers)\.h>" $files | filter; then found=1; fi
# Calls: the name, then '(', not after a member access, a scope, a letter or a type (so
# QProcess::kill(), socket->close(), proc.kill(), my_pipe( and 'void pipe(' do not match).
if grep -HnE "(^|[^A-Za-z0-9_.>:~]|[^A-Za-z0-9_]::)($calls)\s*\(" $files | filter |
    grep -vE "(bool|void|int|auto|qint64|QString|static|const)\s+[*&]?($calls)\s*\("; then found=1; fi

if [ "$found" -ne 0 ]; then
    echo "check-portable: POSIX- or Linux-only code outside tests/ (above): use Qt or standard C++," >&2
    echo "or put it behind #ifdef Q_OS_UNIX with a Windows branch" >&2
    exit 1
fi
echo "check-portable: $(wc -w <<<"$files") source files outside tests/ use no POSIX-only header or call"
