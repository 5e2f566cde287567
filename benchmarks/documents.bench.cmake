# Letters: one letter, the whole process (saisine-cli letter), and a batch of 1,000 letters.
# Included from benchmarks/CMakeLists.txt; paths are relative to benchmarks/.
saisine_add_benchmark(BenchLetters SOURCES BenchLetters.cpp)
target_compile_definitions(BenchLetters PRIVATE SAISINE_CLI_PATH="$<TARGET_FILE:saisine-cli>")
add_dependencies(BenchLetters saisine-cli)
