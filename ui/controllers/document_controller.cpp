#include "controllers/document_controller.h"

#include "common/error.h"
#include "common/small_file.h"
#include "controllers/segmentation_controller.h"
#include "data/csv_writer.h"
#include "model/project_file.h"
#include "model/summary_json.h"
#include "source/xlsx_reader.h"
#include "state/document.h"
#include "support/app_paths.h"
#include "support/db_passwords.h"
#include "support/error_text.h"
#include "support/file_saver.h"
#include "support/job_runner.h"
#include "support/read_file.h"

#include <QFile>
#include <QFileInfo>

#include <memory>
#include <optional>

namespace gugus::ui {

namespace {

/// Reads a CSV or a workbook's sheet from disk, or a CSV from the embedded resources (":/...").
core::CsvReadResult loadData(const QString& path, const core::CsvOptions& options,
                             const QString& sheet, core::Progress& progress) {
    if (path.startsWith(QLatin1String(":/"))) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            throw core::Error(core::ErrorCode::FileUnreadable, path.toStdString());
        }
        const QByteArray bytes = file.readAll();
        return core::readCsvText(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                 options, progress);
    }
    const std::string file = QFile::encodeName(path).toStdString();
    // The program opens files, not pipes (the CLI reads those, e.g. its stdin): a named pipe
    // with no writer would block this worker in open() for good, past any cancel, and the
    // program could not quit (its worker pool waits for its jobs).
    core::requireRegularFile(file);
    return core::readDataFile(file, sheet.toStdString(), options, progress);
}

/// A data file and the display file found beside it (NAME.display.json for NAME.csv), both
/// read on the loading worker. A display file that cannot be used does not stop the data.
struct LoadedData {
    core::CsvReadResult csv;
    std::vector<core::SumColumn> sums; ///< found here, on the worker (a search over every row)
    std::optional<core::ColumnDisplays> displays; ///< none = no display file beside the data
    std::optional<core::Error> displayError;      ///< the display file is there but unusable
};

void readDisplayFile(const QString& dataPath, LoadedData& loaded) {
    if (dataPath.startsWith(QLatin1String(":/"))) {
        return;
    }
    const QString path = displayFilePathFor(dataPath);
    const QFileInfo info(path);
    if (!info.exists()) {
        return;
    }
    try {
        if (!info.isFile() || info.size() > core::kMaxDisplayFileBytes) {
            throw core::Error(core::ErrorCode::InvalidProject, "json", -1, -1,
                              "not a gugus-display file");
        }
        loaded.displays =
            core::columnDisplaysFromFile(readWholeFile(path, core::kMaxDisplayFileBytes));
    } catch (const core::Error& e) {
        loaded.displayError = e;
    }
}

void restoreStyles(Document* document, const core::ProjectFile& file) {
    for (std::size_t s = 0; s < file.names.size(); ++s) {
        if (!file.names[s].empty()) {
            document->setSegmentName(int(s), QString::fromStdString(file.names[s]));
        }
        if (s < file.actions.size() && !file.actions[s].empty()) {
            document->setSegmentAction(int(s), QString::fromStdString(file.actions[s]));
        }
        if (s < file.colors.size() && !file.colors[s].empty()) {
            document->setSegmentColor(int(s), QColor(QString::fromStdString(file.colors[s])));
        }
    }
}

/// Keeps the project file about to be replaced as "NAME.gugus~" (one level): a save over the
/// wrong project, or a change the user regrets, can still be undone by hand. Runs on the saver's
/// worker; a file that is not a regular one (or is missing) has nothing to keep. A file is read
/// whole for it, up to the model files' limit: a larger one is not replaced (FileTooLarge).
void keepBackup(const QString& path) {
    if (!QFileInfo(path).isFile()) {
        return;
    }
    core::writeFileAtomically(QFile::encodeName(path + QLatin1Char('~')).toStdString(),
                              readWholeFile(path, core::kMaxModelFileBytes));
}

} // namespace

DocumentController::DocumentController(Document* document, SegmentationController* segmentation,
                                       QObject* parent)
    : QObject(parent), m_document(document), m_segmentation(segmentation),
      m_loads(new JobRunner(JobRunner::Policy::ReplaceRunning, this)),
      m_projectReads(new JobRunner(JobRunner::Policy::ReplaceRunning, this)),
      m_edits(new JobRunner(JobRunner::Policy::ReplaceRunning, this)),
      m_counts(new JobRunner(JobRunner::Policy::ReplaceRunning, this)),
      m_saver(new FileSaver([document] { return document->inputPaths(); }, this)),
      m_passwords(new DbPasswords(this)) {}

