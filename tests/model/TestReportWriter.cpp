#include "statistics/ReportWriter.h"
#include "statistics/ReportXlsx.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kq;

// The text formats of a report: every indicator by key, the cover, small counts suppressed when
// asked, CSV that Excel opens in Chinese.
class TestReportWriter : public QObject {
    Q_OBJECT

    static StatisticsReport sample()
    {
        StatisticsReport r;
        r.centreName = QStringLiteral("朝阳区阳光康复中心, 东区");
        r.centreCode = QStringLiteral("BJ-CY-0001");
        r.period = ReportPeriod::month(2026, 11);
        r.rule = QStringLiteral("知情同意书、服务协议、综合评估、康复计划");
        r.generatedAt = QDateTime(QDate(2026, 12, 1), QTime(1, 0), Qt::UTC);
        r.generatedBy = QStringLiteral("王丽 (wang.li)");
        IndicatorGroup clients{QStringLiteral("clients"), QStringLiteral("康复对象"), {}};
        clients.indicators
            << Indicator{QStringLiteral("clients.in_service"), QStringLiteral("服务中"), 42, -1, {}}
            << Indicator{QStringLiteral("clients.waiting_over_3_months"),
                         QStringLiteral("轮候超过3个月"),
                         3,
                         -1,
                         {}}
            << Indicator{QStringLiteral("clients.closed"), QStringLiteral("结案"), 0, -1, {}};
        IndicatorGroup rate{QStringLiteral("standard_service"), QStringLiteral("规范服务率"), {}};
        rate.indicators << Indicator{
            QStringLiteral("standard_service.rate"), QStringLiteral("接受规范服务率"), 18, 40, {}};
        r.groups << clients << rate;
        return r;
    }

private Q_SLOTS:
    void jsonCarriesTheCoverAndEveryIndicator()
    {
        const QJsonObject o = QJsonDocument::fromJson(ReportWriter::json(sample())).object();
        QCOMPARE(o[QStringLiteral("centre")][QStringLiteral("code")].toString(),
                 QStringLiteral("BJ-CY-0001"));
        QCOMPARE(o[QStringLiteral("period")][QStringLiteral("key")].toString(), QStringLiteral("2026-11"));
        QCOMPARE(o[QStringLiteral("period")][QStringLiteral("to")].toString(), QStringLiteral("2026-11-30"));
        QCOMPARE(o[QStringLiteral("generated_at")].toString(), QStringLiteral("2026-12-01T01:00:00Z"));
        const QJsonArray groups = o[QStringLiteral("groups")].toArray();
        QCOMPARE(groups.size(), 2);
        const QJsonArray clients = groups[0][QStringLiteral("indicators")].toArray();
        QCOMPARE(clients[0][QStringLiteral("value")].toInt(), 42);
        QCOMPARE(clients[1][QStringLiteral("value")].toInt(), 3);
        QVERIFY(!clients[1].toObject().contains(QStringLiteral("suppressed")));
        const QJsonObject rate = groups[1][QStringLiteral("indicators")].toArray()[0].toObject();
        QCOMPARE(rate[QStringLiteral("value")].toInt(), 18);
        QCOMPARE(rate[QStringLiteral("denominator")].toInt(), 40);
        QCOMPARE(rate[QStringLiteral("rate")].toDouble(), 0.45);
    }

    void smallCountsAreSuppressedOnRequest()
    {
        StatisticsReport r = sample();
        r.suppressBelow = 5;
        const QJsonArray groups =
            QJsonDocument::fromJson(ReportWriter::json(r)).object()[QStringLiteral("groups")].toArray();
        const QJsonArray clients = groups[0][QStringLiteral("indicators")].toArray();
        QCOMPARE(clients[0][QStringLiteral("value")].toInt(), 42);
        QVERIFY(clients[1][QStringLiteral("value")].isNull());
        QVERIFY(clients[1][QStringLiteral("suppressed")].toBool());
        QCOMPARE(clients[2][QStringLiteral("value")].toInt(), 0); // zero points at no one
        const QString csv = QString::fromUtf8(ReportWriter::csv(r));
        QVERIFY(csv.contains(QStringLiteral(",clients.waiting_over_3_months,轮候超过3个月,<5,,\r\n")));
        QVERIFY(csv.contains(QStringLiteral(",clients.closed,结案,0,,\r\n")));
    }

