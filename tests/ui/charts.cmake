# tests/ui: the chart panels, export, linked selection, presentation and the tile layout.
sailau_add_test(tst_chartdata SOURCES tst_chartdata.cpp LIBS sailau_ui)
sailau_add_test(tst_chartexport SOURCES tst_chartexport.cpp LIBS sailau_ui)
sailau_add_test(tst_chartarea SOURCES tst_chartarea.cpp LIBS sailau_ui)
sailau_add_test(tst_presentation SOURCES tst_presentation.cpp LIBS sailau_ui)
sailau_add_test(tst_tilelayout SOURCES tst_tilelayout.cpp LIBS sailau_ui)
