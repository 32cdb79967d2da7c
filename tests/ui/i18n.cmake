# Languages, appearance and settings of the window; the .ts catalogues complete.
sailau_add_test(tst_i18n SOURCES tst_i18n.cpp LIBS sailau_ui)
sailau_add_test(tst_settings SOURCES tst_settings.cpp LIBS sailau_ui)
# Every dialog from the keyboard alone: Tab order, default buttons, Escape, accessible names.
sailau_add_test(tst_keyboard SOURCES tst_keyboard.cpp LIBS sailau_ui)
sailau_add_test(tst_tsfiles SOURCES tst_tsfiles.cpp)
target_compile_definitions(tst_tsfiles PRIVATE SAILAU_TRANSLATIONS_DIR="${PROJECT_SOURCE_DIR}/resources/translations")
