# Keeps translations/*.ts current from every source and form (target: update_translations) and
# builds the .qm files into the application's resources.
file(GLOB TOKENDESK_TS_FILES ${PROJECT_SOURCE_DIR}/translations/*.ts)
