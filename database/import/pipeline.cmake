# The import pipeline after the readers: mapping, territory matching, validation and the commit.
target_sources(sailau_database PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/batches.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fields.cpp ${CMAKE_CURRENT_LIST_DIR}/fields.h
    ${CMAKE_CURRENT_LIST_DIR}/importer.cpp ${CMAKE_CURRENT_LIST_DIR}/importer.h
    ${CMAKE_CURRENT_LIST_DIR}/mapping.cpp ${CMAKE_CURRENT_LIST_DIR}/mapping.h
    ${CMAKE_CURRENT_LIST_DIR}/sha256.cpp ${CMAKE_CURRENT_LIST_DIR}/sha256.h
    ${CMAKE_CURRENT_LIST_DIR}/sqlitestatement.cpp ${CMAKE_CURRENT_LIST_DIR}/sqlitestatement.h
    ${CMAKE_CURRENT_LIST_DIR}/territorymatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/territorymatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/totals.cpp ${CMAKE_CURRENT_LIST_DIR}/totals.h
)
target_include_directories(sailau_database PUBLIC ${CMAKE_CURRENT_LIST_DIR})
qt_add_resources(sailau_database "sailau_presets"
    PREFIX "/sailau/presets"
    BASE ${PROJECT_SOURCE_DIR}/resources/presets
    FILES ${PROJECT_SOURCE_DIR}/resources/presets/public-sources.json
)
