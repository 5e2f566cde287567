# The intake wizard: a new case from the person's first account. Paths are relative to ui/.
target_sources(saisine_ui PRIVATE
    intake/IntakeWizard.cpp intake/IntakeWizard.h
    intake/IntakePages.cpp intake/IntakePages.h
)
