# Statistics (issue 8): clients indicators.
target_sources(kangqiao_model PRIVATE
    statistics/StandardServiceRule.cpp statistics/StandardServiceRule.h
    statistics/CaseFacts.cpp statistics/CaseFacts.h
    statistics/ClientIndicators.cpp statistics/ClientIndicators.h
)
