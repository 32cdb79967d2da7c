# tests/app: `sailau compare` and the comparison charts of `sailau export`, run as a program.
sailau_add_test(tst_comparecli SOURCES tst_comparecli.cpp LIBS Qt6::Gui)
