# tests/ui: View → Compare Elections, its model and its charts.
sailau_add_test(tst_compareview SOURCES tst_compareview.cpp LIBS sailau_ui)
