# The week schedule and follow-up rules (model/sessions/Schedule*).
target_sources(kangqiao_model PRIVATE
    sessions/Schedule.cpp sessions/Schedule.h
    sessions/GroupActivityRows.cpp sessions/GroupActivityRows.h)
