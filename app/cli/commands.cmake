# saisine-cli commands of the procedure engine (routes, deadlines). Included from
# app/CMakeLists.txt; paths are relative to app/.
target_sources(saisine-cli PRIVATE cli/ProcedureCommands.cpp)
