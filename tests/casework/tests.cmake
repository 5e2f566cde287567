# Tests of core/casework. Included from tests/CMakeLists.txt; paths are relative to tests/.
saisine_add_test(TestCaseworkService SOURCES casework/TestCaseworkService.cpp)
