#include "report/report_words.h"

#include "data/duplicate_ids.h"

#include <QPair>
#include <QStringList>
#include <QVector>

#include <map>

namespace gugus::report::words {

namespace {

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

QString trait(const ReportText& t, const core::SegmentTrait& x) {
    const QString column = t.column(x.column);
    switch (x.kind) {
    case core::TraitKind::High:
        return t
            .t(QT_TRANSLATE_NOOP("gugus::report",
                                 "%1 is high: %2 on average vs %3 for all customers"))
            .arg(column, t.value(x.column, x.value), t.value(x.column, x.overall));
    case core::TraitKind::Low:
        return t
            .t(QT_TRANSLATE_NOOP("gugus::report",
                                 "%1 is low: %2 on average vs %3 for all customers"))
            .arg(column, t.value(x.column, x.value), t.value(x.column, x.overall));
    case core::TraitKind::Category:
        return t
            .t(QT_TRANSLATE_NOOP("gugus::report",
                                 "%1 is %2 for %3 of the segment vs %4 of all customers"))
            .arg(column, str(x.category), t.percent(x.value), t.percent(x.overall));
    case core::TraitKind::Owns:
        return t
            .t(QT_TRANSLATE_NOOP("gugus::report", "owns %1 more often: %2 vs %3 of all customers"))
            .arg(column, t.percent(x.value), t.percent(x.overall));
    case core::TraitKind::Lacks:
        return t
            .t(QT_TRANSLATE_NOOP("gugus::report", "owns %1 less often: %2 vs %3 of all customers"))
            .arg(column, t.percent(x.value), t.percent(x.overall));
    }
    return column;
}

QString rating(const ReportText& t, core::SilhouetteRating r) {
    switch (r) {
    case core::SilhouetteRating::Strong:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "strong structure"));
    case core::SilhouetteRating::Reasonable:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "reasonable structure"));
    case core::SilhouetteRating::Weak:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "weak structure"));
    case core::SilhouetteRating::None:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "no substantial structure"));
    }
    return {};
}

QString ratingMeaning(const ReportText& t, core::SilhouetteRating r) {
    switch (r) {
    case core::SilhouetteRating::Strong:
        return t.t(QT_TRANSLATE_NOOP("gugus::report",
                                     "The segments are clearly apart: customers sit much closer to "
                                     "their own segment than to any other."));
    case core::SilhouetteRating::Reasonable:
        return t.t(QT_TRANSLATE_NOOP("gugus::report",
                                     "The segments are distinct, with some customers near the "
                                     "borders between them."));
    case core::SilhouetteRating::Weak:
        return t.t(QT_TRANSLATE_NOOP("gugus::report",
                                     "The segments overlap: they are useful groupings for "
                                     "planning, but many customers sit between two segments."));
    case core::SilhouetteRating::None:
        return t.t(QT_TRANSLATE_NOOP("gugus::report",
                                     "The data show no clear groups: treat the segments as a "
                                     "convenient split of a continuum, not as distinct types of "
                                     "customer."));
    }
    return {};
}

QString risk(const ReportText& t, const core::RiskIndicator& r) {
    const QString value = r.binary ? t.percent(r.value) : t.value(r.column, r.value);
    const QString overall = r.binary ? t.percent(r.overall) : t.value(r.column, r.overall);
    return t.t(QT_TRANSLATE_NOOP("gugus::report", "%1: %2 vs %3 for all customers"))
        .arg(t.column(r.column), value, overall);
}

QString profileRow(const ReportText& t, const core::ProfileRow& row) {
    return row.category.empty()
               ? t.column(row.column)
               : QStringLiteral("%1 = %2").arg(t.column(row.column), str(row.category));
}

QString algorithm(const ReportText& t, core::Algorithm a) {
    switch (a) {
    case core::Algorithm::KMeans:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "K-Means"));
    case core::Algorithm::Hierarchical:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "Hierarchical (agglomerative)"));
    case core::Algorithm::Dbscan:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "DBSCAN (density-based)"));
    case core::Algorithm::KMedoids:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "K-Medoids (FasterPAM)"));
    case core::Algorithm::Gmm:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "Gaussian mixture (EM)"));
    }
    return {};
}

QString role(const ReportText& t, core::Role r) {
    switch (r) {
    case core::Role::Feature:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "segmented on"));
    case core::Role::ProfileOnly:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "described only"));
    case core::Role::Id:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "customer id"));
    case core::Role::Ignore:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "left out"));
    }
    return {};
}

