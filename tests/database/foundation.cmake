sailau_add_test(tst_textkey SOURCES tst_textkey.cpp LIBS sailau_database)
sailau_add_test(tst_metrics SOURCES tst_metrics.cpp LIBS sailau_database)
sailau_add_test(tst_database SOURCES tst_database.cpp LIBS sailau_database)
sailau_add_test(tst_sample SOURCES tst_sample.cpp LIBS sailau_database)
