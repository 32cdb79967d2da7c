# Readers of the import pipeline: delimited text, XLSX, detection and value parsing.
sailau_add_test(tst_csvreader SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_csvreader.cpp LIBS sailau_database)
sailau_add_test(tst_values SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_values.cpp LIBS sailau_database)
sailau_add_test(tst_detect SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_detect.cpp LIBS sailau_database)
sailau_add_test(tst_xlsxreader SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_xlsxreader.cpp LIBS sailau_database QuaZip::QuaZip)
