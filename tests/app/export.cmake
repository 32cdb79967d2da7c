# `sailau metrics --out`: the metrics table written to CSV and XLSX files.
sailau_add_test(tst_metricsexport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricsexport.cpp LIBS sailau_database)