QString columnType(const ReportText& t, core::ColumnType type) {
    switch (type) {
    case core::ColumnType::Numeric:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "number"));
    case core::ColumnType::Binary:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "yes/no"));
    case core::ColumnType::Categorical:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "category"));
    case core::ColumnType::Id:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "text"));
    }
    return {};
}

QString imputation(const ReportText& t, core::Imputation i) {
    switch (i) {
    case core::Imputation::Mean:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "mean"));
    case core::Imputation::Median:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "median"));
    case core::Imputation::MostFrequent:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "most frequent"));
    case core::Imputation::Constant:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "constant"));
    case core::Imputation::DropRows:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "drop the row"));
    }
    return {};
}

QString encoding(const ReportText& t, core::Encoding e) {
    return e == core::Encoding::OneHot ? t.t(QT_TRANSLATE_NOOP("gugus::report", "one-hot"))
                                       : t.t(QT_TRANSLATE_NOOP("gugus::report", "ordinal"));
}

QString transform(const ReportText& t, core::Transform x) {
    return x == core::Transform::Log1p ? t.t(QT_TRANSLATE_NOOP("gugus::report", "log(1 + x)"))
                                       : t.t(QT_TRANSLATE_NOOP("gugus::report", "none"));
}

QString scaling(const ReportText& t, core::Scaling s) {
    switch (s) {
    case core::Scaling::Standard:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "standard (z-score)"));
    case core::Scaling::MinMax:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "min-max"));
    case core::Scaling::Robust:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "robust (median, IQR)"));
    case core::Scaling::None:
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "none"));
    }
    return {};
}

QString group(const ReportText& t, const std::string& key) {
    static const std::map<std::string, const char*> kGroups = {
        {"Demographics", QT_TRANSLATE_NOOP("gugus::report", "Demographics")},
        {"Products", QT_TRANSLATE_NOOP("gugus::report", "Products")},
        {"Money", QT_TRANSLATE_NOOP("gugus::report", "Money")},
        {"Behaviour", QT_TRANSLATE_NOOP("gugus::report", "Behaviour")},
        {"Other", QT_TRANSLATE_NOOP("gugus::report", "Other")},
        {"Id", QT_TRANSLATE_NOOP("gugus::report", "Identifier")},
    };
    const auto it = kGroups.find(key);
    return it == kGroups.end() ? str(key) : t.t(it->second);
}

QString optionLabel(const ReportText& t, const std::string& key) {
    static const std::map<std::string, const char*> kLabels = {
        {"k_mode", QT_TRANSLATE_NOOP("gugus::report", "Number of segments chosen")},
        {"k", QT_TRANSLATE_NOOP("gugus::report", "Number of segments (k)")},
        {"k_min", QT_TRANSLATE_NOOP("gugus::report", "Smallest k tried")},
        {"k_max", QT_TRANSLATE_NOOP("gugus::report", "Largest k tried")},
        {"k_reason", QT_TRANSLATE_NOOP("gugus::report", "Why this k")},
        {"cut_height", QT_TRANSLATE_NOOP("gugus::report", "Cut height of the tree")},
        {"kmeans_algorithm", QT_TRANSLATE_NOOP("gugus::report", "K-Means variant")},
        {"init", QT_TRANSLATE_NOOP("gugus::report", "Initialisation")},
        {"n_init", QT_TRANSLATE_NOOP("gugus::report", "Restarts (n_init)")},
        {"max_iter", QT_TRANSLATE_NOOP("gugus::report", "Iteration limit (max_iter)")},
        {"tol", QT_TRANSLATE_NOOP("gugus::report", "Tolerance (tol)")},
        {"batch_size", QT_TRANSLATE_NOOP("gugus::report", "Rows per mini-batch")},
        {"iterations", QT_TRANSLATE_NOOP("gugus::report", "Iterations of the best run")},
        {"converged", QT_TRANSLATE_NOOP("gugus::report", "Converged")},
        {"linkage", QT_TRANSLATE_NOOP("gugus::report", "Linkage")},
        {"metric", QT_TRANSLATE_NOOP("gugus::report", "Distance")},
        {"eps", QT_TRANSLATE_NOOP("gugus::report", "Neighbourhood radius (eps)")},
        {"min_samples", QT_TRANSLATE_NOOP("gugus::report", "Minimum neighbours (min_samples)")},
        {"core_rows", QT_TRANSLATE_NOOP("gugus::report", "Core customers")},
        {"total_deviation",
         QT_TRANSLATE_NOOP("gugus::report", "Total distance of customers to their medoid")},
        {"covariance", QT_TRANSLATE_NOOP("gugus::report", "Covariance shape")},
        {"reg_covar", QT_TRANSLATE_NOOP("gugus::report", "Regularisation (reg_covar)")},
        {"log_likelihood", QT_TRANSLATE_NOOP("gugus::report", "Mean log-likelihood per customer")},
        {"bic", QT_TRANSLATE_NOOP("gugus::report", "BIC (lower is better)")},
        {"aic", QT_TRANSLATE_NOOP("gugus::report", "AIC (lower is better)")},
        {"silhouette_mode", QT_TRANSLATE_NOOP("gugus::report", "Silhouette computation")},
        {"silhouette_exact_limit",
         QT_TRANSLATE_NOOP("gugus::report", "Exact silhouette up to (rows)")},
        {"silhouette_sample_size", QT_TRANSLATE_NOOP("gugus::report", "Silhouette sample size")},
    };
    const auto it = kLabels.find(key);
    return it == kLabels.end() ? str(key) : t.t(it->second);
}

