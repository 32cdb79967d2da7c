sailau_add_test(tst_cli SOURCES tst_cli.cpp LIBS sailau_database)
