# Widget tests of the intake wizard and the case file (ui/intake, ui/casefile), and the
# screenshot tool for looking at them. Included from tests/CMakeLists.txt; paths are relative
# to tests/.
saisine_add_test(TestCaseFileModels SOURCES ui/TestCaseFileModels.cpp LIBS saisine_ui)
saisine_add_test(TestIntakeWizard SOURCES ui/TestIntakeWizard.cpp LIBS saisine_ui)
saisine_add_test(TestCaseFileWidget SOURCES ui/TestCaseFileWidget.cpp LIBS saisine_ui)

# Not a test: renders the wizard's pages and the case file's sections to PNG files to look at
# them (see the comment at the top of the source for how to run it).
add_executable(casefile-screenshots ui/CaseFileScreenshots.cpp)
target_link_libraries(casefile-screenshots PRIVATE saisine_ui saisine_settings)
