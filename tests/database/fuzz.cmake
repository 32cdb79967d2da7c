# The inputs the fuzz targets once failed on (tests/fuzz/regressions) and their seeds
# (tests/fuzz/corpus), replayed through the fuzz targets' own code in the ordinary build.
sailau_add_test(tst_fuzzregressions
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fuzzregressions.cpp
            ${PROJECT_SOURCE_DIR}/tests/fuzz/harness.cpp ${PROJECT_SOURCE_DIR}/tests/fuzz/harness.h
    LIBS sailau_database Qt6::Sql)
target_compile_definitions(tst_fuzzregressions PRIVATE SAILAU_FUZZ_DIR="${PROJECT_SOURCE_DIR}/tests/fuzz")
target_include_directories(tst_fuzzregressions PRIVATE ${PROJECT_SOURCE_DIR}/tests/fuzz)
