#pragma once

#include "support/outcome.h"

#include <QFuture>
#include <QObject>
#include <QPolygonF>
#include <QRectF>

namespace gugus::ui {

class Document;
class JobRunner;

/// The customer map's selections, found on a worker: at a million customers, testing every
/// point against a lasso and marking the table's rows took ~45 ms of the GUI thread. The
/// Document's selection is replaced (selectionChanged) when the rows are found. A new selection
/// replaces one still being found; new data cancels it (its rows would be another table's).
class SelectionController : public QObject {
    Q_OBJECT
public:
    explicit SelectionController(Document* document, QObject* parent = nullptr);

    JobRunner* runner() const { return m_runner; }

    /// Selects the rows whose position on the map (the segmentation's first two principal axes,
    /// in data coordinates) lies inside `polygon` (odd-even rule, as QPolygonF::containsPoint)
    /// or inside `rect` (edges included). Fails at once (error "") without a segmentation.
    QFuture<Outcome> selectInside(const QPolygonF& polygon);
    QFuture<Outcome> selectInside(const QRectF& rect);
    /// Clears the selection, and stops one being found.
    void clear();

signals:
    /// A selection on the map was found and is the document's now: `rows` customers.
    void selected(qint64 rows);

private:
    /// Selects the rows in `bounds` for which the test `makeTest()` makes on the worker holds.
    template <class MakeTest> QFuture<Outcome> select(const QRectF& bounds, MakeTest makeTest);

    Document* m_document;
    JobRunner* m_runner;
};

} // namespace gugus::ui
