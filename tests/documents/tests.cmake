# Tests of the letters, mandates and institutions directory (core/documents,
# core/institutions, ui/documents). Included from tests/CMakeLists.txt; paths are relative to tests/.
saisine_add_test(TestTemplateEngine SOURCES documents/TestTemplateEngine.cpp)
saisine_add_test(TestInstitutions SOURCES documents/TestInstitutions.cpp documents/DocumentTestData.h)
saisine_add_test(TestDocuments SOURCES documents/TestDocuments.cpp documents/DocumentTestData.h)
saisine_add_test(TestDocumentRegister SOURCES documents/TestDocumentRegister.cpp documents/DocumentTestData.h)
saisine_add_test(TestDocumentCli SOURCES documents/TestDocumentCli.cpp documents/DocumentTestData.h)
add_dependencies(TestDocumentCli saisine-cli)
saisine_add_test(TestDocumentsUi SOURCES documents/TestDocumentsUi.cpp documents/DocumentTestData.h LIBS saisine_ui)
