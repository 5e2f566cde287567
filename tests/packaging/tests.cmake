# The Debian package: built by CPack, unpacked and run (see check-deb.sh).
add_test(NAME TestDebianPackage
         COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/packaging/check-deb.sh ${PROJECT_BINARY_DIR})
set_tests_properties(TestDebianPackage PROPERTIES
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8" TIMEOUT 600
    # cpack reads the build tree: never at the same time as another test that writes there.
    RUN_SERIAL TRUE)
