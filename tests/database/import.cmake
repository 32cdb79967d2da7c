sailau_add_test(tst_importer SOURCES tst_importer.cpp LIBS sailau_database)
