# The first start: where to keep the database, then the association profile.
target_sources(saisine_ui PRIVATE firstrun/FirstRunDialog.cpp firstrun/FirstRunDialog.h)
