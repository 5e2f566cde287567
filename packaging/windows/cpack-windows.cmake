# Windows installer (NSIS through CPack). UNTESTED: no Windows machine is available to the
# project's CI; see packaging/windows/README.md for the build steps this configuration expects.
set(CPACK_GENERATOR "NSIS")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Saisine")
set(CPACK_NSIS_DISPLAY_NAME "Saisine")
set(CPACK_NSIS_PACKAGE_NAME "Saisine ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/saisine.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\saisine.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_PACKAGE_EXECUTABLES "saisine" "Saisine")
set(CPACK_CREATE_DESKTOP_LINKS "saisine")

# Qt's DLLs, plugins (platforms/qwindows, sqldrivers/qsqlite, printsupport) and translations are
# gathered next to saisine.exe by windeployqt at install time, so that CPack packs them.
find_program(SAISINE_WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin")
if(SAISINE_WINDEPLOYQT)
    install(CODE "
        execute_process(COMMAND \"${SAISINE_WINDEPLOYQT}\" --release --no-compiler-runtime
                        --dir \"\${CMAKE_INSTALL_PREFIX}/bin\" \"\${CMAKE_INSTALL_PREFIX}/bin/saisine.exe\")
        execute_process(COMMAND \"${SAISINE_WINDEPLOYQT}\" --release --no-compiler-runtime
                        --dir \"\${CMAKE_INSTALL_PREFIX}/bin\" \"\${CMAKE_INSTALL_PREFIX}/bin/saisine-cli.exe\")")
else()
    message(WARNING "windeployqt not found: the installer would lack Qt's libraries and plugins")
endif()
include(InstallRequiredSystemLibraries)
