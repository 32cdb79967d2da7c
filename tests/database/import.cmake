sailau_add_test(tst_importer SOURCES tst_importer.cpp LIBS sailau_database)
sailau_add_test(tst_realshapes SOURCES tst_realshapes.cpp LIBS sailau_database)
