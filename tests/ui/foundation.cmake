sailau_add_test(tst_models SOURCES tst_models.cpp LIBS sailau_ui)
sailau_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBS sailau_ui)
