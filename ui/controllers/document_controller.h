#pragma once

#include "data/csv_reader.h"
#include "model/project_file.h"
#include "pipeline/segmentation.h"
#include "support/outcome.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <functional>

namespace gugus::ui {

class DbPasswords;
class Document;
class FileSaver;
class JobRunner;
class SegmentationController;

/// The display file that belongs beside a data file: NAME.display.json for NAME.csv (read when
/// the data is opened, written by DocumentController::saveDisplayFile).
QString displayFilePathFor(const QString& dataPath);

/// Opening and saving the Document: data files (CSV, the bundled sample), project files, the
/// labelled data and the segment summary, and column type changes. Loads replace a load still
/// running; saves run alongside anything. Opening a project is a chain (read the file, load
/// its data, segment with its settings, restore names and colours) whose future reports its
/// end: done, failed or cancelled, with the step. Views and the main window show the signals'
/// errors; the methods themselves never open a dialog.
class DocumentController : public QObject {
    Q_OBJECT
public:
    DocumentController(Document* document, SegmentationController* segmentation,
                       QObject* parent = nullptr);

    Document* document() const { return m_document; }
    /// The runners, for the status bar: loads, column edits, saves.
    QList<JobRunner*> runners() const;
    FileSaver* saver() const { return m_saver; }
    /// Loads of data files and database queries (one replaces another).
    JobRunner* loads() const { return m_loads; }
    /// The passwords databases asked for in this session (memory only).
    DbPasswords* passwords() const { return m_passwords; }

    /// The bundled sample: the installed copy, else the one embedded in the binary.
    static QString samplePath();

    /// Loads a CSV on a worker (":/..." paths read the embedded resources) and makes it the
    /// Document's data: loaded(path) or loadFailed(path, error).
    /// Reads a CSV file or a worksheet of an Excel workbook (`sheet`: its name, "" = the first).
    QFuture<Outcome> openFile(const QString& path, const core::CsvOptions& options = {},
                              const QString& sheet = {});
    /// The worksheet the open data was read from ("" for a text file).
    QString sourceSheet() const { return m_sheet; }
    QFuture<Outcome> openSample();
    /// Who tells the user that a load failed: the main window (loadFailed), or the caller, which
    /// has the error in the returned future and a place of its own to show it (the database
    /// dialog, which stays open so the query can be fixed).
    enum class FailureShown { ByWindow, ByCaller };
    /// Runs `source`'s query on a worker (rows received as progress; cancel stops the server's
    /// query) and makes its result the Document's data as an opened CSV's: loaded(URL), or
    /// loadFailed(URL, error) unless `failures` is ByCaller. Asks for a password through
    /// passwords() when the server wants one.
    QFuture<Outcome> openDatabase(const core::DbSource& source,
                                  const core::CsvOptions& options = {},
                                  FailureShown failures = FailureShown::ByWindow);
    /// The chain described above; projectOpened(outcome) at its end. A load in progress goes on
    /// until the project file is read whole and checked (a damaged one fails alone).
    QFuture<Outcome> openProject(const QString& path);
    /// The open analysis as a project file (data path, fingerprint and reading options, recipe,
    /// segmentation settings, names, colours, actions), for a worker: the settings are copied
    /// now, and the returned function adds the data's fingerprint when it is called. The
    /// fingerprint hashes every value (27 ms of the GUI thread at a million rows, with the
    /// autosave's write), so it is made where the file is written, off the GUI thread.
    std::function<core::ProjectFile()> projectSnapshot() const;
    /// Saves projectSnapshot(); an existing file at `path` is kept as `path~` first (one level).
    /// Fails at once (error "") without data.
    QFuture<Outcome> saveProject(const QString& path);
    /// Writes the columns' labels, units and scales to the display file beside the data
    /// (displayFilePathFor), which the next opening of the data reads. Fails at once without data
    /// or for the embedded sample.
    QFuture<Outcome> saveDisplayFile();
    /// The data with the segment number and name of every row (fails at once without segments).
    QFuture<Outcome> saveLabelled(const QString& path);
    /// The segmentation's JSON summary (fails at once without segments).
    QFuture<Outcome> saveSummary(const QString& path);
    /// Converts one column to `type` on a worker; conversionFinished at the end.
    QFuture<Outcome> convertColumn(const QString& column, core::ColumnType type);
    /// Counts, on a worker, the rows the recipe's row filters and outlier rules keep (a newer
    /// count replaces a running one): rowsCounted at the end. Fails at once without data.
    QFuture<Outcome> countRows();

signals:
    void loaded(const QString& path);
    void loadFailed(const QString& path, const QString& error);
    /// The display file beside loaded data (`path`) was not used: `error` says what is wrong
    /// (translated, naming the field: fileFieldText). The data itself loaded.
    void displayFileUnusable(const QString& path, const QString& error);
    /// The project file itself cannot be read (translated reason).
    void projectUnreadable(const QString& error);
    /// The project's data file holds other data than when the project was saved.
    void dataDiffers(const QString& sourcePath);
    /// The project's database query gave another result than when the project was saved (its
    /// fingerprint differs): `rowsThen` rows then, `rowsNow` now.
    void queryResultDiffers(const QString& url, qint64 rowsThen, qint64 rowsNow);
    /// The segmentation settings a project restores (before its segmentation starts).
    void settingsRestored(const core::SegmentationOptions& options);
    void projectOpened(const gugus::ui::Outcome& outcome);
    /// `unparsed`: values that were no numbers and became missing.
    void conversionFinished(const QString& column, qint64 unparsed,
                            const gugus::ui::Outcome& outcome);
    /// The rows the current recipe keeps, or `error` (translated) when it cannot say.
    void rowsCounted(const gugus::core::RowCounts& counts, const QString& error);

private:
    /// Ends an openProject() chain with its outcome.
    using Finish = std::function<void(const Outcome&)>;
    /// The chain's steps after the file was read: load its data, compare the fingerprint...
    void loadProjectData(core::ProjectFile file, const Finish& finish);
    /// ...then restore its recipe, displays, segments and their styles.
    void restoreProject(const core::ProjectFile& file, bool dataDiffers, const Finish& finish);

    Document* m_document;
    SegmentationController* m_segmentation;
    JobRunner* m_loads;
    /// Reads a project file apart from the loads: a damaged or unreadable project leaves a load
    /// in progress running; only a project read whole replaces it (its data's load). A newer
    /// load cancels the read.
    JobRunner* m_projectReads;
    JobRunner* m_edits;
    JobRunner* m_counts;
    FileSaver* m_saver;
    DbPasswords* m_passwords;
    /// The worksheet of the open workbook as it was chosen ("" = a text file or the first sheet):
    /// the Document holds the data, the project file remembers where it came from.
    QString m_sheet;
};

} // namespace gugus::ui
