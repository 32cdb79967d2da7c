# File → Export Table: the races table to CSV or XLSX.
target_sources(sailau_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/tableexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/tableexporter.h
)
