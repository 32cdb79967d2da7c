# `cmake --install` into a temporary prefix: the program, its .desktop entry, icon and metainfo.
sailau_add_test(tst_install SOURCES tst_install.cpp TIMEOUT 600)
target_compile_definitions(tst_install PRIVATE
    SAILAU_BUILD_DIR="${PROJECT_BINARY_DIR}"
    SAILAU_CMAKE="${CMAKE_COMMAND}"
    SAILAU_APP_ID="io.github.sailau.Sailau")
