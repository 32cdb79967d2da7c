# The import dialog and the import history, over database/import.
target_sources(sailau_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/importdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/importdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/importhistorydialog.cpp ${CMAKE_CURRENT_LIST_DIR}/importhistorydialog.h
    ${CMAKE_CURRENT_LIST_DIR}/importmodels.cpp ${CMAKE_CURRENT_LIST_DIR}/importmodels.h
    ${CMAKE_CURRENT_LIST_DIR}/importcontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/importcontroller.h
)
target_include_directories(sailau_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
