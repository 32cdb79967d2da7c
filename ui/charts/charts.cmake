# ui/charts: chart panels, their data, export and the presentation window.
target_sources(sailau_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chartdata.cpp ${CMAKE_CURRENT_LIST_DIR}/chartdata.h
    ${CMAKE_CURRENT_LIST_DIR}/chartexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/chartexporter.h
    ${CMAKE_CURRENT_LIST_DIR}/chartgraphic.cpp ${CMAKE_CURRENT_LIST_DIR}/chartgraphic.h
    ${CMAKE_CURRENT_LIST_DIR}/charttheme.cpp ${CMAKE_CURRENT_LIST_DIR}/charttheme.h
    ${CMAKE_CURRENT_LIST_DIR}/tilemapitem.cpp ${CMAKE_CURRENT_LIST_DIR}/tilemapitem.h
    ${CMAKE_CURRENT_LIST_DIR}/chartcanvas.cpp ${CMAKE_CURRENT_LIST_DIR}/chartcanvas.h
    ${CMAKE_CURRENT_LIST_DIR}/chartarea.cpp ${CMAKE_CURRENT_LIST_DIR}/chartarea.h
    ${CMAKE_CURRENT_LIST_DIR}/exportdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/exportdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/deckdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/deckdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/presentationwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/presentationwindow.h
    ${CMAKE_CURRENT_LIST_DIR}/../mainwindow_charts.cpp
)
