#pragma once

#include "common/matrix.h"
#include "common/progress.h"
#include "data/table.h"
#include "prep/row_rules.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gugus::core {

/// What a column is for in a segmentation.
enum class Role {
    Feature,     ///< enters the feature matrix the clusterer sees
    ProfileOnly, ///< not clustered on, but described per segment (e.g. products when clustering
                 ///< on demographics)
    Id,          ///< identifies a customer; carried to outputs
    Ignore,      ///< left out
};

enum class Imputation { Mean, Median, MostFrequent, Constant, DropRows };
enum class Encoding { OneHot, Ordinal };
enum class Transform { None, Log1p };
enum class Scaling { Standard, MinMax, Robust, None };

const char* roleKey(Role) noexcept;             ///< "feature", "profile-only", "id", "ignore"
const char* imputationKey(Imputation) noexcept; ///< "mean", "median", "most-frequent", ...
const char* encodingKey(Encoding) noexcept;     ///< "one-hot", "ordinal"
const char* transformKey(Transform) noexcept;   ///< "none", "log1p"
const char* scalingKey(Scaling) noexcept;       ///< "standard", "minmax", "robust", "none"
std::optional<Role> roleFromKey(std::string_view);
std::optional<Imputation> imputationFromKey(std::string_view);
std::optional<Encoding> encodingFromKey(std::string_view);
std::optional<Transform> transformFromKey(std::string_view);
std::optional<Scaling> scalingFromKey(std::string_view);

/// How one column is prepared. Steps run in this order: impute -> transform -> encode -> scale.
struct ColumnSpec {
    std::string name;
    Role role = Role::Feature;
    std::string group; ///< free text, e.g. "Demographics", "Products"
    Imputation imputation = Imputation::Median;
    double constant = 0.0;        ///< numeric fill for Imputation::Constant
    std::string constantCategory; ///< categorical fill for Imputation::Constant
    Encoding encoding = Encoding::OneHot;
    std::vector<std::string>
        order; ///< ordinal: categories from low to high (empty = dictionary order)
    Transform transform = Transform::None;
    /// Scaling of the column's feature(s). One-hot dummies follow it too, so a scaled categorical
    /// weighs like a scaled numeric column.
    Scaling scaling = Scaling::Standard;
};

/// The unfitted description of how to turn a table into a feature matrix.
struct Recipe {
    std::vector<ColumnSpec> columns;
    std::vector<RowFilter> filters;    ///< rows kept must pass all of them (row_rules.h)
    std::vector<OutlierRule> outliers; ///< per numeric column; fitted on the filtered rows

    /// A spec for every column of `table`: Id columns get Role::Id, every other column is a
    /// Feature with median (numeric) / most-frequent (categorical) imputation, one-hot encoding
    /// and standard scaling. Groups are guessed from names (e.g. "Produk_*" -> Products).
    static Recipe defaults(const Table& table);

    ColumnSpec* find(std::string_view name);
    const ColumnSpec* find(std::string_view name) const;
    /// Names of the columns with role Feature, in table order.
    std::vector<std::string> featureColumns() const;
};

/// One column of the feature matrix and where it came from.
struct FeatureInfo {
    std::string name;     ///< e.g. "Usia" or "Area=Jakarta"
    std::string source;   ///< source column name
    std::string category; ///< one-hot: the category this dummy stands for
};

/// The feature matrix built from a table, and the table rows it holds.
struct PreparedData {
    FeatureMatrix x; ///< rows = kept table rows, columns = features
    std::vector<FeatureInfo> features;
    std::vector<std::int64_t> rows; ///< table row of each matrix row (rows left out by a
                                    ///< filter, DropRows or an outlier rule are absent)
    /// Why every other table row was left out (its own `rows` is moved into `rows` above).
    RowSelection selection;
    std::vector<std::string> warnings; ///< machine keys "constant:<col>", "unseen:<col>=<cat>"...
};

/// How many table rows the filters, DropRows and the outlier rules left out, and how many remain.
RowCounts rowCounts(const PreparedData& data);

/// Per-column parameters learnt from training data; re-applicable to new data bit-for-bit.
struct FittedColumn {
    ColumnSpec spec;
    ColumnType type = ColumnType::Numeric;
    double fillValue = 0.0;              ///< numeric imputation value
    std::string fillCategory;            ///< categorical imputation value
    std::vector<std::string> categories; ///< categorical: the fitted categories, in output order
    std::vector<double> centre;          ///< per output feature: value subtracted
    std::vector<double> scale;           ///< per output feature: divisor (1 for constant columns)
};

class FittedRecipe {
public:
    /// Learns imputation values, categories, and scaling from `table`, on the rows the filters and
    /// outlier rules keep (order of operations: row_rules.h). Throws Error(NoFeatures),
    /// Error(UnknownColumn), Error(AllMissing) for an all-missing feature,
    /// Error(NonFiniteValue) for +-Inf in a feature, Error(ColumnNotNumeric) for an Id feature.
    static FittedRecipe fit(const Table& table, const Recipe& recipe, Progress& progress);

    /// Builds the feature matrix of `table` (training data or new customers) with the fitted
    /// parameters. Categories not seen in training give all-zero dummies (warning "unseen:...").
    /// Rows that the filters or the fitted outlier rules exclude are left out, with the reason.
    /// Throws Error(UnknownColumn) when a feature column is missing from `table`.
    PreparedData apply(const Table& table, Progress& progress) const;

    const Recipe& recipe() const { return m_recipe; }
    const std::vector<FittedColumn>& columns() const { return m_columns; } ///< feature columns only
    /// The recipe's outlier rules with the statistics of the training rows, in recipe order.
    const std::vector<FittedOutlier>& outliers() const { return m_outliers; }
    std::vector<FeatureInfo> features() const;
    std::int64_t featureCount() const;
    /// Machine keys of what fitting noticed, e.g. "constant:<col>" (zero spread; scale set to 1).
    const std::vector<std::string>& warnings() const { return m_warnings; }

    /// JSON text of the fitted recipe (versioned) and its inverse; from/to JSON round-trips
    /// bit-for-bit (doubles in shortest round-trip form). Throws Error(InvalidRecipe).
    std::string toJson() const;
    static FittedRecipe fromJson(std::string_view json);

private:
    Recipe m_recipe;
    std::vector<FittedColumn> m_columns;
    std::vector<FittedOutlier> m_outliers;
    std::vector<std::string> m_warnings;
};

/// The rows FittedRecipe::fit would fit on and why the others are left out, without building
/// the feature matrix (cheap: for showing the count before a run). Throws as fit().
RowSelection selectRows(const Table& table, const Recipe& recipe);

/// Fits `recipe` on `table` and applies it to the same table: the feature matrix of a run.
PreparedData prepareFeatures(const Table& table, const Recipe& recipe, Progress& progress);

/// JSON of the column specs alone (roles, groups, preparation choices), e.g. for project files,
/// and its inverse. Throws Error(InvalidRecipe).
std::string recipeToJson(const Recipe& recipe);
Recipe recipeFromJson(std::string_view json);

} // namespace gugus::core
