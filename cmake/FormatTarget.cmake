# `cmake --build build --target format` applies .clang-format to every C++ file of the project.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format clang-format-14 clang-format-15)
if(CLANG_FORMAT_EXECUTABLE)
    file(GLOB_RECURSE saisine_format_sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
        ${PROJECT_SOURCE_DIR}/benchmarks/*.cpp ${PROJECT_SOURCE_DIR}/benchmarks/*.h)
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXECUTABLE} -i --style=file ${saisine_format_sources}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Applying .clang-format"
        VERBATIM)
else()
    message(STATUS "clang-format not found: the 'format' target is not available")
endif()
