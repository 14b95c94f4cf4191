#include "ColumnFit.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

namespace kq::ui {

namespace {
// The stretching column keeps at least this many average characters when it gives way, unless
// its text is shorter: a note cut to three characters says nothing.
constexpr int kShrunkenChars = 12;
// Rows whose cell widgets (a combo box, a check box) set the row height the fit looks at.
constexpr int kRowSample = 5;
} // namespace

ColumnFit::ColumnFit(QAbstractItemView* view, QHeaderView* header, QHeaderView* rows, int stretchColumn)
    : QObject(view), m_view(view), m_header(header), m_rows(rows), m_stretch(stretchColumn)
{
    setObjectName(QStringLiteral("columnFit"));
    m_later.setSingleShot(true);
    m_later.setInterval(0);
    connect(&m_later, &QTimer::timeout, this, &ColumnFit::fit);
    m_header->setStretchLastSection(false);
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_header->setResizeContentsPrecision(kSampleRows);
    if (m_rows)
        m_rows->setResizeContentsPrecision(kSampleRows);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_header, &QHeaderView::sectionCountChanged, &m_later, qOverload<>(&QTimer::start));
    watchModel();
}

ColumnFit* ColumnFit::install(QAbstractItemView* view, QHeaderView* header, QHeaderView* rows,
                              int stretchColumn)
{
    ColumnFit* fit = of(view);
    if (!fit)
        fit = new ColumnFit(view, header, rows, stretchColumn);
    fit->m_stretch = stretchColumn;
    fit->m_later.start();
    return fit;
}

ColumnFit* ColumnFit::install(QTableView* view, int stretchColumn)
{
    return install(view, view->horizontalHeader(), view->verticalHeader(), stretchColumn);
}

ColumnFit* ColumnFit::install(QTreeView* view, int stretchColumn)
{
    return install(view, view->header(), nullptr, stretchColumn);
}

ColumnFit* ColumnFit::installEvenly(QTableView* view)
{
    ColumnFit* fit = install(view);
    fit->m_evenly = true;
    return fit;
}

ColumnFit* ColumnFit::of(const QAbstractItemView* view)
{
    return view ? view->findChild<ColumnFit*>(QStringLiteral("columnFit"), Qt::FindDirectChildrenOnly)
                : nullptr;
}

int ColumnFit::stretchColumn() const
{
    return m_stretch >= 0 && m_stretch < m_header->count() ? m_stretch : m_header->count() - 1;
}

int ColumnFit::neededWidth(int logical) const
{
    const int header = m_header->isHidden() ? 0 : m_header->sectionSizeHint(logical);
    return std::max(header, m_view->sizeHintForColumn(logical));
}

void ColumnFit::watchModel()
{
    for (const QMetaObject::Connection& c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = m_view->model();
    if (!m_model)
        return;
    const auto later = [this] { m_later.start(); };
    m_modelConnections = {
        connect(m_model, &QAbstractItemModel::modelReset, this, later),
        connect(m_model, &QAbstractItemModel::rowsInserted, this, later),
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, later),
        connect(m_model, &QAbstractItemModel::columnsInserted, this, later),
        connect(m_model, &QAbstractItemModel::columnsRemoved, this, later),
        connect(m_model, &QAbstractItemModel::dataChanged, this, later),
        connect(m_model, &QAbstractItemModel::layoutChanged, this, later),
        connect(m_model, &QAbstractItemModel::headerDataChanged, this, later),
    };
}

void ColumnFit::fit()
{
    m_later.stop();
    // A page may give its view another model after the fit was installed.
    if (m_view->model() != m_model)
        watchModel();
    fitRowHeight();
    const int count = m_header->count();
    if (count == 0)
        return;
    if (m_evenly) {
        int widest = 0;
        int shown = 0;
        for (int c = 0; c < count; ++c)
            if (!m_header->isSectionHidden(c)) {
                widest = std::max(widest, m_header->isHidden() ? 0 : m_header->sectionSizeHint(c));
                ++shown;
            }
        const int room = m_view->viewport()->width();
        const int share = shown ? room / shown : 0;
        int extra = shown ? room % shown : 0; // a pixel more for the first few, to fill the width
        for (int c = 0; c < count; ++c) {
            if (m_header->isSectionHidden(c))
                continue;
            const int width = std::max(widest, share + (extra-- > 0 ? 1 : 0));
            if (m_header->sectionSize(c) != width)
                m_header->resizeSection(c, width);
        }
        Q_EMIT fitted();
        return;
    }
    QList<int> need(count, 0);
    int total = 0;
    for (int c = 0; c < count; ++c) {
        if (m_header->isSectionHidden(c))
            continue;
        need[c] = neededWidth(c);
        total += need[c];
    }
    const int stretch = stretchColumn();
    QList<int> width = need;
    if (!m_header->isSectionHidden(stretch)) {
        const int room = m_view->viewport()->width();
        if (total <= room) {
            width[stretch] = need[stretch] + (room - total);
        } else {
            const int header = m_header->isHidden() ? 0 : m_header->sectionSizeHint(stretch);
            const int floor = std::max(
                header, std::min(need[stretch], m_view->fontMetrics().averageCharWidth() * kShrunkenChars));
            width[stretch] = std::max(floor, need[stretch] - (total - room));
        }
    }
    for (int c = 0; c < count; ++c)
        if (!m_header->isSectionHidden(c) && m_header->sectionSize(c) != width[c])
            m_header->resizeSection(c, width[c]);
    Q_EMIT fitted();
}

void ColumnFit::fitRowHeight()
{
    if (!m_rows || !m_view->model())
        return;
    // Room for a line of the current font, and for the cell widgets of the first rows.
    int need = m_view->fontMetrics().height() + 8;
    const int rows = std::min(kRowSample, m_view->model()->rowCount(m_view->rootIndex()));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < m_header->count(); ++c)
            if (QWidget* w = m_view->indexWidget(m_view->model()->index(r, c, m_view->rootIndex())))
                need = std::max(need, w->sizeHint().height());
    if (m_rows->defaultSectionSize() < need)
        m_rows->setDefaultSectionSize(need);
}

bool ColumnFit::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Resize:
        if (watched == m_view->viewport())
            m_later.start();
        break;
    case QEvent::Show:
    case QEvent::FontChange:
    case QEvent::ApplicationFontChange:
    case QEvent::StyleChange:
        if (watched == m_view)
            m_later.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kq::ui
