#pragma once

#include <QMetaType>
#include <QString>

namespace gugus::ui {

/// How a piece of work ended, as views, chains of jobs and tests see it. Work that was cancelled
/// (by the user, by a newer job of its kind, or because its data was replaced) always ends
/// Cancelled: it is never dropped without a word.
struct Outcome {
    enum class Status { Done, Failed, Cancelled };

    Status status = Status::Done;
    QString error; ///< translated reason when Failed (empty when nothing could start, e.g. no data)
    QString step;  ///< in a chain: the translated name of the step that failed or was cancelled

    bool ok() const { return status == Status::Done; }
    bool failed() const { return status == Status::Failed; }
    bool cancelled() const { return status == Status::Cancelled; }

    static Outcome done() { return {}; }
    static Outcome failure(QString error, QString step = {}) {
        return {Status::Failed, std::move(error), std::move(step)};
    }
    static Outcome cancellation(QString step = {}) {
        return {Status::Cancelled, QString(), std::move(step)};
    }
    /// The same end, attributed to chain step `name`.
    Outcome atStep(const QString& name) const { return {status, error, ok() ? QString() : name}; }
};

} // namespace gugus::ui

Q_DECLARE_METATYPE(gugus::ui::Outcome)
