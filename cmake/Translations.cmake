# Every user-visible string goes through tr(). `cmake --build BUILD --target update_translations`
# refreshes translations/*.ts from all sources and forms; src/core compiles them to .qm and embeds
# them under :/i18n. tokendesk_en.ts holds only the English plural forms ("%n day(s)" → "1 day",
# "2 days"); a new language is only a new file translations/tokendesk_<lang>.ts.
file(GLOB TOKENDESK_TS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/*.ts)
set(TOKENDESK_TS_ENGLISH ${PROJECT_SOURCE_DIR}/translations/tokendesk_en.ts)
list(REMOVE_ITEM TOKENDESK_TS_FILES ${TOKENDESK_TS_ENGLISH})
set(TOKENDESK_LUPDATE_COMMANDS
    COMMAND Qt6::lupdate -no-obsolete -locations none -pluralonly -source-language en -target-language en
            src ui -ts ${TOKENDESK_TS_ENGLISH}
    COMMAND python3 translations/fill-english-plurals.py ${TOKENDESK_TS_ENGLISH})
if(TOKENDESK_TS_FILES)
    list(APPEND TOKENDESK_LUPDATE_COMMANDS
        COMMAND Qt6::lupdate -no-obsolete -locations none src ui -ts ${TOKENDESK_TS_FILES})
endif()
add_custom_target(update_translations ${TOKENDESK_LUPDATE_COMMANDS}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating translations/*.ts from sources and forms"
    VERBATIM)
