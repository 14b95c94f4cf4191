#include "CaseState.h"

#include <QCoreApplication>

namespace kq::CaseStates {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CaseState)
};
} // namespace

QList<CaseState> all()
{
    return {CaseState::Applied,           CaseState::Registered, CaseState::NotRegistered,
            CaseState::Waiting,           CaseState::Referred,   CaseState::Assessing,
            CaseState::AwaitingAgreement, CaseState::InService,  CaseState::Hospitalised,
            CaseState::TransferredOut,    CaseState::Closed};
}

QString key(CaseState s)
{
    switch (s) {
    case CaseState::Applied:
        return QStringLiteral("applied");
    case CaseState::Registered:
        return QStringLiteral("registered");
    case CaseState::NotRegistered:
        return QStringLiteral("not_registered");
    case CaseState::Waiting:
        return QStringLiteral("waiting");
    case CaseState::Referred:
        return QStringLiteral("referred");
    case CaseState::Assessing:
        return QStringLiteral("assessing");
    case CaseState::AwaitingAgreement:
        return QStringLiteral("awaiting_agreement");
    case CaseState::InService:
        return QStringLiteral("in_service");
    case CaseState::Hospitalised:
        return QStringLiteral("hospitalised");
    case CaseState::TransferredOut:
        return QStringLiteral("transferred_out");
    case CaseState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<CaseState> fromKey(const QString& k)
{
    for (CaseState s : all())
        if (key(s) == k)
            return s;
    return std::nullopt;
}

QString name(CaseState s)
{
    switch (s) {
    case CaseState::Applied:
        return Tr::tr("Applied");
    case CaseState::Registered:
        return Tr::tr("Registered");
    case CaseState::NotRegistered:
        return Tr::tr("Not registered");
    case CaseState::Waiting:
        return Tr::tr("Waiting");
    case CaseState::Referred:
        return Tr::tr("Referred to a centre");
    case CaseState::Assessing:
        return Tr::tr("Being assessed");
    case CaseState::AwaitingAgreement:
        return Tr::tr("Awaiting agreement");
    case CaseState::InService:
        return Tr::tr("In service");
    case CaseState::Hospitalised:
        return Tr::tr("Hospitalised");
    case CaseState::TransferredOut:
        return Tr::tr("Transferred out");
    case CaseState::Closed:
        return Tr::tr("Closed");
    }
    return {};
}

bool isReadOnly(CaseState s)
{
    return s == CaseState::TransferredOut;
}

bool isFinished(CaseState s)
{
    return s == CaseState::Closed || s == CaseState::NotRegistered || s == CaseState::TransferredOut;
}

} // namespace kq::CaseStates
