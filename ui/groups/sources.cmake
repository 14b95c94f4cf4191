# Group activities: roster, attendance, saved groups, the groups page.
target_sources(kangqiao_ui PRIVATE
    groups/AttendanceDialog.cpp groups/AttendanceDialog.h
    groups/BookingDialog.cpp groups/BookingDialog.h
    groups/GroupActivityDialog.cpp groups/GroupActivityDialog.h
    groups/GroupsPage.cpp groups/GroupsPage.h
    groups/RosterEditor.cpp groups/RosterEditor.h
)
