# The application itself: start to window, start to deadlines shown, and its peak memory, on the
# demo databases. Paths are relative to benchmarks/.
saisine_add_benchmark(BenchApp SOURCES BenchApp.cpp)
target_compile_definitions(BenchApp PRIVATE SAISINE_APP_PATH="$<TARGET_FILE:saisine>")
add_dependencies(BenchApp saisine)
