# The documents screens: the register of a case, the editor before printing, the institutions
# directory. Included from ui/CMakeLists.txt; paths are relative to ui/.
target_sources(saisine_ui PRIVATE
    documents/DocumentRegisterModel.cpp documents/DocumentRegisterModel.h
    documents/DocumentEditorDialog.cpp documents/DocumentEditorDialog.h
    documents/NewDocumentDialog.cpp documents/NewDocumentDialog.h
    documents/DocumentsPanel.cpp documents/DocumentsPanel.h
    documents/InstitutionsDialog.cpp documents/InstitutionsDialog.h
)
