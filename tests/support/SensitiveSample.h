#pragma once

// One fictitious client's identifying and health details, for the security tests that look for
// them where they must never be (files at rest, logs, command output, temporary files). One
// definition, so every such search looks for the same strings the tests wrote.

#include <QString>

namespace kq::test::sensitive {

inline const QString kName = QStringLiteral("欧阳秀英");
inline const QString kIdNumber = QStringLiteral("11010519491231002X");
inline const QString kPhone = QStringLiteral("13912345678");
inline const QString kDiagnosis = QStringLiteral("F31.2");
inline const QString kNote = QStringLiteral("曾有自伤念头，需每周随访");

} // namespace kq::test::sensitive