QString optionValue(const ReportText& t, const core::MethodOption& o) {
    if (o.text.empty()) {
        return t.number(o.number, 6);
    }
    static const std::map<std::string, const char*> kValues = {
        {"fixed", QT_TRANSLATE_NOOP("gugus::report", "set by the analyst")},
        {"auto", QT_TRANSLATE_NOOP("gugus::report", "by a sweep over k")},
        {"height", QT_TRANSLATE_NOOP("gugus::report", "by a cut height")},
        {"found", QT_TRANSLATE_NOOP("gugus::report", "found by the algorithm")},
        {"knee-agrees-with-silhouette",
         QT_TRANSLATE_NOOP("gugus::report", "the elbow, confirmed by the silhouette")},
        {"best-silhouette", QT_TRANSLATE_NOOP("gugus::report", "the best silhouette")},
        {"knee", QT_TRANSLATE_NOOP("gugus::report", "the elbow of the curve")},
        {"lloyd", QT_TRANSLATE_NOOP("gugus::report", "Lloyd")},
        {"elkan", QT_TRANSLATE_NOOP("gugus::report", "Elkan")},
        {"minibatch", QT_TRANSLATE_NOOP("gugus::report", "Mini-batch")},
        {"k-means++", QT_TRANSLATE_NOOP("gugus::report", "k-means++")},
        {"random", QT_TRANSLATE_NOOP("gugus::report", "random rows")},
        {"given", QT_TRANSLATE_NOOP("gugus::report", "given centres")},
        {"kmeans", QT_TRANSLATE_NOOP("gugus::report", "a K-Means run")},
        {"full", QT_TRANSLATE_NOOP("gugus::report", "full")},
        {"diag", QT_TRANSLATE_NOOP("gugus::report", "diagonal")},
        {"spherical", QT_TRANSLATE_NOOP("gugus::report", "spherical")},
        {"tied", QT_TRANSLATE_NOOP("gugus::report", "tied (shared)")},
        {"yes", QT_TRANSLATE_NOOP("gugus::report", "yes")},
        {"no", QT_TRANSLATE_NOOP("gugus::report", "no")},
        {"ward", QT_TRANSLATE_NOOP("gugus::report", "Ward")},
        {"complete", QT_TRANSLATE_NOOP("gugus::report", "complete")},
        {"average", QT_TRANSLATE_NOOP("gugus::report", "average")},
        {"single", QT_TRANSLATE_NOOP("gugus::report", "single")},
        {"weighted", QT_TRANSLATE_NOOP("gugus::report", "weighted")},
        {"euclidean", QT_TRANSLATE_NOOP("gugus::report", "Euclidean")},
        {"manhattan", QT_TRANSLATE_NOOP("gugus::report", "Manhattan")},
        {"cosine", QT_TRANSLATE_NOOP("gugus::report", "cosine")},
        {"gower", QT_TRANSLATE_NOOP("gugus::report", "Gower (mixed columns)")},
        {"build", QT_TRANSLATE_NOOP("gugus::report", "BUILD (greedy)")},
        {"exact", QT_TRANSLATE_NOOP("gugus::report", "exact")},
        {"sampled", QT_TRANSLATE_NOOP("gugus::report", "on a sample")},
    };
    if (o.key == "silhouette_mode" && o.text == "auto") {
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "automatic (exact up to the limit)"));
    }
    const auto it = kValues.find(o.text);
    return it == kValues.end() ? str(o.text) : t.t(it->second);
}

