sailau_add_benchmark(bench_import SOURCES bench_import.cpp LIBS sailau_database)
add_dependencies(bench_import sailau)
sailau_add_benchmark(bench_undo SOURCES bench_undo.cpp LIBS sailau_database)
add_dependencies(bench_undo sailau)
