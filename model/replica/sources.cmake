# Sync: records pulled from the platform written into the local store (model/replica, decision 0013).
target_sources(kangqiao_model PRIVATE
    replica/Replica.cpp replica/Replica.h
    replica/EntitySpec.h replica/ReplicaEntities.cpp
    replica/ReplicaChildren.cpp replica/ReplicaChildren.h
    replica/WireValue.cpp replica/WireValue.h
    replica/PlatformRecords.cpp replica/PlatformRecords.h)
