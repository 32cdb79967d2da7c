# tests/app: `sailau export` run as a program, headless.
sailau_add_test(tst_exportcli SOURCES tst_exportcli.cpp LIBS sailau_ui)
