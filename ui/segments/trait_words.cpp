#include "segments/trait_words.h"

#include "support/format.h"

#include <QStringList>

namespace gugus::ui {

namespace {

QString name(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

QString TraitWords::describe(const core::SegmentTrait& t, const ColumnLabels& labels) {
    const QString column = labels.label(t.column);
    switch (t.kind) {
    case core::TraitKind::High:
        return tr("%1 is high: %2 on average vs %3 for all customers")
            .arg(column, labels.value(t.column, t.value), labels.value(t.column, t.overall));
    case core::TraitKind::Low:
        return tr("%1 is low: %2 on average vs %3 for all customers")
            .arg(column, labels.value(t.column, t.value), labels.value(t.column, t.overall));
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

QString TraitWords::shortLabel(const core::SegmentTrait& t, const ColumnLabels& labels) {
    const QString column = labels.label(t.column);
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

QString TraitWords::flag(const core::SegmentFlag& f, const ColumnLabels& labels) {
    const QString column = labels.label(f.column);
    switch (f.kind) {
    case core::SegmentFlagKind::OneCategory:
        return tr("defined by one category: %1 is %2 for %3 of the segment (%4 of all customers)")
            .arg(column, name(f.category), formatPercent(f.share), formatPercent(f.overall));
    case core::SegmentFlagKind::MostlyImputed:
        return tr("mostly imputed %1: missing for %2 of the segment (%3 of all customers), "
                  "filled in before clustering")
            .arg(column, formatPercent(f.share), formatPercent(f.overall));
    }
    return column;
}

QString TraitWords::flagsShort(const std::vector<core::SegmentFlag>& flags) {
    QStringList words;
    for (const auto& f : flags) {
        const QString w = f.kind == core::SegmentFlagKind::OneCategory ? tr("one category")
                                                                       : tr("mostly imputed");
        if (!words.contains(w)) {
            words << w;
        }
    }
    return words.join(QStringLiteral(", "));
}

QString TraitWords::suggestedName(const core::ProfileResult& profile,
                                  const core::SegmentProfile& segment, const ColumnLabels& labels) {
    QStringList parts;
    for (const auto& t : core::distinctiveTraits(profile, segment, 2)) {
        parts << shortLabel(t, labels);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace gugus::ui
