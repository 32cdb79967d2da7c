# Robustness: malformed input through the import pipeline, damaged and contended database files.
sailau_add_test(tst_malformed SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_malformed.cpp LIBS sailau_database QuaZip::QuaZip TIMEOUT 240)
sailau_add_test(tst_damaged SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_damaged.cpp LIBS sailau_database TIMEOUT 120)
