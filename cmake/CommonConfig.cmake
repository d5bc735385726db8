# One INTERFACE target carries the language standard, warnings and Qt defines for every target.
add_library(portcheck_common INTERFACE)
target_compile_features(portcheck_common INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(portcheck_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PORTCHECK_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(portcheck_common INTERFACE /W4 /permissive- /utf-8)
    if(PORTCHECK_WERROR)
        target_compile_options(portcheck_common INTERFACE /WX)
    endif()
else()
    target_compile_options(portcheck_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wconversion -Wsign-conversion
        -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual)
    if(PORTCHECK_WERROR)
        target_compile_options(portcheck_common INTERFACE -Werror)
    endif()
endif()

if(PORTCHECK_SANITIZE)
    target_compile_options(portcheck_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(portcheck_common INTERFACE -fsanitize=address,undefined)
endif()

if(PORTCHECK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PORTCHECK_FUZZ needs clang (libFuzzer)")
    endif()
    # coverage for the fuzzer in every library, ASan + UBSan to turn bad reads into crashes
    target_compile_options(portcheck_common INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(portcheck_common INTERFACE -fsanitize=address,undefined)
endif()

if(WIN32 AND NOT MSVC)
    # mingw: link the C++ runtime and winpthread statically, so every .exe (the program and the
    # tests run under Wine) stands alone, with no DLL beside it that Windows does not ship.
    target_link_options(portcheck_common INTERFACE -static -static-libgcc -static-libstdc++)
endif()
