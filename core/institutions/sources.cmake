# The institutions directory (bodies letters are addressed to). Included from
# core/CMakeLists.txt; paths are relative to core/.
target_sources(saisine_core PRIVATE
    institutions/Institution.cpp institutions/Institution.h
    institutions/InstitutionDirectory.cpp institutions/InstitutionDirectory.h
)

qt_add_resources(saisine_core "saisine_institutions"
    PREFIX "/institutions"
    BASE "${PROJECT_SOURCE_DIR}/resources/institutions"
    FILES "${PROJECT_SOURCE_DIR}/resources/institutions/builtin.json")
