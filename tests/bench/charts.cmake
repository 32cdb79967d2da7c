# tests/bench: chart export and refresh on synthetic data (label "bench").
sailau_add_benchmark(bench_charts SOURCES bench_charts.cpp LIBS sailau_ui)