    void csvOpensInExcelWithChinese()
    {
        const QByteArray bytes = ReportWriter::csv(sample());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        QCOMPARE(lines[0], QStringLiteral("Centre,\"朝阳区阳光康复中心, 东区\"")); // quoted: it holds a comma
        QVERIFY(text.contains(
            QStringLiteral("规范服务率,standard_service.rate,接受规范服务率,18,40,0.4500\r\n")));
        QVERIFY(text.contains(QStringLiteral("康复对象,clients.in_service,服务中,42,,\r\n")));
        QVERIFY(!text.contains(QLatin1Char('\n')) ||
                text.count(QStringLiteral("\r\n")) == text.count(QLatin1Char('\n')));
    }

    // Read back by a reader no one here wrote (openpyxl, Debian's python3-openpyxl): the sheets,
    // headers, frozen rows and values are those of the JSON export.
    void xlsxMatchesTheJsonExport()
    {
        StatisticsReport r = sample();
        r.suppressBelow = 5;
        const Result<QByteArray> xlsx = ReportXlsx::render(r);
        QVERIFY2(xlsx.ok(), qPrintable(xlsx.ok() ? QString() : xlsx.error().message));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.xlsx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(xlsx.value());
        file.close();
        const char* script = R"py(
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in book.worksheets:
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    formats = [[c.number_format for c in row] for row in ws.iter_rows()]
    out.append({"title": ws.title, "freeze": ws.freeze_panes, "rows": rows, "formats": formats})
print(json.dumps(out, ensure_ascii=False, default=str))
)py";
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(script), path});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonArray sheets = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        const QJsonArray groups =
            QJsonDocument::fromJson(ReportWriter::json(r)).object()[QStringLiteral("groups")].toArray();
        QCOMPARE(sheets.size(), 1 + groups.size()); // the cover, then one sheet per group
        const QJsonArray cover = sheets[0][QStringLiteral("rows")].toArray();
        QCOMPARE(cover[2].toArray()[1].toString(), r.centreName);
        QCOMPARE(cover[5].toArray()[1].toString(), r.rule);
        for (int g = 0; g < groups.size(); ++g) {
            const QJsonObject sheet = sheets[g + 1].toObject();
            QCOMPARE(sheet[QStringLiteral("title")].toString(),
                     groups[g][QStringLiteral("title")].toString());
            QCOMPARE(sheet[QStringLiteral("freeze")].toString(), QStringLiteral("A2"));
            const QJsonArray rows = sheet[QStringLiteral("rows")].toArray();
            QCOMPARE(rows[0].toArray()[0].toString(), QStringLiteral("Indicator"));
            const QJsonArray indicators = groups[g][QStringLiteral("indicators")].toArray();
            QCOMPARE(rows.size(), 1 + indicators.size());
            for (int i = 0; i < indicators.size(); ++i) {
                const QJsonObject want = indicators[i].toObject();
                const QJsonArray got = rows[i + 1].toArray();
                QCOMPARE(got[0].toString(), want[QStringLiteral("label")].toString());
                QCOMPARE(got[4].toString(), want[QStringLiteral("key")].toString());
                if (want[QStringLiteral("suppressed")].toBool())
                    QCOMPARE(got[1].toString(), QStringLiteral("<5"));
                else
                    QCOMPARE(got[1].toDouble(), want[QStringLiteral("value")].toDouble());
                if (want.contains(QStringLiteral("rate"))) {
                    QCOMPARE(got[3].toDouble(), want[QStringLiteral("rate")].toDouble());
                    QCOMPARE(sheet[QStringLiteral("formats")].toArray()[i + 1].toArray()[3].toString(),
                             QStringLiteral("0.0%"));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReportWriter)
#include "TestReportWriter.moc"
