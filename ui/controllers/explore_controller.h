#pragma once

#include "explore/explore_data.h"
#include "support/outcome.h"

#include <QFuture>
#include <QObject>

namespace gugus::ui {

class Document;
class JobRunner;

/// The Explore charts' data, computed on a worker from the Document's table. A new request
/// replaces the computation still running (only the latest choice of columns matters); chart
/// jobs never cancel any other kind of job. computed() when new data is ready.
class ExploreController : public QObject {
    Q_OBJECT
public:
    explicit ExploreController(Document* document, QObject* parent = nullptr);

    JobRunner* runner() const { return m_runner; }

    /// Computes every chart for `request`. Fails at once (error "") without data.
    QFuture<Outcome> compute(const ExploreRequest& request);
    /// The last computed chart data and the request it answers.
    const ExploreData& data() const { return m_data; }
    const ExploreRequest& request() const { return m_request; }
    /// Whether a computation is running.
    bool busy() const;
    /// The latest computation started (a finished one before the first).
    QFuture<Outcome> latest() const { return m_latest; }
    /// Forgets the chart data (new data: the old charts describe other rows); a running
    /// computation is cancelled.
    void clear();

signals:
    void computed();

private:
    Document* m_document;
    JobRunner* m_runner;
    ExploreData m_data;
    ExploreRequest m_request;
    QFuture<Outcome> m_latest;
};

} // namespace gugus::ui
