# Debian packages (decision 0017), built with `cpack` in a build folder:
#   kangqiao           the desktop application and CLI, its desktop entry, icon and AppStream metainfo
#   kangqiao-platform  the reference platform server (development, tests, a trial platform)
# Install components: `app` and `platform` (see the install() rules in app/ and sync/server/).

set(CPACK_PACKAGE_NAME kangqiao)
set(CPACK_PACKAGE_VENDOR "Kangqiao")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# No summary shared by both packages: each description below starts with its own synopsis.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(KANGQIAO_PACKAGE_MAINTAINER "Kangqiao developers <packaging@kangqiao.org>"
    CACHE STRING "The Maintainer field of the Debian packages")
set(CPACK_PACKAGE_CONTACT "${KANGQIAO_PACKAGE_MAINTAINER}")
set(CPACK_OUTPUT_FILE_PREFIX ${PROJECT_BINARY_DIR}/packages)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)

set(CPACK_COMPONENTS_ALL app platform)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # kangqiao_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${KANGQIAO_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Library dependencies from the binaries themselves (dpkg-shlibdeps, from dpkg-dev): Qt 6,
# libsodium, libxlsxwriter, OpenSSL. What is loaded at run time is named below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

set(CPACK_DEBIAN_APP_PACKAGE_NAME kangqiao)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION misc)
# PDFs name WenQuanYi Zen Hei (decision 0008); screens and the recovery sheet use Noto Sans CJK SC;
# the icon is SVG (Qt's SVG icon engine plugin, in libqt6svg6). Qt's own dialogs in Chinese come
# from qt6-translations-l10n; Kangqiao's translations are inside the binary.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "fonts-wqy-zenhei, fonts-noto-cjk, libqt6svg6")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# The first line is the synopsis; CPack indents the rest.
set(CPACK_DEBIAN_APP_DESCRIPTION "case records for community mental-health rehabilitation centres
Kangqiao (康桥) keeps the records of a community mental-health rehabilitation
centre: clients and guardians, referrals, assessments and plans, consent forms
and service agreements, session logs and statistics. Records are encrypted on
the workstation; it works without a network and syncs with the referral
platform when one is available. The same program is the `kangqiao`
command-line tool.")

set(CPACK_DEBIAN_PLATFORM_PACKAGE_NAME kangqiao-platform)
set(CPACK_DEBIAN_PLATFORM_PACKAGE_SECTION net)
# Its store is SQLite through QtSql: the driver is a plugin, not a linked library.
set(CPACK_DEBIAN_PLATFORM_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PLATFORM_DESCRIPTION "reference referral platform server for Kangqiao
The reference implementation of Kangqiao's sync protocol, for development,
tests and trials: centres, enrolment codes, devices and the records that
workstations sync. A centre's workstation does not need it.")

include(CPack)

# `cmake --install` to a prefix lays the files out as the package does, and the desktop entry
# and the AppStream metainfo pass their validators. scripts/test.sh then installs the .deb.
if(KANGQIAO_BUILD_TESTS)
    find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(APPSTREAMCLI appstreamcli)
    add_test(NAME InstallLayout COMMAND sh -c [=[
set -e
prefix=$1 id=$2
rm -rf "$prefix"
"$3" --install "$4" --prefix "$prefix" >/dev/null
cd "$prefix"
expected="./bin/kangqiao
./bin/kangqiao-platform
./share/applications/$id.desktop
./share/icons/hicolor/scalable/apps/$id.svg
./share/metainfo/$id.metainfo.xml"
installed=$(find . -type f | LC_ALL=C sort)
if [ "$installed" != "$expected" ]; then
    printf 'installed:\n%s\nexpected:\n%s\n' "$installed" "$expected"
    exit 1
fi
test -x bin/kangqiao && test -x bin/kangqiao-platform
"$5" "share/applications/$id.desktop"
"$6" validate --no-net "share/metainfo/$id.metainfo.xml"
rm -rf "$prefix"
]=] sh ${PROJECT_BINARY_DIR}/install-check ${KANGQIAO_APP_ID} ${CMAKE_COMMAND} ${PROJECT_BINARY_DIR}
                           ${DESKTOP_FILE_VALIDATE} ${APPSTREAMCLI})
    set_tests_properties(InstallLayout PROPERTIES LABELS package)
endif()
