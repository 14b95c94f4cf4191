# The reference platform server (kangqiao-platform). Its own SQLite store through QtSql: this
# process never links SQLCipher. The logic is a library so tests can link it; the executable is
# a thin main.
find_package(Qt6 REQUIRED COMPONENTS HttpServer Sql)

qt_add_library(kangqiao_platform STATIC
    server/AdminCommand.cpp server/AdminCommand.h
    server/CommandLine.cpp server/CommandLine.h
    server/ConnectionGuard.cpp server/ConnectionGuard.h
    server/DeviceRegistry.cpp server/DeviceRegistry.h
    server/EntityRules.cpp server/EntityRules.h
    server/FaultPlan.cpp server/FaultPlan.h
    server/FeedReader.cpp server/FeedReader.h
    server/FieldRevisions.cpp server/FieldRevisions.h
    server/HttpListener.cpp server/HttpListener.h
    server/HttpReply.cpp server/HttpReply.h
    server/JsonText.cpp server/JsonText.h
    server/OperationApplier.cpp server/OperationApplier.h
    server/PlatformApi.cpp server/PlatformApi.h
    server/PlatformServer.cpp server/PlatformServer.h
    server/PlatformStore.cpp server/PlatformStore.h
    server/PullCursor.cpp server/PullCursor.h
    server/RecordTable.cpp server/RecordTable.h
    server/ReferralDesk.cpp server/ReferralDesk.h
    server/Secrets.cpp server/Secrets.h
    server/ServeCommand.cpp server/ServeCommand.h
    server/StoreFailure.h
    server/StoreQuery.cpp server/StoreQuery.h
    server/StoreTransaction.cpp server/StoreTransaction.h
    server/TerminationSignals.cpp server/TerminationSignals.h
)
target_include_directories(kangqiao_platform PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/server)
target_link_libraries(kangqiao_platform PUBLIC kangqiao_protocol Qt6::Core Qt6::Network Qt6::HttpServer Qt6::Sql
                      PRIVATE kangqiao_warnings)

qt_add_executable(kangqiao-platform server/main.cpp)
target_link_libraries(kangqiao-platform PRIVATE kangqiao_platform kangqiao_warnings)
set_target_properties(kangqiao-platform PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
# A package of its own, `kangqiao-platform`: a workstation does not need it (decision 0017).
install(TARGETS kangqiao-platform RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT platform)