QList<JobRunner*> DocumentController::runners() const {
    return {m_loads, m_edits, m_counts, m_saver->runner(), m_projectReads};
}

QString DocumentController::samplePath() {
    return bundledSamplePath();
}

QFuture<Outcome> DocumentController::openSample() {
    return openFile(samplePath());
}

QString displayFilePathFor(const QString& dataPath) {
    return QFile::decodeName(
        core::displayFilePath(QFile::encodeName(dataPath).toStdString()).c_str());
}

QFuture<Outcome> DocumentController::openFile(const QString& path, const core::CsvOptions& options,
                                              const QString& sheet) {
    using Loaded = std::shared_ptr<LoadedData>;
    m_projectReads->replaceRunning(); // the newer load wins (a project's own load: read)
    return m_loads->run<Loaded>(
        tr("Loading %1").arg(QFileInfo(path).fileName()),
        [path, options, sheet](core::Progress& progress) {
            auto loaded = std::make_shared<LoadedData>();
            loaded->csv = loadData(path, options, sheet, progress);
            loaded->sums = core::findSumColumns(loaded->csv.table);
            readDisplayFile(path, *loaded);
            return loaded;
        },
        [this, path, options, sheet](JobOutcome<Loaded> outcome) {
            if (outcome.value) {
                LoadedData& result = **outcome.value;
                m_document->setData(
                    std::make_shared<const core::CsvReadResult>(std::move(result.csv)), path,
                    options, std::move(result.sums));
                m_sheet = sheet;
                if (result.displays) {
                    m_document->setColumnDisplays(*result.displays);
                } else if (path == samplePath()) {
                    // The sample's labels and units: an embedded, tested resource of a few lines.
                    m_document->setColumnDisplays(core::columnDisplaysFromFile(
                        readWholeFile(QStringLiteral(":/sample/fundfusion_sample.display.json"),
                                      core::kMaxDisplayFileBytes)));
                }
                if (result.displayError) {
                    emit displayFileUnusable(displayFilePathFor(path),
                                             fileFieldText(*result.displayError));
                }
                emit loaded(path);
            } else if (!outcome.cancelled) {
                emit loadFailed(path, outcome.error);
            }
        });
}

QFuture<Outcome> DocumentController::openDatabase(const core::DbSource& source,
                                                  const core::CsvOptions& options,
                                                  FailureShown failures) {
    using Loaded =
        std::pair<std::shared_ptr<const core::CsvReadResult>, std::vector<core::SumColumn>>;
    core::DbSource shown = source;
    shown.password.clear();
    const QString url = QString::fromStdString(core::dbUrl(shown));
    m_projectReads->replaceRunning();
    return runDbJob<Loaded>(
        m_loads, m_passwords, tr("Running the query on %1").arg(url), source,
        [options](const core::DbSource& s, core::Progress& progress) {
            auto read = std::make_shared<const core::CsvReadResult>(
                core::readDbSource(s, options, progress));
            auto sums = core::findSumColumns(read->table);
            return Loaded{std::move(read), std::move(sums)};
        },
        [this, url, source, options, failures](JobOutcome<Loaded> outcome) {
            if (outcome.value) {
                m_document->setDatabaseData(outcome.value->first, source, options,
                                            std::move(outcome.value->second));
                m_sheet.clear();
                emit loaded(url);
            } else if (!outcome.cancelled && failures == FailureShown::ByWindow) {
                emit loadFailed(url, outcome.error);
            }
        });
}

QFuture<Outcome> DocumentController::openProject(const QString& path) {
    auto chain = std::make_shared<QPromise<Outcome>>();
    chain->start();
    const Finish finish = [this, chain](const Outcome& outcome) {
        emit projectOpened(outcome);
        chain->addResult(outcome);
        chain->finish();
    };
    // Read and checked on a worker: the file may be large or damaged, whoever sent it. Not as a
    // load: a load in progress is replaced only when the project is good.
    m_projectReads->run<core::ProjectFile>(
        tr("Reading the project"),
        [path](core::Progress&) {
            return core::ProjectFile::fromJson(readWholeFile(path, core::kMaxSettingsFileBytes));
        },
        [this, finish](JobOutcome<core::ProjectFile> read) {
            if (!read.value) {
                if (read.cancelled) {
                    finish(Outcome::cancellation(tr("Reading the project")));
                    return;
                }
                emit projectUnreadable(read.error);
                finish(Outcome::failure(read.error, tr("Reading the project")));
                return;
            }
            loadProjectData(std::move(*read.value), finish);
        });
    return chain->future();
}

