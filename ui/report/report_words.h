#pragma once

#include "report/report_content.h"
#include "report/report_text.h"

#include <QPair>
#include <QString>
#include <QVector>

/// The report's sentences and labels for the engine's facts, in the report's language: traits,
/// the silhouette rating, recipe and algorithm settings. Shared by every format.
namespace gugus::report::words {

/// "Usia is high: 52 on average vs 41 for all customers".
QString trait(const ReportText& t, const core::SegmentTrait& trait);
/// "Strong structure" ...
QString rating(const ReportText& t, core::SilhouetteRating rating);
/// What the rating means for the reader, one sentence.
QString ratingMeaning(const ReportText& t, core::SilhouetteRating rating);
/// "Debt ratio: 0.41 vs 0.30 for all customers".
QString risk(const ReportText& t, const core::RiskIndicator& risk);
/// "Usia" or "Area = Solo".
QString profileRow(const ReportText& t, const core::ProfileRow& row);

QString algorithm(const ReportText& t, core::Algorithm algorithm);
QString role(const ReportText& t, core::Role role);
QString columnType(const ReportText& t, core::ColumnType type);
QString imputation(const ReportText& t, core::Imputation imputation);
QString encoding(const ReportText& t, core::Encoding encoding);
QString transform(const ReportText& t, core::Transform transform);
QString scaling(const ReportText& t, core::Scaling scaling);
/// A column group: the recipe's guessed groups ("Products", "Demographics" ...) in words, a
/// group the analyst named as it is.
QString group(const ReportText& t, const std::string& key);
/// The label of an algorithm option ("Restarts (n_init)").
QString optionLabel(const ReportText& t, const std::string& key);
/// Its value: a number in the locale, or a machine key in words.
QString optionValue(const ReportText& t, const core::MethodOption& option);
/// A fitted recipe's warning key ("constant:Usia") in words.
QString warning(const ReportText& t, const std::string& key);
/// The recipe's row filters, "Area=Jakarta; Usia>=30".
QString joinedFilters(const std::vector<std::string>& filters);
/// The fitted outlier rules: "Usia: |z| >= 3, drop (38.2 ± 11.0)"; one per line.
QString outlierRules(const ReportText& t, const std::vector<core::FittedOutlier>& rules);
/// "yes" / "no".
QString yesNo(const ReportText& t, bool yes);
/// The method appendix's rows about the reduction before clustering (label, value): what ran,
/// how many components were kept and their share of the variance, the rule that chose them,
/// whitening and the reconstruction error; one row "none" when the clustering saw the prepared
/// features. Shared by the PDF/HTML and the XLSX method pages.
QVector<QPair<QString, QString>> reductionRows(const ReportText& t,
                                               const std::optional<core::MethodReduction>& r);

} // namespace gugus::report::words
