#pragma once

#include "data/column_display.h"
#include "metrics/silhouette_rating.h"
#include "pipeline/segmentation.h"
#include "profile/offers.h"
#include "profile/segment_traits.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gugus::core {

/// The manager's report as facts, not sentences: every number, name and choice the PDF, HTML and
/// XLSX renderers (ui/report/) word in the report's language. Built once from a finished
/// segmentation; a plain value that may be moved to a worker thread.

/// The parts of the report the analyst chose; the cover is always there.
struct ReportSections {
    bool summary = true;   ///< executive summary
    bool sizes = true;     ///< segment sizes (chart and table)
    bool profiles = true;  ///< profile heatmap (XLSX: the Profiles and Products sheets)
    bool segments = true;  ///< one page per segment
    bool map = true;       ///< the customer map (PCA scatter)
    bool selection = true; ///< how k was chosen: sweep curves, dendrogram or k-distance curve
    bool method = true;    ///< method appendix
    bool members = true;   ///< XLSX only: the member list
};

struct ReportDate {
    int year = 1970;
    int month = 1; ///< 1..12
    int day = 1;   ///< 1..31
};

/// What the analyst adds to a segmentation for its report.
struct ReportSettings {
    std::string title;   ///< "" = the renderer's default title
    std::string author;  ///< "" = left out
    std::string dataset; ///< data set name as shown, e.g. the file name
    ReportDate date;
    ReportSections sections;
    std::vector<std::string> names;   ///< per segment; "" or absent = the default name
    std::vector<std::string> colors;  ///< per segment "#rrggbb"; "" or absent = default colour
    std::vector<std::string> actions; ///< per segment, the analyst's recommended action; "" = none
    double offerSupport = 0.3;        ///< minimum ownership rate of an offered product
    ColumnDisplays displays; ///< column labels and units the report words columns and values with
    std::string idColumn; ///< member list ids; "" = the recipe's first Id column, else row numbers
    int mapPoints = 3000; ///< the map shows at most this many customers (seeded sample)
    int heatmapColumns = 40; ///< the heatmap shows the most distinctive columns, as the GUI
    int treeMerges = 30;     ///< the dendrogram shows the top merges
    int traitsPerSegment = 5;
    int topOffers = 3; ///< summary: the best offers over all segments
};

/// The default colour of a segment ("#rrggbb"), the one palette of the GUI and the report: 12
/// distinguishable colours, then "other" greys from segment kDistinctSegmentColors on; noise is
/// dark grey.
std::string defaultSegmentColor(int segment);
inline constexpr int kDistinctSegmentColors = 12;

struct ReportCover {
    std::string title;
    std::string author;
    std::string dataset;
    std::string version; ///< Gugus version
    ReportDate date;
    std::int64_t tableRows = 0;
    std::int64_t tableColumns = 0;
    std::int64_t rowsUsed = 0;       ///< rows segmented (after rows dropped for missing values)
    std::int64_t featureColumns = 0; ///< source columns the segments were built on
};

/// One segment as the report names and colours it.
struct ReportSegment {
    int segment = 0;   ///< 0..k-1; numbered segment + 1 in every format
    std::string name;  ///< "" = the default name, worded by the renderer
    std::string color; ///< "#rrggbb"
    std::int64_t size = 0;
    double share = 0.0; ///< of the profiled rows (noise included)
};

struct ReportTrait {
    int segment = 0;
    SegmentTrait trait;
};

struct ReportOffer {
    int segment = 0;
    ProductOffer offer;
};

struct ReportSummary {
    int k = 0;
    std::int64_t rows = 0;  ///< profiled rows, noise included
    std::int64_t noise = 0; ///< DBSCAN rows no segment owns
    bool silhouetteDefined = false;
    double silhouette = 0.0;
    SilhouetteRating rating = SilhouetteRating::None;
    bool silhouetteSampled = false;
    std::int64_t silhouetteSampleSize = 0;
    int largest = 0;                      ///< segment with the most customers
    int smallest = 0;                     ///< segment with the fewest
    std::optional<ReportTrait> strongest; ///< the largest standardized difference of any segment
    std::vector<ReportOffer> topOffers;   ///< highest lift above 1 over all segments, at most
                                          ///< ReportSettings::topOffers
};

