# Wire types shared by the workstation and the platform server. Only QtCore and the header-only
# model/core/Result.h: the server process must not link the encrypted store.
qt_add_library(kangqiao_protocol STATIC
    protocol/PushOperation.cpp protocol/PushOperation.h
)
target_include_directories(kangqiao_protocol PUBLIC ${CMAKE_CURRENT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/model)
target_link_libraries(kangqiao_protocol PUBLIC Qt6::Core PRIVATE kangqiao_warnings)
