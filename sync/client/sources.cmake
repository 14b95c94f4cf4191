# The workstation's sync engine.
qt_add_library(kangqiao_sync STATIC
    client/OutboxOperations.cpp client/OutboxOperations.h
    client/Backoff.cpp client/Backoff.h
    client/TransportError.h
    client/Transport.h
    client/HttpTransport.cpp client/HttpTransport.h
    client/PlatformEnrolment.cpp client/PlatformEnrolment.h
    client/RemoteChanges.cpp client/RemoteChanges.h
    client/SyncEngine.cpp client/SyncEngine.h
)
target_include_directories(kangqiao_sync PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(kangqiao_sync PUBLIC kangqiao_protocol kangqiao_model Qt6::Core Qt6::Network
                      PRIVATE kangqiao_warnings)
