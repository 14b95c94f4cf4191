# Session log dialog and the client sessions tab.
target_sources(kangqiao_ui PRIVATE
    sessions/SessionDialog.cpp sessions/SessionDialog.h
    sessions/SessionsPanel.cpp sessions/SessionsPanel.h
)
