# Letters and mandates: templates, composition from a case, PDF, register. Included from
# core/CMakeLists.txt; paths are relative to core/.
target_sources(saisine_core PRIVATE
    documents/DocumentKind.cpp documents/DocumentKind.h
    documents/FrenchText.cpp documents/FrenchText.h
    documents/TemplateEngine.cpp documents/TemplateEngine.h
    documents/TemplateStore.cpp documents/TemplateStore.h
    documents/DocumentComposer.cpp documents/DocumentComposer.h
    documents/PdfRenderer.cpp documents/PdfRenderer.h
    documents/DocumentRegister.cpp documents/DocumentRegister.h
    documents/DocumentService.cpp documents/DocumentService.h
)

# Built-in templates, read at run time from ":/templates/<name>.html".
file(GLOB saisine_templates CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/resources/templates/*.html")
qt_add_resources(saisine_core "saisine_templates"
    PREFIX "/templates"
    BASE "${PROJECT_SOURCE_DIR}/resources/templates"
    FILES ${saisine_templates})
