# The case list behind the caseworker's desktop: the case_list table and its search index
# (resources/migrations/0002_case_search.sql), the directory of professionals, and the cache of
# each case's next deadline. Included from core/CMakeLists.txt; paths are relative to core/.
target_sources(saisine_core PRIVATE
    store/CaseSearch.cpp store/CaseSearch.h
    caselist/NextDeadlines.cpp caselist/NextDeadlines.h
)
