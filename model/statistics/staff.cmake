# Statistics (issue 8): staff indicators.
target_sources(kangqiao_model PRIVATE
    staff/StaffTraining.cpp staff/StaffTraining.h
    staff/StaffTrainingRepository.cpp staff/StaffTrainingRepository.h
    staff/StaffIndicators.cpp staff/StaffIndicators.h)
