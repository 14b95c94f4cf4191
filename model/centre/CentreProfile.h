#pragma once

#include "core/Result.h"

#include <QString>

namespace kq {

// The centre this workstation belongs to, as registered with the platform.
struct CentreProfile {
    QString id;
    QString code; // platform-issued institution code
    QString name;
    QString countyCode; // 6-digit county-level division code (GB/T 2260)

    // Checks each field; the error names the field ("centre-code", "centre-name", "county").
    Result<void> validate() const;
    // The platform-issued code's shape: 4 to 32 letters, digits or dashes (also what enrolment sends).
    static bool isValidCode(const QString& code);
};

} // namespace kq
