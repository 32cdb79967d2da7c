# database/import: the readers of the import pipeline (delimited text, XLSX), detection of how a
# file is written, and parsing of cell values. Qt Core only; QuaZip for the XLSX package.
target_sources(sailau_database PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chunkhasher.cpp ${CMAKE_CURRENT_LIST_DIR}/chunkhasher.h
    ${CMAKE_CURRENT_LIST_DIR}/csvreader.cpp ${CMAKE_CURRENT_LIST_DIR}/csvreader.h
    ${CMAKE_CURRENT_LIST_DIR}/detect.cpp ${CMAKE_CURRENT_LIST_DIR}/detect.h
    ${CMAKE_CURRENT_LIST_DIR}/tablereader.cpp ${CMAKE_CURRENT_LIST_DIR}/tablereader.h
    ${CMAKE_CURRENT_LIST_DIR}/textcodec.cpp ${CMAKE_CURRENT_LIST_DIR}/textcodec.h
    ${CMAKE_CURRENT_LIST_DIR}/values.cpp ${CMAKE_CURRENT_LIST_DIR}/values.h
    ${CMAKE_CURRENT_LIST_DIR}/xlsxreader.cpp ${CMAKE_CURRENT_LIST_DIR}/xlsxreader.h
)
target_link_libraries(sailau_database PRIVATE QuaZip::QuaZip)
