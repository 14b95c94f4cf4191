#include "ServiceGate.h"

#include "SignedDocumentRepository.h"

#include <QCoreApplication>

namespace kq {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServiceGate)
};
} // namespace

Result<QStringList> ServiceGate::check(Database& db, const QString& clientId, const QDate& day,
                                       CentreSettings::GateMode mode)
{
    const QString date = day.toString(Qt::ISODate);
    QStringList missing;
    QString field;
    if (!SignedDocumentRepository::inForce(db, clientId, FormTemplate::Kind::Consent, day)) {
        missing << Tr::tr("No signed consent form in force on %1.").arg(date);
        field = QStringLiteral("consent");
    }
    if (!SignedDocumentRepository::inForce(db, clientId, FormTemplate::Kind::Agreement, day)) {
        missing << Tr::tr("No service agreement in force on %1.").arg(date);
        if (field.isEmpty())
            field = QStringLiteral("agreement");
    }
    if (missing.isEmpty() || mode == CentreSettings::GateMode::Warn)
        return missing;
    return Error{missing.join(QLatin1Char('\n')), field, Missing};
}

Result<QStringList> ServiceGate::check(Database& db, const QString& clientId, const QDate& day)
{
    return check(db, clientId, day, CentreSettings::load(db).serviceGate());
}

} // namespace kq
