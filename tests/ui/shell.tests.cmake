# The caseworker's desktop shell: the case search in the core, the models, the main window.
# Included from tests/CMakeLists.txt; paths are relative to tests/.
saisine_add_test(TestCaseSearch SOURCES ui/TestCaseSearch.cpp)
saisine_add_test(TestShellModels SOURCES ui/TestShellModels.cpp LIBS saisine_ui)
saisine_add_test(TestMainWindow SOURCES ui/TestMainWindow.cpp LIBS saisine_ui)
