# The case file: every part of one case, edited and saved at once; and the forms and models the
# intake wizard shares with it. Paths are relative to ui/.
target_sources(saisine_ui PRIVATE
    casefile/CaseFileModels.cpp casefile/CaseFileModels.h
    casefile/CaseFileWidget.cpp casefile/CaseFileWidget.h
    casefile/FactsForm.cpp casefile/FactsForm.h
    casefile/FormSupport.cpp casefile/FormSupport.h
    casefile/PersonForm.cpp casefile/PersonForm.h
    casefile/ProceduresSection.cpp casefile/ProceduresSection.h
    casefile/ProfessionalForm.cpp casefile/ProfessionalForm.h
)
