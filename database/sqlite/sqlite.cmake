# database/sqlite: SQLite reached under Qt's connection: the handle (only when Qt's driver runs the
# library Sailau links), prepared statements and bulk inserts. Used by the store and the import.
target_sources(sailau_database PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/sqlitestatement.cpp ${CMAKE_CURRENT_LIST_DIR}/sqlitestatement.h
)
