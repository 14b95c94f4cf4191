# Wire types shared by the workstation and the platform server. Only QtCore and the header-only
# model/core/Result.h: the server process must not link the encrypted store.
qt_add_library(kangqiao_protocol STATIC
    protocol/AuditHead.cpp protocol/AuditHead.h
    protocol/Enrolment.cpp protocol/Enrolment.h
    protocol/EnrolRequest.cpp protocol/EnrolRequest.h
    protocol/ProtocolError.cpp protocol/ProtocolError.h
    protocol/ProtocolVersion.cpp protocol/ProtocolVersion.h
    protocol/PullChange.cpp protocol/PullChange.h
    protocol/PullPage.cpp protocol/PullPage.h
    protocol/PushOperation.cpp protocol/PushOperation.h
    protocol/PushRequest.cpp protocol/PushRequest.h
    protocol/PushResponse.cpp protocol/PushResponse.h
    protocol/PushResult.cpp protocol/PushResult.h
    protocol/TokenGrant.cpp protocol/TokenGrant.h
    protocol/WireJson.cpp protocol/WireJson.h
)
target_include_directories(kangqiao_protocol PUBLIC ${CMAKE_CURRENT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/model)
target_link_libraries(kangqiao_protocol PUBLIC Qt6::Core PRIVATE kangqiao_warnings)
