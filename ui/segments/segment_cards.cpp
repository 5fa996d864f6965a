#include "segments/segment_cards.h"

#include "state/document.h"
#include "support/format.h"
#include "support/live_update.h"

#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gugus::ui {

namespace {

constexpr int kTraitsPerCard = 5;

QString name(const std::string& text) {
    return QString::fromStdString(text);
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

QString SegmentCards::describe(const core::SegmentTrait& t) {
    const QString column = name(t.column);
    switch (t.kind) {
    case core::TraitKind::High:
        return tr("%1 is high: %2 on average vs %3 for all customers")
            .arg(column, formatNumber(t.value), formatNumber(t.overall));
    case core::TraitKind::Low:
        return tr("%1 is low: %2 on average vs %3 for all customers")
            .arg(column, formatNumber(t.value), formatNumber(t.overall));
    case core::TraitKind::Category:
        return tr("%1 is %2 for %3 of the segment vs %4 of all customers")
            .arg(column, name(t.category), formatPercent(t.value), formatPercent(t.overall));
    case core::TraitKind::Owns:
        return tr("owns %1 more often: %2 vs %3 of all customers")
            .arg(column, formatPercent(t.value), formatPercent(t.overall));
    case core::TraitKind::Lacks:
        return tr("owns %1 less often: %2 vs %3 of all customers")
            .arg(column, formatPercent(t.value), formatPercent(t.overall));
    }
    return column;
}

QString SegmentCards::shortLabel(const core::SegmentTrait& t) {
    const QString column = name(t.column);
    switch (t.kind) {
    case core::TraitKind::High:
        return tr("High %1").arg(column);
    case core::TraitKind::Low:
        return tr("Low %1").arg(column);
    case core::TraitKind::Category:
        return name(t.category);
    case core::TraitKind::Owns:
        return tr("%1 owners").arg(column);
    case core::TraitKind::Lacks:
        return tr("Without %1").arg(column);
    }
    return column;
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
        QStringList parts;
        for (const auto& t : core::distinctiveTraits(seg->result.profile, s, 2)) {
            parts << shortLabel(t);
        }
        names << (parts.isEmpty() ? m_document->segmentName(s.segment)
                                  : parts.join(QStringLiteral(" · ")));
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
    const QStringList suggested = suggestedNames();
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
        html += QStringLiteral("</p><ul>");
        const auto traits = core::distinctiveTraits(profile, s, kTraitsPerCard);
        if (traits.empty()) {
            html += QStringLiteral("<li>") + tr("close to the average customer on every column") +
                    QStringLiteral("</li>");
        }
        for (const auto& t : traits) {
            html += QStringLiteral("<li>") + describe(t).toHtmlEscaped() + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
        for (const auto& risk : risks) {
            const auto it = std::find(profile.columns.begin(), profile.columns.end(), risk);
            const std::size_t c = std::size_t(it - profile.columns.begin());
            const auto& p = s.columns[c];
            const auto& all = profile.overall[c];
            const bool flag = p.type == core::ColumnType::Binary;
            html += QStringLiteral("<p>") +
                    tr("Risk — %1: %2 vs %3 for all customers")
                        .arg(name(risk).toHtmlEscaped(),
                             flag ? formatPercent(p.rate) : formatNumber(p.mean),
                             flag ? formatPercent(all.rate) : formatNumber(all.mean)) +
                    QStringLiteral("</p>");
        }
    }
    m_text->setHtml(html);
}

} // namespace gugus::ui
