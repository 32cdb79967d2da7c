sailau_add_benchmark(bench_scale SOURCES bench_scale.cpp LIBS sailau_ui)
add_dependencies(bench_scale sailau)
# The quick check of a whole file on a large database, alone and in the window.
sailau_add_benchmark(bench_quickcheck SOURCES bench_quickcheck.cpp LIBS sailau_ui)
add_dependencies(bench_quickcheck sailau)
