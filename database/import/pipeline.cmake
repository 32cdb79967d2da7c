# The import pipeline after the readers: mapping, territory matching, validation and the commit.
target_sources(sailau_database PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/batches.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fields.cpp ${CMAKE_CURRENT_LIST_DIR}/fields.h
    ${CMAKE_CURRENT_LIST_DIR}/importcontext.cpp ${CMAKE_CURRENT_LIST_DIR}/importcontext.h
    ${CMAKE_CURRENT_LIST_DIR}/importer.cpp ${CMAKE_CURRENT_LIST_DIR}/importer.h
    ${CMAKE_CURRENT_LIST_DIR}/importfigures.h
    ${CMAKE_CURRENT_LIST_DIR}/importsource.cpp ${CMAKE_CURRENT_LIST_DIR}/importsource.h
    ${CMAKE_CURRENT_LIST_DIR}/importtransaction.cpp ${CMAKE_CURRENT_LIST_DIR}/importtransaction.h
    ${CMAKE_CURRENT_LIST_DIR}/importwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/importwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/racebook.cpp ${CMAKE_CURRENT_LIST_DIR}/racebook.h
    ${CMAKE_CURRENT_LIST_DIR}/racestate.h
    ${CMAKE_CURRENT_LIST_DIR}/racevalidator.cpp ${CMAKE_CURRENT_LIST_DIR}/racevalidator.h
    ${CMAKE_CURRENT_LIST_DIR}/repeatcache.h
    ${CMAKE_CURRENT_LIST_DIR}/rowparser.cpp ${CMAKE_CURRENT_LIST_DIR}/rowparser.h
    ${CMAKE_CURRENT_LIST_DIR}/mapping.cpp ${CMAKE_CURRENT_LIST_DIR}/mapping.h
    ${CMAKE_CURRENT_LIST_DIR}/territorymatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/territorymatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/territoryref.h
    ${CMAKE_CURRENT_LIST_DIR}/territoryresolver.cpp ${CMAKE_CURRENT_LIST_DIR}/territoryresolver.h
    ${CMAKE_CURRENT_LIST_DIR}/totals.cpp ${CMAKE_CURRENT_LIST_DIR}/totals.h
)
target_include_directories(sailau_database PUBLIC ${CMAKE_CURRENT_LIST_DIR})
qt_add_resources(sailau_database "sailau_presets"
    PREFIX "/sailau/presets"
    BASE ${PROJECT_SOURCE_DIR}/resources/presets
    FILES ${PROJECT_SOURCE_DIR}/resources/presets/public-sources.json
)
