# Robustness of the command line: imports killed at random moments, databases it must not or cannot write.
sailau_add_test(tst_crashsafety SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_crashsafety.cpp LIBS sailau_database TIMEOUT 300)
sailau_add_test(tst_robustcli SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_robustcli.cpp LIBS sailau_database TIMEOUT 180)
