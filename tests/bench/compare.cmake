sailau_add_benchmark(bench_compare SOURCES bench_compare.cpp LIBS sailau_ui)
add_dependencies(bench_compare sailau)
