# tests/ui: a walk through the main window (territory, race, chart tabs, import and export dialogs),
# run by the ordinary test run and, under AddressSanitizer and LeakSanitizer, by .ci/sanitize.
sailau_add_test(tst_smoke SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_smoke.cpp LIBS sailau_ui LABELS smoke)
