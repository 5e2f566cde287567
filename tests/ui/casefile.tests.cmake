# Widget tests of the intake wizard and the case file (ui/intake, ui/casefile), and the
# screenshot tool for looking at them. Included from tests/CMakeLists.txt; paths are relative
# to tests/.
saisine_add_test(TestCaseFileModels SOURCES ui/TestCaseFileModels.cpp LIBS saisine_ui)
saisine_add_test(TestIntakeWizard SOURCES ui/TestIntakeWizard.cpp LIBS saisine_ui)
saisine_add_test(TestCaseFileWidget SOURCES ui/TestCaseFileWidget.cpp LIBS saisine_ui)
