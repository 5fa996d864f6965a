#include "controllers/report_controller.h"

#include "report/write_report.h"
#include "state/document.h"
#include "support/file_saver.h"
#include "support/job_runner.h"

#include <QDate>

#include <memory>

namespace gugus::ui {

ReportController::ReportController(Document* document, QObject* parent)
    : QObject(parent), m_document(document),
      m_previews(new JobRunner(JobRunner::Policy::ReplaceRunning, this)),
      m_saver(new FileSaver([document] { return document->inputPaths(); }, this)) {}

QList<JobRunner*> ReportController::runners() const {
    return {m_previews, m_saver->runner()};
}

core::ReportSettings ReportController::settingsFor(const ReportChoice& choice) const {
    core::ReportSettings s;
    s.title = choice.title.toStdString();
    s.author = choice.author.toStdString();
    s.dataset = m_document->sourceName().toStdString();
    const QDate today = QDate::currentDate();
    s.date = {today.year(), today.month(), today.day()};
    s.sections = choice.sections;
    s.displays = m_document->columnLabels().displays();
    if (const Segmentation* seg = m_document->segmentation()) {
        for (int k = 0; k < seg->result.k; ++k) {
            s.names.push_back(m_document->segmentName(k).toStdString());
            s.colors.push_back(m_document->segmentColor(k).name().toStdString());
            s.actions.push_back(m_document->segmentAction(k).toStdString());
        }
    }
    return s;
}

QFuture<Outcome> ReportController::preview(const ReportChoice& choice, double dpi) {
    const auto seg = m_document->segmentationPtr();
    const auto data = m_document->data();
    if (!seg || !data) {
        return finishedWith(Outcome::failure(QString()));
    }
    const core::ReportSettings settings = settingsFor(choice);
    const QString language = choice.language;
    return m_previews->run<std::shared_ptr<const QVector<QImage>>>(
        tr("Preparing the report preview"),
        [seg, data, settings, language, dpi](core::Progress& progress) {
            const core::ReportContent content = core::buildReportContent(
                data->table, seg->options, seg->result, settings, progress);
            return std::make_shared<const QVector<QImage>>(
                report::reportPages(content, language, dpi, progress));
        },
        [this](JobOutcome<std::shared_ptr<const QVector<QImage>>> outcome) {
            if (outcome.value) {
                emit previewReady(**outcome.value);
            } else if (!outcome.cancelled) {
                emit previewFailed(outcome.error);
            }
        });
}

QFuture<Outcome> ReportController::exportReport(const QString& path, const ReportChoice& choice) {
    const auto seg = m_document->segmentationPtr();
    const auto data = m_document->data();
    const auto format = report::reportFormatFor(path);
    if (!seg || !data || !format) {
        return finishedWith(Outcome::failure(QString()));
    }
    const core::ReportSettings settings = settingsFor(choice);
    report::ReportOptions options;
    options.format = *format;
    options.language = choice.language;
    return m_saver->save(path, [seg, data, settings, options, path](core::Progress& progress) {
        const core::ReportContent content =
            core::buildReportContent(data->table, seg->options, seg->result, settings, progress);
        report::writeReport(content, options, path, progress);
    });
}

} // namespace gugus::ui
