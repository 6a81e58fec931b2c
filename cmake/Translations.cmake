# Every user-visible string goes through tr(). `cmake --build BUILD --target update_translations`
# refreshes translations/*.ts from all sources and forms; the .qm files are built into the window's
# resources under :/i18n. A new language is only a new translations/tokendesk_<lang>.ts file.
file(GLOB TOKENDESK_TS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/*.ts)
file(GLOB_RECURSE TOKENDESK_TR_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/src/*.cpp ${PROJECT_SOURCE_DIR}/src/*.h ${PROJECT_SOURCE_DIR}/ui/*.ui)
if(TARGET tokendesk AND TOKENDESK_TS_FILES)
    qt_add_translations(tokendesk
        TS_FILES ${TOKENDESK_TS_FILES}
        SOURCES ${TOKENDESK_TR_SOURCES}
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -no-obsolete -locations none)
endif()
