# The procedure engine: the law as data (resources/law/*.json) and the rules that read it.
# Included from core/CMakeLists.txt; paths are relative to core/.
target_sources(saisine_core PRIVATE
    procedure/LawTables.cpp procedure/LawTables.h
    procedure/Calendar.cpp procedure/Calendar.h
    procedure/CompetentAuthority.cpp procedure/CompetentAuthority.h
    procedure/RepeatOffence.cpp procedure/RepeatOffence.h
    procedure/CaseRoutes.cpp procedure/CaseRoutes.h
    procedure/ConciliationDeadlines.cpp procedure/ConciliationDeadlines.h
    procedure/NextActions.cpp procedure/NextActions.h
    procedure/ProcedureService.cpp procedure/ProcedureService.h
    procedure/ProcedureJson.cpp procedure/ProcedureJson.h
    procedure/DeadlinesIcs.cpp procedure/DeadlinesIcs.h
    store/ProcedureQueries.cpp store/ProcedureQueries.h
)

# The built-in law tables, read at run time from ":/law/<table>.json".
qt_add_resources(saisine_core "saisine_law"
    PREFIX "/law"
    BASE "${PROJECT_SOURCE_DIR}/resources/law"
    FILES
        "${PROJECT_SOURCE_DIR}/resources/law/deadlines.json"
        "${PROJECT_SOURCE_DIR}/resources/law/deontology.json"
        "${PROJECT_SOURCE_DIR}/resources/law/departements.json"
        "${PROJECT_SOURCE_DIR}/resources/law/holidays.json"
        "${PROJECT_SOURCE_DIR}/resources/law/ordre_councils.json"
        "${PROJECT_SOURCE_DIR}/resources/law/routes.json")

# iCalendar export of the deadlines: libical (Debian libical-dev) writes RFC 5545 for us.
find_package(PkgConfig REQUIRED)
# GLOBAL: saisine_core is static, so the executables in app/ and tests/ link libical too.
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET GLOBAL libical)
target_link_libraries(saisine_core PRIVATE PkgConfig::LIBICAL)
