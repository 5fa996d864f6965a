#include "controllers/selection_controller.h"

#include "plots/polygon_hit.h"
#include "state/document.h"
#include "support/job_runner.h"

#include <algorithm>
#include <memory>

namespace gugus::ui {

namespace {

/// The table rows of `segmentation` whose map position lies in `bounds` and passes `inside`.
template <class Inside>
RowSelection rowsInside(const Segmentation& segmentation, qint64 tableRows, const QRectF& bounds,
                        const Inside& inside, core::Progress& progress) {
    const auto& scores = segmentation.pca.scores;
    const auto& matrixRows = segmentation.result.data.rows;
    const std::int64_t n = scores.rows() == std::int64_t(matrixRows.size()) ? scores.rows() : 0;
    constexpr std::int64_t kBlock = 1 << 16;
    std::vector<qint64> rows;
    for (std::int64_t begin = 0; begin < n; begin += kBlock) {
        progress.report(begin, n, "map.select");
        progress.throwIfCancelled();
        const std::int64_t end = std::min(n, begin + kBlock);
        for (std::int64_t i = begin; i < end; ++i) {
            const QPointF p(scores(i, 0), scores(i, 1));
            if (p.x() >= bounds.left() && p.x() <= bounds.right() && p.y() >= bounds.top() &&
                p.y() <= bounds.bottom() && inside(p)) {
                rows.push_back(matrixRows[std::size_t(i)]);
            }
        }
    }
    return RowSelection(std::move(rows), tableRows);
}

} // namespace

SelectionController::SelectionController(Document* document, QObject* parent)
    : QObject(parent), m_document(document),
      m_runner(new JobRunner(JobRunner::Policy::ReplaceRunning, this)) {
    connect(document, &Document::dataChanged, m_runner, &JobRunner::cancel);
}

void SelectionController::clear() {
    m_runner->cancel();
    m_document->setSelectedRows({});
}

template <class MakeTest>
QFuture<Outcome> SelectionController::select(const QRectF& bounds, MakeTest makeTest) {
    auto segmentation = m_document->segmentationPtr();
    auto data = m_document->data();
    if (!segmentation || !data) {
        return finishedWith(Outcome::failure(QString()));
    }
    return m_runner->run<std::shared_ptr<const RowSelection>>(
        SelectionController::tr("Selecting customers"),
        [segmentation, data, bounds, makeTest = std::move(makeTest)](core::Progress& progress) {
            const auto inside = makeTest();
            return std::make_shared<const RowSelection>(
                rowsInside(*segmentation, data->table.rowCount(), bounds, inside, progress));
        },
        [this, data](JobOutcome<std::shared_ptr<const RowSelection>> outcome) {
            if (outcome.value && m_document->data() == data) {
                const auto rows = qint64((*outcome.value)->size());
                m_document->setSelection(std::move(*outcome.value));
                emit selected(rows);
            }
        });
}

QFuture<Outcome> SelectionController::selectInside(const QRectF& rect) {
    return select(rect.normalized(), [] { return [](const QPointF&) { return true; }; });
}

QFuture<Outcome> SelectionController::selectInside(const QPolygonF& polygon) {
    return select(polygon.boundingRect(), [polygon] {
        // containsPoint's answers, without walking every edge for every point.
        return [hits = PolygonHitTest(polygon)](const QPointF& p) { return hits.contains(p); };
    });
}

} // namespace gugus::ui
