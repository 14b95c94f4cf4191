#pragma once

#include <QAbstractItemModel>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAbstractItemView;
class QHeaderView;
class QTableView;
class QTreeView;

namespace kq::ui {

// Keeps a table's columns as wide as their header and their text need at the font the person
// uses, and gives the width left over to one column (a note, a description, a status): nothing
// is cut short while the window has room, and the table fills its width. When it has not, that
// column gives way first (down to its header) and the table scrolls sideways, so a name, a date
// or a number is never elided. Row heights follow the font too.
//
// Columns are measured again whenever the rows, the font or the table's width change, so a
// page need not remember to; measuring reads only the first rows (and the visible ones): Qt's
// own resizeColumnsToContents() lays out the text of up to 1,000 rows, which for a client with
// 500 session logs was three quarters of opening the record.
class ColumnFit : public QObject {
    Q_OBJECT
public:
    static constexpr int kSampleRows = 60;

    // Installs the fit on `view` (once; a second call changes the stretching column) and returns
    // it. `stretchColumn` is the logical column that takes the spare width; -1 means the last.
    static ColumnFit* install(QTableView* view, int stretchColumn = -1);
    static ColumnFit* install(QTreeView* view, int stretchColumn = -1);
    // For a grid such as a week's days: every column gets the same share of the width, and none
    // less than the widest header needs (the grid then scrolls sideways). Cells wrap their text.
    static ColumnFit* installEvenly(QTableView* view);
    // The fit installed on `view`, or nullptr.
    static ColumnFit* of(const QAbstractItemView* view);

    bool sharesEvenly() const { return m_evenly; }
    // The logical column that stretches (the last one when none was named).
    int stretchColumn() const;
    // What column `logical` needs to show its header and the sampled cells without eliding.
    int neededWidth(int logical) const;
    // Measures and sets every column now (it also happens by itself, after the change that
    // called for it has been processed).
    void fit();

Q_SIGNALS:
    // The columns were measured and set: a table with wrapped text sizes its rows now.
    void fitted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ColumnFit(QAbstractItemView* view, QHeaderView* header, QHeaderView* rows, int stretchColumn);
    static ColumnFit* install(QAbstractItemView* view, QHeaderView* header, QHeaderView* rows,
                              int stretchColumn);
    void watchModel();
    void fitRowHeight();

    QAbstractItemView* m_view;
    QHeaderView* m_header;
    QHeaderView* m_rows; // a table's vertical header; nullptr for a tree
    int m_stretch;
    bool m_evenly = false;
    QTimer m_later;                       // gathers the many signals of a refill into one fit
    QPointer<QAbstractItemModel> m_model; // the model whose changes start a fit
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace kq::ui
