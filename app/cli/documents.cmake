# saisine-cli commands of the documents (letter, mandate). Included from app/CMakeLists.txt;
# paths are relative to app/.
target_sources(saisine-cli PRIVATE cli/DocumentCommands.cpp)
