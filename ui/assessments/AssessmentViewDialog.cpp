#include "AssessmentViewDialog.h"

#include "ScaleResultText.h"
#include "assessments/AssessmentVocabulary.h"
#include "clients/ClientVocabulary.h"
#include "common/StatusColours.h"
#include "common/TabOrder.h"
#include "common/WindowSize.h"
#include "core/DateText.h"
#include "scales/ScaleLibrary.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kq::ui {

namespace {
using namespace AssessmentVocabulary;

QString escaped(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text.toHtmlEscaped();
}

QString row(const QString& label, const QString& html)
{
    return QStringLiteral("<tr><td style='padding-right:16px;%3'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), html,
             StatusColours::css(StatusColours::Tone::Secondary, QGuiApplication::palette(), QPalette::Base));
}

QString paragraph(const QString& heading, const QString& text)
{
    return QStringLiteral("<h4>%1</h4><p style='white-space:pre-wrap'>%2</p>")
        .arg(heading.toHtmlEscaped(), escaped(text));
}

// Each item with the words of the answer chosen; a scale no longer in the library by item id.
QString answersTable(const Assessment::ScaleEntry& entry, const ScaleLibrary& library)
{
    QString html = QStringLiteral("<table>");
    const ScaleDefinition* scale = library.find(entry.scaleId);
    if (scale && scale->version == entry.version) {
        for (qsizetype i = 0; i < scale->items.size(); ++i) {
            const ScaleItem& item = scale->items[i];
            const auto it = entry.answers.constFind(item.id);
            const ScaleOption* o = it == entry.answers.cend() ? nullptr : item.option(*it);
            html +=
                row(AssessmentViewDialog::tr("%1. %2").arg(i + 1).arg(item.text.text()),
                    o ? AssessmentViewDialog::tr("%1 – %2").arg(o->value).arg(o->label.text()).toHtmlEscaped()
                      : QStringLiteral("—"));
        }
    } else {
        for (auto it = entry.answers.cbegin(); it != entry.answers.cend(); ++it)
            html += row(it.key(), QString::number(it.value()));
    }
    return html + QStringLiteral("</table>");
}
} // namespace

AssessmentViewDialog::AssessmentViewDialog(const Assessment& assessment, const QString& recordedBy,
                                           const ScaleLibrary& library, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("assessmentView"));
    setWindowTitle(tr("%1 of %2").arg(kindName(assessment.kind), dateText(assessment.assessedOn)));
    auto* text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("assessmentText"));
    text->setAccessibleName(tr("Assessment"));
    text->setHtml(html(assessment, recordedBy, library));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(760, 680));
    tabInLayoutOrder(this);
}

QString AssessmentViewDialog::html(const Assessment& a, const QString& recordedBy,
                                   const ScaleLibrary& library)
{
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(kindName(a.kind).toHtmlEscaped());
    html += row(tr("Date"), escaped(dateText(a.assessedOn)));
    html += row(tr("Recorded"), escaped(tr("%1 by %2").arg(dateTimeText(a.createdAt), recordedBy)));
    QStringList people;
    for (const Assessment::Participant& p : a.participants)
        people << tr("%1: %2").arg(participantRoleName(p.role), p.name).toHtmlEscaped();
    html += row(tr("Who took part"),
                people.isEmpty() ? QStringLiteral("—") : people.join(QStringLiteral("<br>")));
    html +=
        row(tr("Risk level"), a.riskLevel < 0 ? tr("Not rated in this assessment").toHtmlEscaped()
                                              : tr("%1 (%2)")
                                                    .arg(ClientVocabulary::riskLevelName(a.riskLevel),
                                                         ClientVocabulary::riskLevelDefinition(a.riskLevel))
                                                    .toHtmlEscaped());
    if (a.kind == Assessment::Kind::Transfer)
        html += row(tr("Outcome"), escaped(a.outcome.isEmpty() ? QString() : outcomeName(a.outcome)));
    for (Assessment::Rating r : ratings())
        if (const QString& value = a.progress.value(r); !value.isEmpty())
            html += row(ratingName(r), escaped(ratingValueName(r, value)));
    html += QStringLiteral("</table>");
    html += paragraph(tr("Findings"), a.findings);
    html += paragraph(tr("Rehabilitation opinion"), a.opinion);
    for (const Assessment::ScaleEntry& s : a.scales)
        html += QStringLiteral("<h4>%1</h4>").arg(ScaleResultText::forEntry(library, s).toHtmlEscaped()) +
                answersTable(s, library);
    return html;
}

} // namespace kq::ui
