# mailsetup_check_client_id(BUILD_TYPE CLIENT_ID): a release build without an application (client) ID cannot sign
# anyone in, and its users learn it only when they try. Say it loudly at configure time. Included by the top
# CMakeLists.txt, and run alone by tests/structure (cmake -DBUILD_TYPE=Release -DCLIENT_ID= -P ClientIdCheck.cmake).
function(mailsetup_check_client_id build_type client_id)
    if(client_id STREQUAL "" AND build_type MATCHES "^(Release|RelWithDebInfo|MinSizeRel)$")
        message(WARNING
            "MAILSETUP_CLIENT_ID is empty in this ${build_type} build: this copy of Mail Setup cannot sign anyone in "
            "unless it is started with --client-id or a provider file that names one. Packagers: register Mail Setup "
            "in Microsoft Entra (docs/app-registration.md) and configure with -DMAILSETUP_CLIENT_ID=<application ID>. "
            "Never use another application's ID.")
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    mailsetup_check_client_id("${BUILD_TYPE}" "${CLIENT_ID}")
endif()
