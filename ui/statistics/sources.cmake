# Statistics pages: staff training (issue 8).
target_sources(kangqiao_ui PRIVATE
    statistics/StaffTrainingPage.cpp statistics/StaffTrainingPage.h
    statistics/TrainingRecordDialog.cpp statistics/TrainingRecordDialog.h)
