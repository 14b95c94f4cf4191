# The week calendar page.
target_sources(kangqiao_ui PRIVATE
    schedule/WeekCalendarPage.cpp schedule/WeekCalendarPage.h
    schedule/WeekGridModel.cpp schedule/WeekGridModel.h)