void DocumentController::loadProjectData(core::ProjectFile file, const Finish& finish) {
    // A database project runs its query again: the warehouse may have changed since.
    QFuture<Outcome> load = file.database
                                ? openDatabase(file.database->source, file.import)
                                : openFile(QFile::decodeName(file.source.c_str()), file.import,
                                           QString::fromStdString(file.sheet));
    load.then(this, [this, file, finish](const Outcome& loaded) {
        if (!loaded.ok()) {
            finish(loaded.atStep(tr("Loading the data")));
            return;
        }
        // The fingerprint hashes every value: on a worker too.
        m_loads->run<std::string>(
            tr("Loading the data"),
            [data = m_document->data()](core::Progress&) {
                return data ? data->table.fingerprint() : std::string();
            },
            [this, file, finish](JobOutcome<std::string> fingerprint) {
                if (!fingerprint.value) {
                    finish(outcomeOf(fingerprint).atStep(tr("Loading the data")));
                    return;
                }
                restoreProject(file, *fingerprint.value != file.fingerprint, finish);
            });
    });
}

void DocumentController::restoreProject(const core::ProjectFile& file, bool dataDiffers,
                                        const Finish& finish) {
    if (dataDiffers) {
        if (file.database) {
            emit queryResultDiffers(m_document->sourcePath(), file.database->rows,
                                    m_document->table().rowCount());
        } else {
            emit this->dataDiffers(m_document->sourcePath());
        }
    }
    m_document->setRecipe(file.recipe);
    if (!file.displays.empty()) {
        m_document->setColumnDisplays(file.displays); // else the data's own (sample)
    }
    if (!file.segmented) {
        finish(Outcome::done());
        return;
    }
    emit settingsRestored(file.options);
    m_segmentation->segment(file.options)
        .then(this, [this, file, finish](const Outcome& segmented) {
            if (segmented.ok()) {
                restoreStyles(m_document, file);
            }
            finish(segmented.atStep(tr("Segmenting")));
        });
}

std::function<core::ProjectFile()> DocumentController::projectSnapshot() const {
    core::ProjectFile file;
    file.source = QFile::encodeName(m_document->sourcePath()).toStdString();
    file.import = m_document->importOptions();
    if (const auto& database = m_document->database()) {
        file.database = core::ProjectDatabase{*database, m_document->table().rowCount()};
    }
    file.sheet = m_sheet.toStdString();
    file.recipe = m_document->recipe();
    file.displays = m_document->columnLabels().displays();
    if (const Segmentation* seg = m_document->segmentation()) {
        file.segmented = true;
        file.options = seg->options;
        file.recipe = seg->result.recipe.recipe(); // the recipe the segments were built with
        for (int s = 0; s < seg->result.k; ++s) {
            file.names.push_back(m_document->customNames().value(s).toStdString());
            const QColor c = m_document->customColors().value(s);
            file.colors.push_back(c.isValid() ? c.name().toStdString() : std::string());
            file.actions.push_back(m_document->segmentAction(s).toStdString());
        }
    }
    return [file = std::move(file), data = m_document->data()] {
        core::ProjectFile complete = file;
        complete.fingerprint = data ? data->table.fingerprint() : core::Table().fingerprint();
        return complete;
    };
}

QFuture<Outcome> DocumentController::saveProject(const QString& path) {
    if (!m_document->hasData()) {
        return finishedWith(Outcome::failure(QString()));
    }
    return m_saver->save(path, [project = projectSnapshot(), path](core::Progress&) {
        const std::string text = project().toJson();
        const std::string target = QFile::encodeName(path).toStdString();
        keepBackup(path);
        core::writeFileAtomically(target, text);
    });
}

QFuture<Outcome> DocumentController::saveDisplayFile() {
    const QString source = m_document->sourcePath();
    if (!m_document->hasData() || source.isEmpty() || source.startsWith(QLatin1String(":/"))) {
        return finishedWith(Outcome::failure(QString()));
    }
    const QString path = displayFilePathFor(source);
    const std::string text = core::columnDisplaysToFile(m_document->columnLabels().displays());
    return m_saver->save(path, [text, path](core::Progress&) {
        core::writeFileAtomically(QFile::encodeName(path).toStdString(), text);
    });
}

