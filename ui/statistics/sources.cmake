# Statistics pages: staff training (issue 8).
target_sources(kangqiao_ui PRIVATE
    statistics/StatisticsPdf.cpp statistics/StatisticsPdf.h
    statistics/StaffTrainingPage.cpp statistics/StaffTrainingPage.h
    statistics/TrainingRecordDialog.cpp statistics/TrainingRecordDialog.h
    statistics/StatisticsPage.cpp statistics/StatisticsPageActions.cpp statistics/StatisticsPage.h
    statistics/DrillDownDialog.cpp statistics/DrillDownDialog.h
    statistics/StandardRuleDialog.cpp statistics/StandardRuleDialog.h
    statistics/TrendCharts.cpp statistics/TrendCharts.h
    statistics/ChartImages.cpp statistics/ChartImages.h)
