# TOKENDESK_SANITIZE: AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer on every
# target. Undefined behaviour aborts instead of printing and carrying on, so a test cannot pass with a
# report in its output. Works with gcc and clang; scripts/test --sanitize builds this into build-sanitize.
#
# TOKENDESK_FUZZ: libFuzzer targets in fuzz/ (clang only). Libraries are instrumented for coverage
# (-fsanitize=fuzzer-no-link) on top of ASan and UBSan; only the fuzz targets link libFuzzer itself.
# scripts/fuzz builds this into build-fuzz.
if(TOKENDESK_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "TOKENDESK_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()

if(TOKENDESK_SANITIZE OR TOKENDESK_FUZZ)
    set(TOKENDESK_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # gcc leaves float-cast-overflow out of "undefined"; clang has it.
        list(APPEND TOKENDESK_SANITIZER_FLAGS -fsanitize=float-cast-overflow
                                              -fno-sanitize-recover=float-cast-overflow)
    endif()
    add_compile_options(${TOKENDESK_SANITIZER_FLAGS} -fno-omit-frame-pointer)
    add_link_options(${TOKENDESK_SANITIZER_FLAGS})
endif()

if(TOKENDESK_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link)
    add_compile_definitions(TOKENDESK_FUZZING)
endif()