/// One row of the profile: a numeric or 0/1 column, or one category of a categorical column.
struct ProfileRow {
    std::string column;
    std::string category; ///< categorical columns only
    ColumnType type = ColumnType::Numeric;
    bool feature = false;        ///< the segments were built on this column
    double association = 0.0;    ///< eta squared / Cramér's V of the whole column: the ranking key
    double overall = 0.0;        ///< mean (numeric), ownership rate (0/1), share (category)
    std::vector<double> values;  ///< per segment, the same measure; NaN = no data
    std::vector<double> stdDiff; ///< per segment, standardized difference; NaN = no data
};

/// The rows ranked as the GUI's heatmap ranks its columns: by association, then by the row's
/// largest |standardized difference|. The heatmap shows the first `heatmapRows`.
struct ReportProfiles {
    std::vector<ProfileRow> rows;
    int heatmapRows = 0;
};

struct RiskIndicator {
    std::string column;
    bool binary = false; ///< a 0/1 flag: values are rates
    double value = 0.0;  ///< segment mean or rate
    double overall = 0.0;
};

struct SegmentPage {
    ReportSegment segment;
    std::vector<SegmentTrait> traits; ///< strongest first, as the segment cards
    std::vector<ProductOffer> offers; ///< by lift, with the customers not yet owning each
    std::vector<RiskIndicator> risks; ///< empty when the data has no risk columns
    std::string action;               ///< the analyst's recommended action, "" = none
};

/// The customer map: PCA of the feature matrix, two axes.
struct MapChart {
    std::vector<double> x; ///< shown customers (a seeded sample when there are more)
    std::vector<double> y;
    std::vector<int> label; ///< segment, or kNoise
    std::int64_t total = 0; ///< customers on the map before sampling
    bool sampled = false;
    double varianceX = 0.0; ///< explained variance ratio of the first axis
    double varianceY = 0.0;
    std::vector<double> centreX; ///< per segment, the centre projected with the same PCA
    std::vector<double> centreY;
};

/// The k sweep's curves.
struct SweepChart {
    std::vector<int> k;
    std::vector<double> inertia;
    std::vector<double> silhouette; ///< NaN where undefined
    std::vector<double> calinskiHarabasz;
    std::vector<double> daviesBouldin;
    int chosenK = 0;
    std::optional<int> kneeK;
    int bestSilhouetteK = 0;
    int suggestedK = 0;
    SuggestionReason reason = SuggestionReason::BestSilhouette;
};

/// The top of the hierarchical tree, laid out: leaves are the groups under the top merges.
struct TreeChart {
    struct Leaf {
        double x = 0.0;      ///< 0..leaves-1, left to right
        double height = 0.0; ///< of the merge that made the group (0 for a single customer)
        std::int64_t size = 0;
        int segment = 0;
    };
    struct Link {
        double xa = 0.0;
        double ha = 0.0; ///< height of the left child (0 for a leaf)
        double xb = 0.0;
        double hb = 0.0;
        double height = 0.0;
        int segment = -1; ///< below the cut and inside one segment: that segment; else -1
    };
    std::vector<Leaf> leaves;
    std::vector<Link> links;
    double cutHeight = 0.0; ///< a cut here gives the k segments
    double maxHeight = 0.0;
    std::int64_t rows = 0;
    Linkage linkage = Linkage::Ward;
};

/// DBSCAN's k-distance curve (sampled to at most ~1000 points).
struct KDistanceChart {
    std::vector<double> percent; ///< rank of the customer, 0..100
    std::vector<double> distance;
    int minSamples = 0;
    double eps = 0.0; ///< the eps used
    std::optional<double> suggestedEps;
    std::optional<double> kneePercent;
    std::int64_t rows = 0;
};

