# Statistics (issue 8): the report and its text formats.
target_sources(kangqiao_model PRIVATE
    statistics/StatisticsReport.h
    statistics/ReportWriter.cpp statistics/ReportWriter.h
    statistics/ReportXlsx.cpp statistics/ReportXlsx.h
    statistics/StatisticsBuilder.cpp statistics/StatisticsBuilder.h
    statistics/TrendReports.cpp statistics/TrendReports.h
    statistics/StatisticsResults.cpp statistics/StatisticsResults.h
)
target_link_libraries(kangqiao_model PRIVATE PkgConfig::XLSXWRITER)
target_link_libraries(kangqiao_model INTERFACE PkgConfig::XLSXWRITER)
