# The delimited reader on a generated 1,000,000-row CSV, with sqlite3's .import as the reference.
sailau_add_benchmark(bench_csvreader SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_csvreader.cpp LIBS sailau_database)
