#pragma once

#include "pipeline/segmentation.h"
#include "profile/offers.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace gugus::core {

/// Training statistics of one feature column, for drift checks on data being scored.
struct ColumnReference {
    std::string name;
    bool categorical = false;
    double mean = 0.0; ///< numeric: mean and population std of the non-missing training values
    double std = 0.0;
    std::vector<double> edges;       ///< numeric: inner decile edges (9) of the training values
    std::vector<std::string> labels; ///< categorical: training categories
    std::vector<double> shares;      ///< per decile bin / category: share of training rows
    /// numeric: the smallest and largest training value (NaN in files saved before they were
    /// kept, and for categorical columns)
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
};

/// What the segmentation knew about product ownership (0/1 columns, productColumns()), so a
/// customer scored later can be offered the products of their segment.
struct ModelOffers {
    std::vector<std::string> products;   ///< the product columns
    std::vector<SegmentOffers> segments; ///< per segment 0..k-1: every product with an owner
                                         ///< count, ranked as rankOffers(..., 0) ranks them
};

/// A segmentation that can assign new customers: the fitted recipe, the algorithm and what it
/// needs to assign (centres; DBSCAN's core rows and eps), the segment names, and the training
/// data's fingerprint and column statistics. Saved as versioned JSON ("gugus-model", version 1)
/// whose doubles round-trip bit for bit.
///
/// Assignment rules: K-Means - the nearest centre (as the fit). Hierarchical - the nearest
/// segment mean (the tree itself cannot place a new row; Ward's segments are compact, so this is
/// the natural rule; trainingAgreement says how often it reproduces the training labels).
/// DBSCAN - the cluster of the nearest core row within eps, else noise (-1), as
/// sklearn's DBSCAN would label a new border point. K-Medoids - the nearest medoid under the
/// distance of the fit (Euclidean or Manhattan on the scaled features; Gower on the raw columns
/// with the training ranges and weights), ties to the lowest segment. Gaussian mixture - the
/// component of maximum posterior (weights, means and covariances of the fit); the membership
/// probabilities are exported too.
/// With a reduction step (PCA), rows are reduced before the rule applies: centres and core rows
/// then live in the reduced space. Such files are version 2 (older programs refuse them rather
/// than score unreduced rows); files without one stay version 1.
struct SegmentModel {
    static constexpr int kVersion = 2;
    static constexpr int kMaxSegments = 100000; ///< more in a file is taken as damage
    Algorithm algorithm = Algorithm::KMeans;
    FittedRecipe recipe;
    int k = 0;
    std::optional<Reduction> reduction; ///< applied to prepared rows before assigning
    /// k x d (K-Means centres, K-Medoids medoid rows, else segment means), or k x m when reduced
    CentreMatrix centres;
    std::vector<std::int64_t> sizes;                 ///< training rows per segment
    std::vector<std::string> names;                  ///< segment names (may be empty strings)
    FeatureMatrix coreRows;                          ///< DBSCAN: core rows (scaled features)
    std::vector<int> coreLabels;                     ///< DBSCAN: their clusters
    double eps = 0.0;                                ///< DBSCAN
    Dissimilarity metric = Dissimilarity::Euclidean; ///< K-Medoids: the distance of the fit
    std::vector<std::int64_t> medoidRows; ///< K-Medoids: training table rows of the medoids
    /// K-Medoids with Gower: the columns (training ranges, weights) and the k medoids' raw values.
    std::optional<GowerRows> gower;
    /// Gaussian mixture: weights, covariances and precisions (means = centres), in the reduced
    /// space when there is a reduction; components numbered as the segments.
    std::optional<GmmModel> gmm;
    std::string fingerprint; ///< Table::fingerprint() of the training data
    std::int64_t trainingRows = 0;
    double trainingAgreement = 1.0;       ///< share of training rows the rule assigns as trained
    std::vector<ColumnReference> columns; ///< one per feature column
    /// Product ownership per segment; absent when the training data had no 0/1 product column
    /// (and in files saved before models kept it).
    std::optional<ModelOffers> offers;
    std::string createdBy; ///< e.g. "gugus-cli 0.1.0"

    /// Builds the model of a finished segmentation of `table`. `names` may be shorter than k.
    static SegmentModel fromSegmentation(const Table& table, const SegmentationOptions& options,
                                         const SegmentationResult& result,
                                         std::vector<std::string> names = {});

    /// Segment of each row of a prepared feature matrix (scaled features, before any reduction)
    /// by the rule above. K-Medoids with Gower also needs `gowerRows`, gowerValues() of the same
    /// rows (Error(InvalidOption, "gower_values") without it).
    Labels assign(const FeatureMatrix& x, const FeatureMatrix* gowerRows = nullptr) const;

