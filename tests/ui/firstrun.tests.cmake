saisine_add_test(TestFirstRun SOURCES ui/TestFirstRun.cpp ui/WidgetTestSupport.h LIBS saisine_ui)
