sailau_add_benchmark(bench_scale SOURCES bench_scale.cpp LIBS sailau_ui)
add_dependencies(bench_scale sailau)