    /// Gaussian mixture: each row's membership probabilities (n x k, columns = segments) for a
    /// prepared feature matrix. Error(InvalidModel, "gmm") for other models.
    ProbabilityMatrix probabilities(const FeatureMatrix& prepared) const;
    /// The mixture, or Error(InvalidModel, "gmm") when the model has none.
    const GmmModel& gmmOrThrow() const;

    std::string toJson() const;
    /// Checks every invariant scoring and the SQL export rely on (sizes agree with k and the
    /// recipe, numbers finite, scales > 0, labels in range, a known version) and throws
    /// Error(InvalidModel, field path, rule) - or Error(InvalidRecipe, ...) for its recipe - for
    /// malformed JSON, another format, a newer version or any broken invariant.
    static SegmentModel fromJson(std::string_view json);
};

/// A drift finding for one feature column of the data being scored.
struct DriftItem {
    std::string column;
    double meanShift = 0.0; ///< numeric: (new mean - training mean) / training std
    double psi = 0.0;       ///< population stability index over the training bins / categories
    bool flagged = false;   ///< |meanShift| > 0.25 or psi > 0.2
};

/// Why a scored row got -1, or what was done to it: a code and its facts, worded by the front end
/// (scoreNotesText() in English for gugus-cli; the desktop program in its own language).
struct ScoreNote {
    enum class Kind {
        MissingColumns, ///< column = the absent feature columns, ", "-separated
        MissingValue,   ///< a missing value where the recipe drops the row
        Imputed,        ///< a missing value filled in; the row is scored
        UnseenCategory, ///< value = the category
        NotANumber,     ///< value = the text
        InfiniteValue,
        BelowLog1p, ///< a value <= -1 in a log1p column
        Atypical,   ///< DBSCAN: no core customer within eps
        Excluded,   ///< value = the model's rule that leaves the row out ("filter:Area=Jakarta")
        RulesUnchecked, ///< value = why the model's row rules cannot be checked on this file
        /// value = the number, outside the training range of the column; the row is scored.
        /// Only scoreCustomer() says it (one customer's form, where a typing slip is likely).
        OutOfRange,
    };
    Kind kind;
    std::string column;
    std::string value;
    friend bool operator==(const ScoreNote&, const ScoreNote&) = default;
};

/// A row's notes in English, "; "-separated ("unseen category: Area=Medan; imputed: Usia").
std::string scoreNotesText(const std::vector<ScoreNote>& notes);

struct ScoreResult {
    Labels labels; ///< per input row: segment, or -1 (not scorable or noise)
    /// Per input row: why it got -1 / what was imputed (empty = nothing to say).
    std::vector<std::vector<ScoreNote>> notes;
    std::int64_t scored = 0;     ///< rows given a segment
    std::int64_t unscorable = 0; ///< rows that could not be scored (see notes)
    std::int64_t noise = 0;      ///< DBSCAN: scorable rows near no core row
    /// Rows the model's row filters or outlier rules exclude (label -1, note Excluded with the
    /// reason "filter:Area=Jakarta" / "outlier:Usia"): the segments were not trained on such
    /// customers, so they are reported instead of being scored.
    std::int64_t excluded = 0;
    /// Gaussian mixture: per input row the membership probability of each segment (n x k), NaN
    /// for rows not scored; empty for other models.
    ProbabilityMatrix probabilities;
    std::vector<std::string> missingColumns; ///< feature columns absent from the file
    std::vector<DriftItem> drift;
};

/// Scores `table` with `model`: applies the saved recipe to each row that can be prepared and
/// assigns it. Rows that cannot be scored get -1 and a note, never an exception: MissingColumns
/// (absent feature columns), MissingValue (imputation was "drop"), NotANumber, InfiniteValue,
/// UnseenCategory, BelowLog1p. Imputed rows are scored with an Imputed note. Throws only
/// Cancelled.
ScoreResult scoreTable(const SegmentModel& model, const Table& table, Progress& progress);

/// One SQL SELECT (standard SQL: CASE, COALESCE, arithmetic; LN for log1p columns) returning
/// every column of `tableName` plus `segment`, the nearest centre over the scaled features.
/// Missing values take the training fill values; an unseen category gets all-zero dummies. Rows
/// that the recipe's row filters or "drop" outlier rules leave out get a NULL segment; "clip"
/// rules clip the value as the engine does.
/// A PCA reduction becomes its linear projection (the distances are then over the components).
/// Throws Error(InvalidModel, "algorithm") for DBSCAN models, K-Medoids models with the Gower
/// distance (its missing-value rule and category mismatches have no plain SQL form here) and
/// Gaussian mixtures (a posterior needs a log-sum-exp over quadratic forms per segment; the
/// nearest-mean rule the SQL could express would give other segments).
std::string modelSql(const SegmentModel& model, const std::string& tableName);

} // namespace gugus::core
