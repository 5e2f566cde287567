# Services that write a whole intake or a whole case file at once, all or nothing, for the UI.
# Included from core/CMakeLists.txt; paths are relative to core/.
target_sources(saisine_core PRIVATE
    casework/CaseworkService.cpp casework/CaseworkService.h
)
