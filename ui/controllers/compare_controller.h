#pragma once

#include "metrics/cluster_metrics.h"
#include "support/outcome.h"

#include <QFuture>
#include <QObject>

#include <memory>
#include <optional>

namespace gugus::ui {

class Document;
class JobRunner;
struct Segmentation;

/// The Compare view's table: the pinned segmentation cross-tabulated against the current one,
/// with their adjusted Rand index, computed on a worker whenever either changes. At a million
/// customers one table took 60–70 ms of the GUI thread, and the view drew it up to five times
/// for one new segmentation. compared() when the table for the Document's pair is ready, or when
/// there is no pair any more.
class CompareController : public QObject {
    Q_OBJECT
public:
    explicit CompareController(Document* document, QObject* parent = nullptr);

    JobRunner* runner() const { return m_runner; }
    /// The table of the pinned (rows) against the current segmentation (columns), or nullptr
    /// while it is computed, or without both.
    const core::CrossTab* comparison() const;
    /// The latest computation started (a finished one when nothing needed computing).
    QFuture<Outcome> latest() const { return m_latest; }

signals:
    void compared();

private:
    /// Starts the table of the Document's pair, unless it is the pair already computed.
    void update();

    Document* m_document;
    JobRunner* m_runner;
    std::shared_ptr<const Segmentation> m_pinned; ///< the pair m_table is (being) computed for
    std::shared_ptr<const Segmentation> m_current;
    quint64 m_pair = 0; ///< counts the pairs, so a late table of an earlier pair is dropped
    std::optional<core::CrossTab> m_table;
    QFuture<Outcome> m_latest;
};

} // namespace gugus::ui
