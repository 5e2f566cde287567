saisine_add_test(TestHelpDialog SOURCES ui/TestHelpDialog.cpp LIBS saisine_ui)
