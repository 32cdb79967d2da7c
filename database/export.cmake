# database/: writing tables to files (CSV, XLSX) for the export of the races table and the metrics.
# The table writer is Qt Core only (QuaZip for the XLSX package); raceexport reads the sources of
# the exported races.
target_sources(sailau_database PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/tableexport.cpp ${CMAKE_CURRENT_LIST_DIR}/tableexport.h
    ${CMAKE_CURRENT_LIST_DIR}/raceexport.cpp ${CMAKE_CURRENT_LIST_DIR}/raceexport.h
)
target_link_libraries(sailau_database PRIVATE QuaZip::QuaZip)