QFuture<Outcome> DocumentController::saveLabelled(const QString& path) {
    const auto seg = m_document->segmentationPtr();
    const auto data = m_document->data();
    if (!seg || !data) {
        return finishedWith(Outcome::failure(QString()));
    }
    // The labelled file carries the segment number (the CLI contract) and the segment name. The
    // names are taken here, one per segment (noise, -1, first); the columns of one text per row
    // are built on the worker (half a second of the GUI thread at a million rows).
    std::vector<std::string> segmentNames;
    for (int label = -1; label < seg->result.k; ++label) {
        segmentNames.push_back(m_document->segmentName(label).toStdString());
    }
    return m_saver->save(path, [data, seg, path, segmentNames](core::Progress& progress) {
        const auto& labels = seg->result.tableLabels;
        std::vector<std::string> numbers(labels.size());
        std::vector<std::string> names(labels.size());
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const int label = labels[i];
            if (label != core::kUnassigned) {
                numbers[i] = std::to_string(label);
                const auto at = std::size_t(label + 1);
                names[i] = at < segmentNames.size() ? segmentNames[at] : numbers[i];
            }
        }
        std::vector<core::CsvExtraColumn> extra{{"segment_name", std::move(names)},
                                                {"segment", std::move(numbers)}};
        if (auto reasons = core::segmentReasons(seg->result); !reasons.empty()) {
            extra.push_back({"segment_reason", std::move(reasons)}); // rows the recipe left out
        }
        core::writeCsvFile(QFile::encodeName(path).toStdString(), data->table, extra,
                           core::CsvWriteOptions{}, progress);
    });
}

QFuture<Outcome> DocumentController::saveSummary(const QString& path) {
    const auto seg = m_document->segmentationPtr();
    const auto data = m_document->data();
    if (!seg || !data) {
        return finishedWith(Outcome::failure(QString()));
    }
    const core::RunSource source{m_document->sourcePath().toStdString(), "gugus",
                                 m_document->columnLabels().displays(),
                                 core::summaryWarnings(data->notices)};
    return m_saver->save(path, [data, seg, path, source](core::Progress&) {
        core::writeFileAtomically(
            QFile::encodeName(path).toStdString(),
            core::summaryJson(data->table, seg->options, seg->result, source));
    });
}

QFuture<Outcome> DocumentController::convertColumn(const QString& column, core::ColumnType type) {
    const auto data = m_document->data();
    if (!data) {
        return finishedWith(Outcome::failure(QString()));
    }
    const std::string name = column.toStdString();
    struct Converted {
        std::shared_ptr<const core::CsvReadResult> data;
        qint64 unparsed = 0;
        std::vector<core::SumColumn> sums;
    };
    return m_edits->run<Converted>(
        tr("Converting %1").arg(column),
        [data, name, type](core::Progress&) {
            auto copy = std::make_shared<core::CsvReadResult>(*data);
            const auto index = copy->table.indexOf(name);
            std::int64_t unparsed = 0;
            copy->table.setColumn(*index, copy->table.column(*index).convertedTo(type, &unparsed));
            auto sums = core::findSumColumns(copy->table);
            return Converted{std::move(copy), unparsed, std::move(sums)};
        },
        [this, column, name, type](JobOutcome<Converted> outcome) {
            const Outcome end = outcomeOf(outcome);
            qint64 unparsed = 0;
            if (outcome.value) {
                unparsed = outcome.value->unparsed;
                m_document->replaceColumn(outcome.value->data, name, type,
                                          std::move(outcome.value->sums));
            }
            emit conversionFinished(column, unparsed, end);
            return end;
        });
}

QFuture<Outcome> DocumentController::countRows() {
    const auto data = m_document->data();
    if (!data) {
        return finishedWith(Outcome::failure(QString()));
    }
    const core::Recipe recipe = m_document->recipe();
    return m_counts->run<core::RowCounts>(
        tr("Counting rows"),
        [data, recipe](core::Progress& progress) {
            progress.throwIfCancelled();
            return core::rowCounts(core::selectRows(data->table, recipe));
        },
        [this](JobOutcome<core::RowCounts> outcome) {
            if (!outcome.cancelled) {
                emit rowsCounted(outcome.value.value_or(core::RowCounts{}), outcome.error);
            }
        });
}

} // namespace gugus::ui
