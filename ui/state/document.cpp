#include "state/document.h"

#include "support/app_paths.h"
#include "support/drop_later.h"

#include <QFileInfo>

#include <utility>

namespace gugus::ui {

namespace {

/// Both segmentations were built from the same recipe (features, encodings, scaling).
bool sameFeatures(const Segmentation* a, const Segmentation* b) {
    return a && b &&
           core::recipeToJson(a->result.recipe.recipe()) ==
               core::recipeToJson(b->result.recipe.recipe());
}

} // namespace

Document::Document(QObject* parent)
    : QObject(parent), m_selection(std::make_shared<const RowSelection>()) {}

void Document::setData(std::shared_ptr<const core::CsvReadResult> data, const QString& sourcePath,
                       const core::CsvOptions& options, SumColumns sums) {
    m_database.reset();
    resetData(std::move(data), sourcePath, options, std::move(sums));
}

void Document::resetData(std::shared_ptr<const core::CsvReadResult> data, const QString& sourcePath,
                         const core::CsvOptions& options, SumColumns sums) {
    // The old values are let go on a worker once every view has turned to the new ones.
    auto oldData = std::exchange(m_data, std::move(data));
    if (!sums && m_data) {
        sums = core::findSumColumns(m_data->table);
    }
    m_sumColumns = sums ? std::move(*sums) : std::vector<core::SumColumn>{};
    auto oldSweep = std::exchange(m_sweep, nullptr);
    auto oldSegmentation = std::exchange(m_segmentation, nullptr);
    auto oldPinned = std::exchange(m_pinned.segmentation, nullptr);
    m_sourcePath = sourcePath;
    m_importOptions = options;
    m_recipe = m_data ? core::Recipe::defaults(m_data->table) : core::Recipe{};
    m_labels = {};
    m_names.clear();
    m_actions.clear();
    m_colors.clear();
    auto oldSelection = std::exchange(m_selection, std::make_shared<const RowSelection>());
    m_pinned = {};
    emit dataChanged();
    emit recipeChanged(QString());
    emit sweepChanged();
    emit segmentationChanged();
    emit selectionChanged();
    emit pinnedChanged();
    emit displayChanged();
    dropOffGuiThread(std::move(oldData));
    dropOffGuiThread(std::move(oldSweep));
    dropOffGuiThread(std::move(oldSegmentation));
    dropOffGuiThread(std::move(oldPinned));
    dropOffGuiThread(std::move(oldSelection));
}

void Document::setDatabaseData(std::shared_ptr<const core::CsvReadResult> data,
                               const core::DbSource& source, const core::CsvOptions& options,
                               SumColumns sums) {
    core::DbSource kept = source;
    kept.password.clear();
    // Kept before setData, whose signals tell every view: they may ask where the data came from.
    const QString url = QString::fromStdString(core::dbUrl(kept));
    m_database = kept;
    resetData(std::move(data), url, options, std::move(sums));
}

QStringList Document::inputPaths() const {
    if (m_database && m_database->kind == core::DbKind::Sqlite) {
        return {QString::fromStdString(m_database->path)};
    }
    return {m_sourcePath};
}

void Document::replaceColumn(std::shared_ptr<const core::CsvReadResult> data,
                             const std::string& column, core::ColumnType type, SumColumns sums) {
    core::Recipe recipe = m_recipe;
    const core::Recipe fresh = core::Recipe::defaults(data->table);
    if (auto* spec = recipe.find(column)) {
        if (const auto* def = fresh.find(column)) {
            const std::string group = spec->group;
            *spec = *def;
            spec->group = group;
        }
    }
    const QString path = m_sourcePath;
    core::CsvOptions options = m_importOptions;
    std::erase_if(options.forcedTypes, [&](const auto& forced) { return forced.first == column; });
    options.forcedTypes.emplace_back(column, type);
    const core::ColumnDisplays displays = m_labels.displays();
    resetData(std::move(data), path, options, std::move(sums)); // the same source
    m_recipe = std::move(recipe);
    emit recipeChanged(QString());
    setColumnDisplays(displays);
}

void Document::setColumnDisplay(const std::string& column, const core::ColumnDisplay& display) {
    core::ColumnDisplays displays = m_labels.displays();
    if (display.isDefault()) {
        displays.erase(column);
    } else {
        displays[column] = display;
    }
    if (displays != m_labels.displays()) {
        m_labels = ColumnLabels(std::move(displays));
        emit displayChanged();
    }
}

void Document::setColumnDisplays(const core::ColumnDisplays& displays) {
    core::ColumnDisplays kept;
    for (const auto& [column, display] : displays) {
        if (table().indexOf(column) && !display.isDefault()) {
            kept.emplace(column, display);
        }
    }
    m_labels = ColumnLabels(std::move(kept));
    emit displayChanged();
}

const core::Table& Document::table() const {
    static const core::Table empty;
    return m_data ? m_data->table : empty;
}

QString Document::sourceName() const {
    if (isBundledSample(m_sourcePath)) {
        return tr("FundFusion-style sample");
    }
    if (m_database) {
        return m_database->kind == core::DbKind::Sqlite
                   ? tr("query on %1")
                         .arg(QFileInfo(QString::fromStdString(m_database->path)).fileName())
                   : tr("query on %1").arg(m_sourcePath);
    }
    return QFileInfo(m_sourcePath).fileName();
}

void Document::setColumnSpec(const core::ColumnSpec& spec) {
    if (auto* existing = m_recipe.find(spec.name)) {
        *existing = spec;
        emit recipeChanged(QString::fromStdString(spec.name));
    }
}

void Document::setRecipe(core::Recipe recipe) {
    m_recipe = std::move(recipe);
    emit recipeChanged(QString());
}

QStringList Document::groups() const {
    QStringList out;
    for (const auto& c : m_recipe.columns) {
        const QString g = QString::fromStdString(c.group);
        if (!g.isEmpty() && !out.contains(g)) {
            out << g;
        }
    }
    return out;
}

void Document::setSweep(std::shared_ptr<const core::SweepResult> sweep) {
    m_sweep = std::move(sweep);
    emit sweepChanged();
}

void Document::setSegmentation(std::shared_ptr<const Segmentation> segmentation) {
    const int oldK = segmentCount();
    const bool otherFeatures = !sameFeatures(m_segmentation.get(), segmentation.get());
    auto old = std::exchange(m_segmentation, std::move(segmentation));
    if (otherFeatures) {
        // Segments of other features are other groups: names, colours and actions written for
        // the old ones would mislabel them. A re-cut or re-run on the same features keeps them.
        m_colors.clear();
    }
    if (otherFeatures || segmentCount() != oldK) {
        m_names.clear(); // a new number of segments: the old names no longer fit
        m_actions.clear();
    }
    emit segmentationChanged();
    emit segmentStyleChanged();
    dropOffGuiThread(std::move(old)); // a million customers' matrix, scores and map
}

int Document::segmentCount() const {
    return m_segmentation ? m_segmentation->result.k : 0;
}

QString Document::segmentName(int segment) const {
    if (segment < 0) {
        return tr("Atypical customers");
    }
    if (segment < m_names.size() && !m_names[segment].isEmpty()) {
        return m_names[segment];
    }
    return tr("Segment %1").arg(segment + 1);
}

QColor Document::segmentColor(int segment) const {
    if (segment >= 0 && segment < m_colors.size() && m_colors[segment].isValid()) {
        return m_colors[segment];
    }
    return defaultColor(segment);
}

void Document::setSegmentAction(int segment, const QString& action) {
    if (segment < 0) {
        return;
    }
    while (m_actions.size() <= segment) {
        m_actions << QString();
    }
    m_actions[segment] = action.trimmed();
    emit segmentStyleChanged();
}

void Document::setSegmentName(int segment, const QString& name) {
    if (segment < 0) {
        return;
    }
    while (m_names.size() <= segment) {
        m_names << QString();
    }
    m_names[segment] = name.trimmed();
    emit segmentStyleChanged();
}

void Document::setSegmentColor(int segment, const QColor& color) {
    if (segment < 0) {
        return;
    }
    while (m_colors.size() <= segment) {
        m_colors << QColor();
    }
    m_colors[segment] = color;
    emit segmentStyleChanged();
}

QColor Document::defaultColor(int segment) {
    return QColor(QString::fromStdString(core::defaultSegmentColor(segment)));
}

void Document::setSelection(std::shared_ptr<const RowSelection> selection) {
    auto old = std::exchange(m_selection, selection ? std::move(selection)
                                                    : std::make_shared<const RowSelection>());
    emit selectionChanged();
    dropOffGuiThread(std::move(old));
}

void Document::setSelectedRows(std::vector<qint64> rows) {
    setSelection(std::make_shared<const RowSelection>(std::move(rows),
                                                      m_data ? m_data->table.rowCount() : 0));
}

void Document::pinCurrent() {
    if (!m_segmentation) {
        return;
    }
    m_pinned.segmentation = m_segmentation;
    m_pinned.names.clear();
    for (int s = 0; s < segmentCount(); ++s) {
        m_pinned.names << segmentName(s);
    }
    emit pinnedChanged();
}

MapPoints mapPointsOf(const Segmentation& segmentation) {
    const auto& scores = segmentation.pca.scores;
    if (scores.cols() < 2) {
        return {};
    }
    return MapPoints::build(scores.col(0), scores.col(1), segmentation.result.partition.labels,
                            segmentation.result.k, segmentation.options.kmeans.seed);
}

} // namespace gugus::ui
