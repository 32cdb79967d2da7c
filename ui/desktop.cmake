# The window as a desktop program: language and appearance menus, recent databases, the About
# dialog and the user guide; the SVG icons and the guide are built into the library.
target_sources(sailau_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/aboutdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/appearance.cpp ${CMAKE_CURRENT_LIST_DIR}/appearance.h
    ${CMAKE_CURRENT_LIST_DIR}/languagemenu.cpp ${CMAKE_CURRENT_LIST_DIR}/languagemenu.h
    ${CMAKE_CURRENT_LIST_DIR}/recentfiles.cpp ${CMAKE_CURRENT_LIST_DIR}/recentfiles.h
    ${CMAKE_CURRENT_LIST_DIR}/recentmenu.cpp ${CMAKE_CURRENT_LIST_DIR}/recentmenu.h
    ${CMAKE_CURRENT_LIST_DIR}/translations.cpp ${CMAKE_CURRENT_LIST_DIR}/translations.h
    ${CMAKE_CURRENT_LIST_DIR}/userguide.cpp ${CMAKE_CURRENT_LIST_DIR}/userguide.h
    ${CMAKE_CURRENT_LIST_DIR}/mainwindow_desktop.cpp
)

# Icons: SVG, drawn by QIcon's SVG engine (libqt6svg6) at any size and device pixel ratio.
file(GLOB sailau_icons CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/resources/icons/*.svg)
qt_add_resources(sailau_ui "sailau_icons"
    PREFIX "/icons"
    BASE ${PROJECT_SOURCE_DIR}/resources/icons
    FILES ${sailau_icons}
)

# The user guide and its screenshots, for Help → User Guide.
file(GLOB sailau_guide CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/docs/user-guide*.md ${PROJECT_SOURCE_DIR}/docs/screenshots/*.png)
if(sailau_guide)
    qt_add_resources(sailau_ui "sailau_guide"
        PREFIX "/docs"
        BASE ${PROJECT_SOURCE_DIR}/docs
        FILES ${sailau_guide}
    )
endif()
