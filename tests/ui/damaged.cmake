# A damaged database file: the window's one damaged state, from the check on open or a later read.
sailau_add_test(tst_damageddatabase SOURCES tst_damageddatabase.cpp LIBS sailau_ui TIMEOUT 300)
