sailau_add_test(tst_importdialog SOURCES tst_importdialog.cpp LIBS sailau_ui)
