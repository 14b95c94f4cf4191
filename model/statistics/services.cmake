# Statistics (issue 8): services indicators.
target_sources(kangqiao_model PRIVATE statistics/ServiceIndicators.cpp statistics/ServiceIndicators.h
                                      statistics/ReferralIndicators.cpp statistics/ReferralIndicators.h)
