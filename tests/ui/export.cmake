# File → Export Table, driven through TableExporter::exportTable() (the file dialog is left out).
sailau_add_test(tst_tableexport_ui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tableexport_ui.cpp LIBS sailau_ui
                TIMEOUT 600)
