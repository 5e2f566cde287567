# Tests of the procedure engine (core/procedure). Included from tests/CMakeLists.txt; paths are
# relative to tests/.
saisine_add_test(TestLawTables SOURCES procedure/TestLawTables.cpp)
saisine_add_test(TestCalendar SOURCES procedure/TestCalendar.cpp)
saisine_add_test(TestCompetentAuthority SOURCES procedure/TestCompetentAuthority.cpp procedure/ProcedureTestData.h)
saisine_add_test(TestConciliationDeadlines SOURCES procedure/TestConciliationDeadlines.cpp procedure/ProcedureTestData.h)
saisine_add_test(TestNextActions SOURCES procedure/TestNextActions.cpp procedure/ProcedureTestData.h)
saisine_add_test(TestCaseRoutes SOURCES procedure/TestCaseRoutes.cpp procedure/ProcedureTestData.h)
saisine_add_test(TestRepeatOffence SOURCES procedure/TestRepeatOffence.cpp procedure/ProcedureTestData.h)
saisine_add_test(TestDeadlinesIcs SOURCES procedure/TestDeadlinesIcs.cpp procedure/ProcedureTestData.h
    LIBS PkgConfig::LIBICAL)
saisine_add_test(TestProcedureCli SOURCES procedure/TestProcedureCli.cpp LIBS PkgConfig::LIBICAL)
add_dependencies(TestProcedureCli saisine-cli)
saisine_add_test(TestProcedureService SOURCES procedure/TestProcedureService.cpp procedure/ProcedureTestData.h)
