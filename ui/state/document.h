#pragma once

#include "data/csv_reader.h"
#include "data/table.h"
#include "metrics/cluster_metrics.h"
#include "pipeline/segmentation.h"
#include "prep/recipe.h"
#include "profile/derived_columns.h"
#include "reduce/pca.h"
#include "report/report_content.h"
#include "select/k_sweep.h"
#include "source/db_source.h"
#include "state/map_points.h"
#include "state/row_selection.h"
#include "support/column_labels.h"

#include <QColor>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace gugus::ui {

/// A finished segmentation with what the views draw from it. Immutable once built (on a worker).
struct Segmentation {
    core::SegmentationOptions options; ///< what the run was asked for (for the JSON summary)
    core::SegmentationResult result;
    core::PcaResult pca; ///< 2 axes over result.data.x (scores: one row per matrix row)
    MapPoints map;       ///< the customer map's drawn points and search index (mapPointsOf)
};

/// The customer map's points of `segmentation` (its PCA scores, labels and seed); built on the
/// worker that made the segmentation. Empty when the map has fewer than two axes.
MapPoints mapPointsOf(const Segmentation& segmentation);

/// The open data and everything derived from it: the one source of truth every view reads.
/// Lives on the GUI thread; workers receive copies / shared pointers to immutable values.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);

    // --- data -------------------------------------------------------------------------------
    /// The columns of a table that add up others (core::findSumColumns): a search over every
    /// row, so the controllers make it on the worker that read the data and hand it over with
    /// the data; without it (nullopt) the Document searches itself, on the GUI thread.
    using SumColumns = std::optional<std::vector<core::SumColumn>>;

    /// Replaces the data (and resets recipe, sweep, segmentation, styles and selection).
    /// `options`: how it was read, kept for project files.
    void setData(std::shared_ptr<const core::CsvReadResult> data, const QString& sourcePath,
                 const core::CsvOptions& options = {}, SumColumns sums = std::nullopt);
    /// Replaces the data with a database query's result (as setData does); `source` is kept
    /// without its password, sourcePath() becomes its URL.
    void setDatabaseData(std::shared_ptr<const core::CsvReadResult> data,
                         const core::DbSource& source, const core::CsvOptions& options = {},
                         SumColumns sums = std::nullopt);
    /// The database and query the data came from (no password), or nothing for a file.
    const std::optional<core::DbSource>& database() const { return m_database; }
    /// The files the data was read from (the data file, or a SQLite database): no output may
    /// replace them.
    QStringList inputPaths() const;
    /// Replaces the data after one column's type was changed to `type`: the other columns keep
    /// their recipe settings, that column gets the defaults for its new type; sweep,
    /// segmentation and selection are cleared because they describe the old data. The type is
    /// added to importOptions()' forced types, so a reopened project reads the column alike.
    void replaceColumn(std::shared_ptr<const core::CsvReadResult> data, const std::string& column,
                       core::ColumnType type, SumColumns sums = std::nullopt);
    /// How the data was read, with the types forced since in the Dataset view.
    const core::CsvOptions& importOptions() const { return m_importOptions; }
    bool hasData() const { return bool(m_data); }
    const core::Table& table() const;
    std::shared_ptr<const core::CsvReadResult> data() const { return m_data; }
    /// The data's columns that add up others (a count of the product flags beside the flags).
    const std::vector<core::SumColumn>& sumColumns() const { return m_sumColumns; }
    QString sourcePath() const { return m_sourcePath; }
    /// The source file's name for titles (the bundled sample, either copy, shows as its name).
    QString sourceName() const;

    // --- recipe (per-column role, group, imputation, encoding, transform, scaling) ------------
    const core::Recipe& recipe() const { return m_recipe; }
    /// Replaces one column's spec (matched by name). Emits recipeChanged(column).
    void setColumnSpec(const core::ColumnSpec& spec);
    /// Replaces the whole recipe (perspective presets). Emits recipeChanged("").
    void setRecipe(core::Recipe recipe);
    /// Distinct non-empty groups of the recipe, in column order.
    QStringList groups() const;

    // --- column display (labels, units; nothing here changes the analysis) ----------------
    /// Labels and value formatting of the columns, for every view, card, tooltip and report.
    const ColumnLabels& columnLabels() const { return m_labels; }
    /// Sets one column's display (a default display removes it). Emits displayChanged().
    void setColumnDisplay(const std::string& column, const core::ColumnDisplay& display);
    /// Replaces every display (a project's, the sample's), keeping only columns of the data.
    void setColumnDisplays(const core::ColumnDisplays& displays);

    // --- k sweep ------------------------------------------------------------------------------
    const core::SweepResult* sweep() const { return m_sweep.get(); }
    /// Sets or clears (nullptr) the sweep; partial sweeps arrive as they grow.
    void setSweep(std::shared_ptr<const core::SweepResult> sweep);

    // --- segmentation -------------------------------------------------------------------------
    const Segmentation* segmentation() const { return m_segmentation.get(); }
    std::shared_ptr<const Segmentation> segmentationPtr() const { return m_segmentation; }
    void setSegmentation(std::shared_ptr<const Segmentation> segmentation);
    int segmentCount() const;

    /// Segment names and colours shared by every view (index = segment number).
    QString segmentName(int segment) const;
    QColor segmentColor(int segment) const;
    void setSegmentName(int segment, const QString& name);
    /// The analyst's recommended action for a segment (free text, "" = none): in the report and
    /// the project file.
    QString segmentAction(int segment) const { return m_actions.value(segment); }
    void setSegmentAction(int segment, const QString& action);
    const QStringList& customActions() const { return m_actions; }
    /// The names and colours the user set (empty / invalid = default), for project files.
    const QStringList& customNames() const { return m_names; }
    const QVector<QColor>& customColors() const { return m_colors; }
    void setSegmentColor(int segment, const QColor& color);
    /// The default colour of segment i (core::defaultSegmentColor, shared with the report): 12
    /// distinguishable colours, "other" greys from segment kDistinctColors on, dark grey for noise.
    static QColor defaultColor(int segment);
    static constexpr int kDistinctColors = core::kDistinctSegmentColors;

    /// A segmentation kept to compare others with (e.g. the demographics solution while trying
    /// the products perspective), with the segment names shown when it was pinned. Cleared when
    /// new data is opened.
    struct Pinned {
        std::shared_ptr<const Segmentation> segmentation;
        QStringList names;
    };
    const Pinned* pinned() const { return m_pinned.segmentation ? &m_pinned : nullptr; }
    /// Pins the current segmentation (no-op without one).
    void pinCurrent();

    // --- linked selection (table rows) --------------------------------------------------------
    const RowSelection& selection() const { return *m_selection; }
    std::shared_ptr<const RowSelection> selectionPtr() const { return m_selection; }
    /// The selected table rows, ascending and distinct.
    const std::vector<qint64>& selectedRows() const { return m_selection->rows(); }
    /// Replaces the selection with one built elsewhere (on a worker: SelectionController).
    void setSelection(std::shared_ptr<const RowSelection> selection);
    /// Replaces the selection with `rows` (any order), built here: for a few rows.
    void setSelectedRows(std::vector<qint64> rows);

signals:
    void dataChanged();
    void recipeChanged(const QString& column); ///< empty = many columns changed
    void sweepChanged();
    void segmentationChanged();
    void segmentStyleChanged(); ///< names or colours
    void displayChanged();      ///< column labels or units
    void selectionChanged();
    void pinnedChanged();

private:
    /// setData without touching where the data came from (m_database).
    void resetData(std::shared_ptr<const core::CsvReadResult> data, const QString& sourcePath,
                   const core::CsvOptions& options, SumColumns sums);

    std::shared_ptr<const core::CsvReadResult> m_data;
    std::vector<core::SumColumn> m_sumColumns;
    QString m_sourcePath;
    std::optional<core::DbSource> m_database;
    core::CsvOptions m_importOptions;
    core::Recipe m_recipe;
    ColumnLabels m_labels;
    std::shared_ptr<const core::SweepResult> m_sweep;
    std::shared_ptr<const Segmentation> m_segmentation;
    QStringList m_names;   ///< user names; empty entry = default name
    QStringList m_actions; ///< recommended actions; empty entry = none
    QVector<QColor> m_colors;
    std::shared_ptr<const RowSelection> m_selection; ///< never null
    Pinned m_pinned;
};

} // namespace gugus::ui
