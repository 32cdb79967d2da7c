# ui/charts: chart panels, their data, export and the presentation window.
target_sources(sailau_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chartdata.cpp ${CMAKE_CURRENT_LIST_DIR}/chartdata.h
    ${CMAKE_CURRENT_LIST_DIR}/chartexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/chartexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/chartgraphic.cpp ${CMAKE_CURRENT_LIST_DIR}/chartgraphic.h
    ${CMAKE_CURRENT_LIST_DIR}/charttheme.cpp ${CMAKE_CURRENT_LIST_DIR}/charttheme.h
    ${CMAKE_CURRENT_LIST_DIR}/tilemapitem.cpp ${CMAKE_CURRENT_LIST_DIR}/tilemapitem.h
)
