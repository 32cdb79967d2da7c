# ui/compare: elections compared over time (View → Compare Elections).
target_sources(sailau_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/comparemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/comparemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/compareview.cpp ${CMAKE_CURRENT_LIST_DIR}/compareview.h
)
target_include_directories(sailau_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
