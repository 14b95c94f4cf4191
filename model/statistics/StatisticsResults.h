#pragma once

#include "Indicator.h"
#include "ReportPeriod.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kq {

class Database;
class StandardServiceRule;
struct TrendPoint;

// Figures of closed report periods kept in statistics_results (decision 0015), so the dashboard
// and the monthly report do not recount a month nobody has changed. Correctness rests on the
// store, not on this class: triggers on every table a report reads (migration 14) delete the kept
// results of each period a written row can affect — whoever writes it (a repository, the replica,
// an import) — and count every such write in statistics_generation. Bulk writers take them off
// for their transaction and forget everything at its commit (suspendTriggersForBulk).
//
// A result is stored only if no such write happened since the caller read generation(), i.e.
// after it began reading the figures it stores; otherwise it is quietly not kept. Only periods
// that ended before today are kept (a month still under way is counted afresh). Kept results have
// no ids behind the numbers: drill-down counts afresh. Staff figures are never kept (they are
// cheap, and read accounts and training records by year).
class StatisticsResults {
public:
    explicit StatisticsResults(Database& db) : m_db(db) {}

    // What the kept figures depend on besides the records: the rule (its components and its
    // words, i.e. the language the labels were written in) and kFormat.
    static QString variant(const StandardServiceRule& rule);
    // Whether a period's figures may be kept on `today` (local date): it ended before today.
    static bool keepable(const ReportPeriod& period, const QDate& today) { return period.to < today; }

    // Counts the writes that reach statistics; read it before reading what is to be stored.
    qint64 generation();

    // The kept groups of a report (clients, standard service, services, referrals), or nullopt.
    std::optional<QList<IndicatorGroup>> report(const ReportPeriod& period, const QString& variant);
    // The kept trend point of a period, or nullopt.
    std::optional<TrendPoint> point(const ReportPeriod& period, const QString& variant);

    // Keep figures computed after `generation` was read (ids are dropped). False when not kept:
    // the records changed meanwhile, or the store could not be written (never an error).
    bool keepReport(const ReportPeriod& period, const QString& variant, const QList<IndicatorGroup>& groups,
                    qint64 generation);
    bool keepPoint(const TrendPoint& point, const QString& variant, qint64 generation);
    // All in one transaction (one sync to disk, not one per month).
    bool keepPoints(const QList<TrendPoint>& points, const QString& variant, qint64 generation);

    // Every kept result goes (tests, the benchmark's cold runs).
    void forgetAll();

    // For a bulk write of `rows` records in the current write transaction (an import, a first
    // sync's pages, demo data): migration 14's triggers come off until it commits, and the commit
    // puts them back, forgets every kept figure and counts the write once. Row by row they would
    // have kept the periods before the batch's earliest day, at twice the cost of the writes
    // (decision 0015). Below kBulkRows nothing changes: a few rows keep the triggers' reach.
    static void suspendTriggersForBulk(Database& db, qsizetype rows);
    static constexpr qsizetype kBulkRows = 100;

    // Bump when the figures or their payload change shape: results kept by an older build are
    // then not read.
    static constexpr int kFormat = 1;

private:
    std::optional<QByteArray> payload(const char* kind, const ReportPeriod& period, const QString& variant);
    struct Row {
        ReportPeriod period;
        QByteArray payload;
    };
    bool keep(const char* kind, const QList<Row>& rows, const QString& variant, qint64 generation);

    Database& m_db;
};

} // namespace kq
