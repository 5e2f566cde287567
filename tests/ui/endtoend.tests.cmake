# The caseworker's path through the real main window (intake, case file, dashboard).
saisine_add_test(TestEndToEnd SOURCES ui/TestEndToEnd.cpp ui/WidgetTestSupport.h LIBS saisine_ui)
