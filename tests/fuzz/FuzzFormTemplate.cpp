#include "FuzzCheck.h"
#include "documents/FormTemplateRenderer.h"

// A supervisor edits consent and agreement texts, and a synced or hand-edited store may hold any
// text. A body whose placeholders are known renders with every placeholder replaced and nothing of
// the "{{ }}" syntax left; a body a supervisor may save has what its kind requires.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using kq::FormTemplate;
    using kq::FormTemplateRenderer;
    const QString body = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    static const QMap<QString, QString> values = [] {
        QMap<QString, QString> v;
        for (const QString& name : FormTemplate::placeholders())
            v.insert(name, QStringLiteral("v"));
        return v;
    }();

    const kq::Result<QStringList> used = FormTemplateRenderer::placeholdersIn(body);
    const kq::Result<QString> rendered = FormTemplateRenderer::render(body, values);
    KQ_FUZZ_CHECK(used.ok() == rendered.ok());
    if (rendered) {
        for (const QString& name : used.value())
            KQ_FUZZ_CHECK(FormTemplate::placeholders().contains(name));
        KQ_FUZZ_CHECK(!rendered.value().contains(QStringLiteral("{{")));
        KQ_FUZZ_CHECK(!rendered.value().contains(QStringLiteral("}}")));
        const kq::Result<QStringList> left = FormTemplateRenderer::placeholdersIn(rendered.value());
        KQ_FUZZ_CHECK(left.ok() && left.value().isEmpty());
        // A placeholder without a value is named, never left in the text.
        if (!used.value().isEmpty()) {
            QMap<QString, QString> fewer = values;
            fewer.remove(used.value().first());
            const kq::Result<QString> incomplete = FormTemplateRenderer::render(body, fewer);
            KQ_FUZZ_CHECK(!incomplete.ok() && incomplete.error().field == used.value().first());
        }
    }
    for (FormTemplate::Kind kind : {FormTemplate::Kind::Consent, FormTemplate::Kind::Agreement}) {
        if (FormTemplateRenderer::validate(kind, body)) {
            KQ_FUZZ_CHECK(used.ok());
            for (const QString& name : FormTemplate::required(kind))
                KQ_FUZZ_CHECK(used.value().contains(name));
        }
    }
    return 0;
}
