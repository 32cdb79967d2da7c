# Writing tables to CSV and XLSX files.
sailau_add_test(tst_tableexport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tableexport.cpp
                LIBS sailau_database QuaZip::QuaZip)
