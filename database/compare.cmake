# database/: elections compared over time (the same territories on several days, aggregates by
# day, candidates by nomination) and the synthetic corpus its tests and screenshots use.
target_sources(sailau_database PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/comparison.cpp ${CMAKE_CURRENT_LIST_DIR}/comparison.h
)
qt_add_resources(sailau_database "sailau_comparison_corpus"
    PREFIX "/sailau/synthetic"
    BASE ${PROJECT_SOURCE_DIR}/resources/sample
    FILES ${PROJECT_SOURCE_DIR}/resources/sample/comparison-synthetic.json
)
