#include "segments/segment_cards.h"

#include "segments/trait_words.h"
#include "state/document.h"
#include "support/format.h"
#include "support/live_update.h"

#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gugus::ui {

namespace {

constexpr int kTraitsPerCard = 5;

/// K-Medoids: the segment's medoid, a real customer, as "column: value" over the clustered
/// columns (missing values say so).
QString typicalCustomer(const core::Table& table, const core::SegmentationResult& r,
                        const std::vector<std::int64_t>& medoids, int segment,
                        const ColumnLabels& labels) {
    const std::int64_t row = medoids[std::size_t(segment)];
    QStringList parts;
    for (const auto& fc : r.recipe.columns()) {
        const auto index = table.indexOf(fc.spec.name);
        if (!index) {
            continue;
        }
        const core::Column& col = table.column(*index);
        QString value;
        if (col.isMissing(row)) {
            value = SegmentCards::tr("missing");
        } else if (col.isNumericLike()) {
            value = labels.value(fc.spec.name, col.values()[std::size_t(row)]);
        } else {
            value = QString::fromStdString(col.toText(row));
        }
        parts << QStringLiteral("%1: %2").arg(labels.label(fc.spec.name), value).toHtmlEscaped();
    }
    return SegmentCards::tr("A typical customer of this segment (row %L1, the medoid): %2")
        .arg(row + 1)
        .arg(parts.join(QStringLiteral("; ")));
}

} // namespace

SegmentCards::SegmentCards(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_useNames(new QPushButton(this)),
      m_text(new QTextBrowser(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_useNames, 0, Qt::AlignLeft);
    layout->addWidget(m_text, 1);
    connect(m_useNames, &QPushButton::clicked, this, &SegmentCards::useSuggestedNames);
    followSegmentation(this, document, [this] { refresh(); });
    refresh();
}

QString SegmentCards::describe(const core::SegmentTrait& trait) const {
    return TraitWords::describe(trait, m_document->columnLabels());
}

QString SegmentCards::shortLabel(const core::SegmentTrait& trait) const {
    return TraitWords::shortLabel(trait, m_document->columnLabels());
}

QStringList SegmentCards::suggestedNames() const {
    QStringList names;
    const Segmentation* seg = m_document->segmentation();
    if (!seg) {
        return names;
    }
    for (const auto& s : seg->result.profile.segments) {
        if (s.segment < 0) {
            continue;
        }
        const QString suggested =
            TraitWords::suggestedName(seg->result.profile, s, m_document->columnLabels());
        names << (suggested.isEmpty() ? m_document->segmentName(s.segment) : suggested);
    }
    return names;
}

void SegmentCards::useSuggestedNames() {
    const QStringList names = suggestedNames();
    for (int s = 0; s < names.size(); ++s) {
        m_document->setSegmentName(s, names[s]);
    }
}

QString SegmentCards::html() const {
    return m_text->toHtml();
}

void SegmentCards::refresh() {
    m_useNames->setText(tr("Use suggested names"));
    m_useNames->setToolTip(
        tr("Name every segment after its two most distinctive characteristics; names stay "
           "editable in the segment list"));
    const Segmentation* seg = m_document->segmentation();
    m_useNames->setEnabled(seg != nullptr);
    if (!seg) {
        m_text->setHtml(tr("<p>Run a segmentation to read each segment in words.</p>"));
        return;
    }
    const auto& profile = seg->result.profile;
    const auto risks = core::riskColumns(profile);
    const ColumnLabels& labels = m_document->columnLabels();
    const QStringList suggested = suggestedNames();
    const std::vector<std::int64_t> medoids = seg->result.algorithm == core::Algorithm::KMedoids
                                                  ? core::medoidTableRows(seg->result)
                                                  : std::vector<std::int64_t>{};
    QString html;
    for (const auto& s : profile.segments) {
        const QColor color = m_document->segmentColor(s.segment);
        html += QStringLiteral("<h3><span style=\"color:%1\">&#9632;</span> %2</h3>")
                    .arg(color.name(), m_document->segmentName(s.segment).toHtmlEscaped());
        html += QStringLiteral("<p>") +
                tr("%L1 customers (%2 of all)").arg(s.size).arg(formatPercent(s.share));
        if (s.segment >= 0 && s.segment < suggested.size()) {
            html += QStringLiteral(" — ") +
                    tr("suggested name: <i>%1</i>").arg(suggested[s.segment].toHtmlEscaped());
        }
        html += QStringLiteral("</p>");
        for (const auto& f : core::segmentFlags(profile, s)) {
            html += QStringLiteral("<p style=\"color:#b04000\">&#9888; ") +
                    tr("Read with care: %1").arg(TraitWords::flag(f, labels).toHtmlEscaped()) +
                    QStringLiteral("</p>");
        }
        html += QStringLiteral("<ul>");
        const auto traits = core::distinctiveTraits(profile, s, kTraitsPerCard);
        if (traits.empty()) {
            html += QStringLiteral("<li>") + tr("close to the average customer on every column") +
                    QStringLiteral("</li>");
        }
        for (const auto& t : traits) {
            html += QStringLiteral("<li>") + describe(t).toHtmlEscaped() + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
        if (s.segment >= 0 && std::size_t(s.segment) < medoids.size()) {
            html += QStringLiteral("<p>") +
                    typicalCustomer(m_document->table(), seg->result, medoids, s.segment, labels) +
                    QStringLiteral("</p>");
        }
        for (const auto& risk : risks) {
            const auto it = std::find(profile.columns.begin(), profile.columns.end(), risk);
            const std::size_t c = std::size_t(it - profile.columns.begin());
            const auto& p = s.columns[c];
            const auto& all = profile.overall[c];
            const bool flag = p.type == core::ColumnType::Binary;
            html += QStringLiteral("<p>") +
                    tr("Risk — %1: %2 vs %3 for all customers")
                        .arg(labels.label(risk).toHtmlEscaped(),
                             flag ? formatPercent(p.rate) : labels.value(risk, p.mean),
                             flag ? formatPercent(all.rate) : labels.value(risk, all.mean)) +
                    QStringLiteral("</p>");
        }
    }
    m_text->setHtml(html);
}

} // namespace gugus::ui