struct ReportCharts {
    std::optional<MapChart> map;
    std::optional<SweepChart> sweep;
    std::optional<TreeChart> tree;
    std::optional<KDistanceChart> kdistance;
};

/// One option of the algorithm: a number, or a machine key ("k-means++", "ward") in `text`.
struct MethodOption {
    std::string key; ///< "k", "init", "n_init", "max_iter", "tol", "linkage", "metric", ...
    double number = 0.0;
    std::string text; ///< non-empty for keys; then `number` is unused
};

struct MethodColumn {
    ColumnSpec spec;
    ColumnType type = ColumnType::Numeric;
};

/// The reduction step between scaling and clustering (PCA), when one ran: the clustering and its
/// metrics worked on `kept` components instead of the prepared features.
struct MethodReduction {
    ReductionMethod method = ReductionMethod::Pca;
    std::int64_t kept = 0;        ///< components the clustering saw
    std::int64_t found = 0;       ///< components PCA found: min(rows, features)
    double varianceShare = 0.0;   ///< share of the total variance on the kept components, 0..1
    int requested = 0;            ///< components asked for; 0 = the variance rule below
    double targetShare = 0.0;     ///< the rule: the fewest components above this share
    bool whiten = false;          ///< every component scaled to unit variance
    double reconstructionMse = 0; ///< mean squared error in the scaled feature space
};

struct ReportMethod {
    std::string fingerprint;
    std::string version;
    std::int64_t tableRows = 0;
    std::int64_t rowsUsed = 0;
    std::int64_t rowsDropped = 0;     ///< dropped by DropRows imputation
    std::int64_t rowsFiltered = 0;    ///< left out by the recipe's row filters
    std::int64_t rowsOutliers = 0;    ///< dropped by an outlier rule
    std::vector<std::string> filters; ///< the row filters as text ("Area=Jakarta")
    std::vector<FittedOutlier> outlierRules;
    std::int64_t features = 0;         ///< columns of the feature matrix (after encoding)
    std::vector<MethodColumn> columns; ///< every column of the recipe with its role and steps
    std::vector<std::string> warnings; ///< the fitted recipe's machine keys ("constant:<col>")
    Algorithm algorithm = Algorithm::KMeans;
    std::vector<MethodOption> options;        ///< every option of the algorithm and of k's choice
    std::optional<MethodReduction> reduction; ///< nothing = clustered on the prepared features
    std::uint64_t seed = 0;
    ClusterScores scores;
    std::int64_t noise = 0; ///< rows left out of every metric
    double seconds = 0.0;
};

/// The member list: one entry per segmented table row.
struct ReportMembers {
    std::string idColumn;         ///< "" = ids are 1-based row numbers
    std::vector<std::string> ids; ///< per table row (empty when idColumn is "")
    Labels labels;                ///< per table row: segment, kNoise or kUnassigned
};

struct ReportContent {
    ReportSections sections;
    ReportCover cover;
    std::vector<ReportSegment> segments; ///< 0..k-1
    std::string noiseColor;              ///< the colour of noise rows
    ReportSummary summary;
    ReportProfiles profiles;
    std::vector<ReportOffer> products; ///< every product in every segment (no support limit)
    double offerSupport = 0.0;
    ColumnDisplays displays;        ///< as in the settings
    std::vector<SegmentPage> pages; ///< one per segment
    ReportCharts charts;
    ReportMethod method;
    ReportMembers members;
};

/// Gathers the report of one segmentation. `options` are the settings the run was asked for.
/// Computes the PCA map (progress stage "report.pca") and, for DBSCAN, the k-distance curve
/// ("report.kdistance"); the rest is read from `result`. Throws Error(UnknownColumn) for an
/// idColumn the table lacks, Cancelled.
ReportContent buildReportContent(const Table& table, const SegmentationOptions& options,
                                 const SegmentationResult& result, const ReportSettings& settings,
                                 Progress& progress);

} // namespace gugus::core
