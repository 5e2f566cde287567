# The caseworker's desktop shell: case list, deadlines dashboard, directory of professionals,
# and the dialogs they open. Included from ui/CMakeLists.txt; paths are relative to ui/.
target_sources(saisine_ui PRIVATE
    shell/AssociationDialog.cpp shell/AssociationDialog.h
    shell/CaseListModel.cpp shell/CaseListModel.h
    shell/DashboardModel.cpp shell/DashboardModel.h
    shell/ProfessionalDialog.cpp shell/ProfessionalDialog.h
    shell/ProfessionalsModel.cpp shell/ProfessionalsModel.h
)
