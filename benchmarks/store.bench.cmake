# Benchmarks of the store and of the deadlines dashboard (issue 7). Paths are relative to
# benchmarks/.
saisine_add_benchmark(BenchStore SOURCES store/BenchStore.cpp)
