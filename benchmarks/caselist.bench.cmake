# The case list on a large database: opening it with its first screen, and one search keystroke.
# Paths are relative to benchmarks/.
saisine_add_benchmark(BenchCaseList SOURCES BenchCaseList.cpp LIBS saisine_ui)
