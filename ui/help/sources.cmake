# The user guide inside the application (Help menu): docs/guide-utilisateur.md and the
# screenshots it shows, embedded under :/guide.
target_sources(saisine_ui PRIVATE help/HelpDialog.cpp help/HelpDialog.h)
file(GLOB saisine_guide_screenshots CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/docs/screenshots/*.png")
qt_add_resources(saisine_ui "saisine_guide"
    PREFIX "/guide"
    BASE "${PROJECT_SOURCE_DIR}/docs"
    FILES "${PROJECT_SOURCE_DIR}/docs/guide-utilisateur.md" ${saisine_guide_screenshots})
