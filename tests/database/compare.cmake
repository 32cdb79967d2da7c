# tests/database: elections compared over time, on the synthetic comparison corpus.
sailau_add_test(tst_comparison SOURCES tst_comparison.cpp LIBS sailau_database)