QString warning(const ReportText& t, const std::string& key) {
    const auto colon = key.find(':');
    const QString kind = str(key.substr(0, colon));
    const QString subject = colon == std::string::npos ? QString() : str(key.substr(colon + 1));
    if (kind == QLatin1String("constant")) {
        return t
            .t(QT_TRANSLATE_NOOP("gugus::report",
                                 "%1 has the same value for every customer; it cannot "
                                 "separate segments."))
            .arg(subject);
    }
    if (kind == QLatin1String("unseen")) {
        return t.t(QT_TRANSLATE_NOOP("gugus::report", "%1: a category not seen in training."))
            .arg(subject);
    }
    if (const auto d = core::DuplicateIds::fromWarningKey(key)) {
        return t
            .t(QT_TRANSLATE_NOOP("gugus::report",
                                 "%1 has %2 distinct ids in %3 rows: some customers appear more "
                                 "than once, so segment sizes count rows, not customers."))
            .arg(t.column(d->column), t.integer(d->distinct), t.integer(d->values));
    }
    return str(key);
}

QString joinedFilters(const std::vector<std::string>& filters) {
    QStringList out;
    for (const auto& f : filters) {
        out << str(f);
    }
    return out.join(QStringLiteral("; "));
}

QString outlierRules(const ReportText& t, const std::vector<core::FittedOutlier>& rules) {
    QStringList out;
    for (const core::FittedOutlier& f : rules) {
        const QString action = f.rule.action == core::OutlierAction::Drop
                                   ? t.t(QT_TRANSLATE_NOOP("gugus::report", "drop"))
                                   : t.t(QT_TRANSLATE_NOOP("gugus::report", "clip"));
        const QString test =
            f.rule.method == core::OutlierMethod::ZScore
                ? t.t(QT_TRANSLATE_NOOP("gugus::report", "|z| ≥ %1"))
                      .arg(t.number(f.rule.threshold))
                : t.t(QT_TRANSLATE_NOOP("gugus::report", "outside Q1 − %1 IQR, Q3 + %1 IQR"))
                      .arg(t.number(f.rule.threshold));
        out << t.t(QT_TRANSLATE_NOOP("gugus::report", "%1: %2, %3 (kept within %4 to %5)"))
                   .arg(str(f.rule.column), test, action, t.number(f.low), t.number(f.high));
    }
    return out.join(QStringLiteral("; "));
}

QString yesNo(const ReportText& t, bool yes) {
    return yes ? t.t(QT_TRANSLATE_NOOP("gugus::report", "yes"))
               : t.t(QT_TRANSLATE_NOOP("gugus::report", "no"));
}

QVector<QPair<QString, QString>> reductionRows(const ReportText& t,
                                               const std::optional<core::MethodReduction>& r) {
    const QString label = t.t(QT_TRANSLATE_NOOP("gugus::report", "Reduction before clustering"));
    if (!r) {
        return {{label, t.t(QT_TRANSLATE_NOOP("gugus::report",
                                              "none: clustered on the prepared features"))}};
    }
    QVector<QPair<QString, QString>> rows;
    rows.append(
        {label,
         t.t(QT_TRANSLATE_NOOP("gugus::report", "PCA: clustered on %1 of %2 principal components, "
                                                "which hold %3 of the variance"))
             .arg(t.integer(r->kept), t.integer(r->found), t.percent(r->varianceShare))});
    rows.append({t.t(QT_TRANSLATE_NOOP("gugus::report", "Components chosen")),
                 r->requested > 0
                     ? t.t(QT_TRANSLATE_NOOP("gugus::report", "set by the analyst (%1)"))
                           .arg(t.integer(r->requested))
                     : t.t(QT_TRANSLATE_NOOP("gugus::report",
                                             "the fewest holding more than %1 of the variance"))
                           .arg(t.percent(r->targetShare, 0))});
    rows.append(
        {t.t(QT_TRANSLATE_NOOP("gugus::report", "Components whitened")), yesNo(t, r->whiten)});
    rows.append({t.t(QT_TRANSLATE_NOOP("gugus::report",
                                       "Reconstruction error (mean squared, scaled features)")),
                 t.number(r->reconstructionMse, 4)});
    return rows;
}

} // namespace gugus::report::words
