// The report's facts on the bundled sample, checked against counts and means worked out here from
// the table itself, and the silhouette rating's thresholds.
#include "data/csv_reader.h"
#include "metrics/silhouette_rating.h"
#include "report/report_content.h"
#include "test_support.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

using namespace gugus::core;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const Table& sample() {
    static const Table table = [] {
        NullProgress p;
        return readCsvFile(gugus::test::samplePath(), CsvOptions{}, p).table;
    }();
    return table;
}

/// Segments on the numeric and categorical columns; the products are described, not clustered.
Recipe sampleRecipe() {
    Recipe recipe = Recipe::defaults(sample());
    for (ColumnSpec& spec : recipe.columns) {
        if (spec.name.rfind("Produk_", 0) == 0) {
            spec.role = Role::ProfileOnly;
            spec.group = "Products";
        }
    }
    return recipe;
}

SegmentationOptions kmeansOptions(std::optional<int> k) {
    SegmentationOptions o;
    o.k = k;
    o.kMin = 2;
    o.kMax = 5;
    o.kmeans.seed = 7;
    o.kmeans.nInit = 3;
    return o;
}

struct SampleRun {
    SegmentationOptions options;
    SegmentationResult result;
};

const SampleRun& kmeansRun() {
    static const SampleRun run = [] {
        NullProgress p;
        SampleRun r{kmeansOptions(4), {}};
        r.result = runSegmentation(sample(), sampleRecipe(), r.options, p);
        return r;
    }();
    return run;
}

ReportContent contentOf(const SampleRun& run, const ReportSettings& settings = {}) {
    NullProgress p;
    return buildReportContent(sample(), run.options, run.result, settings, p);
}

/// Mean and population std of a numeric column over the rows whose table label passes `keep`.
template <class Keep> std::pair<double, double> meanStd(const Column& column, const Keep& keep) {
    double sum = 0.0;
    double sq = 0.0;
    std::int64_t n = 0;
    const Labels& labels = kmeansRun().result.tableLabels;
    for (std::size_t r = 0; r < labels.size(); ++r) {
        const double v = column.values()[r];
        if (keep(labels[r]) && !std::isnan(v)) {
            sum += v;
            sq += v * v;
            ++n;
        }
    }
    const double mean = sum / double(n);
    return {mean, std::sqrt(std::max(0.0, sq / double(n) - mean * mean))};
}

const ProfileRow* findRow(const ReportContent& c, const std::string& column,
                          const std::string& category = {}) {
    for (const ProfileRow& row : c.profiles.rows) {
        if (row.column == column && row.category == category) {
            return &row;
        }
    }
    return nullptr;
}

} // namespace

TEST(SilhouetteRating, ThresholdsOfTheIssue) {
    EXPECT_EQ(silhouetteRating(0.95), SilhouetteRating::Strong);
    EXPECT_EQ(silhouetteRating(0.7001), SilhouetteRating::Strong);
    EXPECT_EQ(silhouetteRating(0.70), SilhouetteRating::Reasonable);
    EXPECT_EQ(silhouetteRating(0.55), SilhouetteRating::Reasonable);
    EXPECT_EQ(silhouetteRating(0.50), SilhouetteRating::Reasonable);
    EXPECT_EQ(silhouetteRating(0.4999), SilhouetteRating::Weak);
    EXPECT_EQ(silhouetteRating(0.25), SilhouetteRating::Weak);
    EXPECT_EQ(silhouetteRating(0.2499), SilhouetteRating::None);
    EXPECT_EQ(silhouetteRating(-0.3), SilhouetteRating::None);
    EXPECT_EQ(silhouetteRating(kNaN), SilhouetteRating::None);
    EXPECT_STREQ(silhouetteRatingKey(SilhouetteRating::Reasonable), "reasonable");
}

TEST(ReportContent, CoverAndSegmentsAreTheRunsFacts) {
    ReportSettings settings;
    settings.title = "Q3 segments";
    settings.author = "Dewi";
    settings.dataset = "fundfusion_sample.csv";
    settings.date = {2026, 11, 30};
    settings.names = {"Savers", "", "Borrowers"};
    settings.colors = {"#112233"};
    settings.actions = {"", "Call them"};
    const ReportContent c = contentOf(kmeansRun(), settings);
    EXPECT_EQ(c.cover.title, "Q3 segments");
    EXPECT_EQ(c.cover.date.day, 30);
    EXPECT_EQ(c.cover.tableRows, 5000);
    EXPECT_EQ(c.cover.tableColumns, 18);
    EXPECT_EQ(c.cover.rowsUsed, 5000);
    EXPECT_EQ(c.cover.version, GUGUS_VERSION);
    // Feature columns: everything but the id and the six product flags.
    EXPECT_EQ(c.cover.featureColumns, 18 - 1 - 6);

    ASSERT_EQ(c.segments.size(), 4u);
    EXPECT_EQ(c.segments[0].name, "Savers");
    EXPECT_EQ(c.segments[1].name, "");
    EXPECT_EQ(c.segments[3].name, "");
    EXPECT_EQ(c.segments[0].color, "#112233");
    EXPECT_EQ(c.segments[1].color, defaultSegmentColor(1));
    std::vector<std::int64_t> counted(4, 0);
    for (const int label : kmeansRun().result.tableLabels) {
        ++counted[std::size_t(label)];
    }
    double shares = 0.0;
    for (int s = 0; s < 4; ++s) {
        EXPECT_EQ(c.segments[std::size_t(s)].size, counted[std::size_t(s)]);
        EXPECT_DOUBLE_EQ(c.segments[std::size_t(s)].share, counted[std::size_t(s)] / 5000.0);
        shares += c.segments[std::size_t(s)].share;
    }
    EXPECT_NEAR(shares, 1.0, 1e-12);

    ASSERT_EQ(c.pages.size(), 4u);
    EXPECT_EQ(c.pages[1].action, "Call them");
    EXPECT_EQ(c.pages[0].action, "");
    EXPECT_EQ(c.pages[3].action, "");
    EXPECT_EQ(c.pages[2].segment.name, "Borrowers");
}

TEST(ReportContent, SummaryRatesTheSilhouetteAndFindsTheExtremes) {
    const ReportContent c = contentOf(kmeansRun());
    const auto& r = kmeansRun().result;
    EXPECT_EQ(c.summary.k, 4);
    EXPECT_EQ(c.summary.rows, 5000);
    EXPECT_EQ(c.summary.noise, 0);
    EXPECT_TRUE(c.summary.silhouetteDefined);
    EXPECT_DOUBLE_EQ(c.summary.silhouette, r.scores.silhouette);
    EXPECT_EQ(c.summary.rating, silhouetteRating(r.scores.silhouette));
    EXPECT_FALSE(c.summary.silhouetteSampled); // 5,000 rows: exact (limit 30,000)
    EXPECT_EQ(c.summary.silhouetteSampleSize, 5000);
    const auto bySize = [&](int a, int b) { return c.segments[a].size < c.segments[b].size; };
    std::vector<int> order{0, 1, 2, 3};
    EXPECT_EQ(c.summary.largest, *std::max_element(order.begin(), order.end(), bySize));
    EXPECT_EQ(c.summary.smallest, *std::min_element(order.begin(), order.end(), bySize));

    // The strongest difference outweighs every trait of every segment.
    ASSERT_TRUE(c.summary.strongest.has_value());
    for (const SegmentPage& page : c.pages) {
        for (const SegmentTrait& t : page.traits) {
            EXPECT_LE(t.weight, c.summary.strongest->trait.weight);
        }
    }
    // Top offers: lift above 1, best first, at most three, each with at least the support.
    ASSERT_FALSE(c.summary.topOffers.empty());
    EXPECT_LE(c.summary.topOffers.size(), 3u);
    for (std::size_t i = 0; i < c.summary.topOffers.size(); ++i) {
        const ProductOffer& o = c.summary.topOffers[i].offer;
        EXPECT_GT(o.lift, 1.0);
        EXPECT_GE(o.rate, 0.3);
        if (i > 0) {
            EXPECT_LE(o.lift, c.summary.topOffers[i - 1].offer.lift);
        }
    }
}

TEST(ReportContent, HeatmapHoldsTheStandardizedDifferencesOfTheTable) {
    const ReportContent c = contentOf(kmeansRun());
    EXPECT_EQ(c.profiles.heatmapRows, std::min<int>(40, int(c.profiles.rows.size())));
    // Numeric column by hand: (segment mean - overall mean) / overall population std.
    const Column& age = sample().column("Usia");
    const ProfileRow* row = findRow(c, "Usia");
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(row->feature);
    const auto [mean, sd] = meanStd(age, [](int l) { return l >= 0; });
    EXPECT_NEAR(row->overall, mean, 1e-9 * mean);
    for (int s = 0; s < 4; ++s) {
        const auto [segMean, segSd] = meanStd(age, [s](int l) { return l == s; });
        EXPECT_NEAR(row->values[std::size_t(s)], segMean, 1e-9 * segMean);
        EXPECT_NEAR(row->stdDiff[std::size_t(s)], (segMean - mean) / sd, 1e-9);
    }
    // A category by hand: share of "Solo" in the segment against the share overall.
    const Column& area = sample().column("Area");
    const auto& dict = area.categories();
    const int solo = int(std::find(dict.begin(), dict.end(), "Solo") - dict.begin());
    ASSERT_LT(std::size_t(solo), dict.size());
    const ProfileRow* cat = findRow(c, "Area", "Solo");
    ASSERT_NE(cat, nullptr);
    const Labels& labels = kmeansRun().result.tableLabels;
    std::vector<double> in(4, 0.0), known(4, 0.0);
    double allIn = 0.0, allKnown = 0.0;
    for (std::size_t r = 0; r < labels.size(); ++r) {
        const int code = area.codes()[r];
        if (code < 0) {
            continue;
        }
        known[std::size_t(labels[r])] += 1;
        allKnown += 1;
        if (code == solo) {
            in[std::size_t(labels[r])] += 1;
            allIn += 1;
        }
    }
    const double p = allIn / allKnown;
    EXPECT_NEAR(cat->overall, p, 1e-12);
    for (int s = 0; s < 4; ++s) {
        const double share = in[std::size_t(s)] / known[std::size_t(s)];
        EXPECT_NEAR(cat->values[std::size_t(s)], share, 1e-12);
        EXPECT_NEAR(cat->stdDiff[std::size_t(s)], (share - p) / std::sqrt(p * (1 - p)), 1e-9);
    }
    // Ranked by association, strongest first.
    for (std::size_t i = 1; i < c.profiles.rows.size(); ++i) {
        EXPECT_GE(c.profiles.rows[i - 1].association, c.profiles.rows[i].association);
    }
}

TEST(ReportContent, ProductsCountOwnersAndGapsOfTheTable) {
    const ReportContent c = contentOf(kmeansRun());
    const Labels& labels = kmeansRun().result.tableLabels;
    const Column& deposit = sample().column("Produk_Deposito");
    std::vector<double> owners(4, 0.0), members(4, 0.0);
    double allOwners = 0.0, all = 0.0;
    for (std::size_t r = 0; r < labels.size(); ++r) {
        const double v = deposit.values()[r];
        if (std::isnan(v)) {
            continue;
        }
        members[std::size_t(labels[r])] += 1;
        owners[std::size_t(labels[r])] += v;
        all += 1;
        allOwners += v;
    }
    int seen = 0;
    for (const ReportOffer& o : c.products) {
        if (o.offer.product != "Produk_Deposito") {
            continue;
        }
        ++seen;
        const auto s = std::size_t(o.segment);
        EXPECT_EQ(o.offer.members, std::int64_t(members[s]));
        EXPECT_EQ(o.offer.owners, std::int64_t(owners[s]));
        EXPECT_EQ(o.offer.gap, std::int64_t(members[s] - owners[s]));
        EXPECT_NEAR(o.offer.lift, (owners[s] / members[s]) / (allOwners / all), 1e-12);
    }
    EXPECT_EQ(seen, 4); // every segment, no support limit
    // Segment pages list only offers at the support, by lift.
    for (const SegmentPage& page : c.pages) {
        for (std::size_t i = 0; i < page.offers.size(); ++i) {
            EXPECT_GE(page.offers[i].rate, 0.3);
            if (i > 0) {
                EXPECT_LE(page.offers[i].lift, page.offers[i - 1].lift);
            }
        }
    }
}

TEST(ReportContent, MapIsASeededSampleOfThePcaWithProjectedCentres) {
    ReportSettings settings;
    settings.mapPoints = 1000;
    const ReportContent c = contentOf(kmeansRun(), settings);
    ASSERT_TRUE(c.charts.map.has_value());
    const MapChart& map = *c.charts.map;
    EXPECT_EQ(map.total, 5000);
    EXPECT_TRUE(map.sampled);
    EXPECT_EQ(map.x.size(), 1000u);
    EXPECT_EQ(map.label.size(), 1000u);
    EXPECT_GT(map.varianceX, map.varianceY);
    EXPECT_GT(map.varianceY, 0.0);
    EXPECT_LT(map.varianceX + map.varianceY, 1.0);
    ASSERT_EQ(map.centreX.size(), 4u);
    // Same seed, same sample.
    EXPECT_EQ(contentOf(kmeansRun(), settings).charts.map->x, map.x);
    // The whole map when it is small enough: the K-Means centres are the means of their members,
    // and projection is linear, so each centre is the mean of its segment's points.
    settings.mapPoints = 5000;
    const MapChart full = *contentOf(kmeansRun(), settings).charts.map;
    EXPECT_FALSE(full.sampled);
    std::vector<double> sx(4, 0.0), n(4, 0.0);
    for (std::size_t i = 0; i < full.x.size(); ++i) {
        sx[std::size_t(full.label[i])] += full.x[i];
        n[std::size_t(full.label[i])] += 1;
    }
    for (std::size_t s = 0; s < 4; ++s) {
        EXPECT_NEAR(full.centreX[s], sx[s] / n[s], 1e-6);
    }
    // The map is not computed when its section is left out.
    settings.sections.map = false;
    EXPECT_FALSE(contentOf(kmeansRun(), settings).charts.map.has_value());
}

TEST(ReportContent, SweepCurvesMarkTheChosenK) {
    NullProgress p;
    SampleRun run{kmeansOptions(std::nullopt), {}};
    run.result = runSegmentation(sample(), sampleRecipe(), run.options, p);
    const ReportContent c = contentOf(run);
    ASSERT_TRUE(c.charts.sweep.has_value());
    const SweepChart& sweep = *c.charts.sweep;
    EXPECT_EQ(sweep.k, (std::vector<int>{2, 3, 4, 5}));
    EXPECT_EQ(sweep.chosenK, run.result.k);
    EXPECT_EQ(sweep.suggestedK, run.result.sweep->suggestedK);
    for (std::size_t i = 1; i < sweep.inertia.size(); ++i) {
        EXPECT_LT(sweep.inertia[i], sweep.inertia[i - 1]);
    }
    const auto has = [&](const std::string& key) {
        return std::any_of(c.method.options.begin(), c.method.options.end(),
                           [&](const MethodOption& o) { return o.key == key; });
    };
    EXPECT_TRUE(has("k_min"));
    EXPECT_TRUE(has("k_reason"));
    EXPECT_FALSE(contentOf(kmeansRun()).charts.sweep.has_value());
}

TEST(ReportContent, TreeShowsTheTopMergesAndTheCut) {
    NullProgress p;
    SampleRun run{kmeansOptions(3), {}};
    run.options.algorithm = Algorithm::Hierarchical;
    run.result = runSegmentation(sample(), sampleRecipe(), run.options, p);
    ReportSettings settings;
    settings.treeMerges = 12;
    const ReportContent c = contentOf(run, settings);
    ASSERT_TRUE(c.charts.tree.has_value());
    const TreeChart& tree = *c.charts.tree;
    EXPECT_EQ(tree.links.size(), 12u);
    EXPECT_EQ(tree.leaves.size(), 13u); // 12 merges join 13 groups
    EXPECT_EQ(tree.rows, 5000);
    // The groups under the shown merges hold every row, and each lies in one segment.
    std::vector<std::int64_t> bySegment(3, 0);
    for (const TreeChart::Leaf& leaf : tree.leaves) {
        bySegment[std::size_t(leaf.segment)] += leaf.size;
        EXPECT_LE(leaf.height, tree.cutHeight);
    }
    for (int s = 0; s < 3; ++s) {
        EXPECT_EQ(bySegment[std::size_t(s)], c.segments[std::size_t(s)].size);
    }
    // Two merges lie above the cut into three segments.
    const auto above =
        std::count_if(tree.links.begin(), tree.links.end(),
                      [&](const TreeChart::Link& l) { return l.height > tree.cutHeight; });
    EXPECT_EQ(above, 2);
    EXPECT_DOUBLE_EQ(tree.maxHeight, run.result.tree->merges.back().height);
    EXPECT_FALSE(c.charts.kdistance.has_value());
}

TEST(ReportContent, DbscanGetsItsKDistanceCurveAndNoiseCounts) {
    NullProgress p;
    SampleRun run{kmeansOptions(std::nullopt), {}};
    run.options.algorithm = Algorithm::Dbscan;
    run.options.dbscan.eps = 2.0;
    run.options.dbscan.minSamples = 10;
    run.result = runSegmentation(sample(), sampleRecipe(), run.options, p);
    const ReportContent c = contentOf(run);
    ASSERT_TRUE(c.charts.kdistance.has_value());
    const KDistanceChart& kd = *c.charts.kdistance;
    EXPECT_EQ(kd.minSamples, 10);
    EXPECT_EQ(kd.rows, 5000);
    EXPECT_DOUBLE_EQ(kd.eps, 2.0);
    EXPECT_DOUBLE_EQ(kd.percent.front(), 0.0);
    EXPECT_DOUBLE_EQ(kd.percent.back(), 100.0);
    EXPECT_TRUE(std::is_sorted(kd.distance.begin(), kd.distance.end()));
    const auto noise =
        std::count(run.result.tableLabels.begin(), run.result.tableLabels.end(), kNoise);
    EXPECT_EQ(c.summary.noise, noise);
    EXPECT_EQ(c.method.noise, noise);
    EXPECT_EQ(int(c.segments.size()), run.result.k);
}

TEST(ReportContent, MethodAndMembersDescribeTheRun) {
    const ReportContent c = contentOf(kmeansRun());
    EXPECT_EQ(c.method.fingerprint, sample().fingerprint());
    EXPECT_EQ(c.method.seed, 7u);
    EXPECT_EQ(c.method.rowsDropped, 0);
    EXPECT_EQ(c.method.columns.size(), 18u);
    EXPECT_EQ(c.method.algorithm, Algorithm::KMeans);
    std::map<std::string, MethodOption> options;
    for (const MethodOption& o : c.method.options) {
        options[o.key] = o;
    }
    EXPECT_EQ(options["k_mode"].text, "fixed");
    EXPECT_EQ(options["k"].number, 4);
    EXPECT_EQ(options["n_init"].number, 3);
    EXPECT_EQ(options["init"].text, "k-means++");
    EXPECT_EQ(options["max_iter"].number, 300);
    EXPECT_DOUBLE_EQ(c.method.scores.silhouette, kmeansRun().result.scores.silhouette);

    // The id column is the recipe's Id column; the labels are the table's.
    EXPECT_EQ(c.members.idColumn, "GCIF");
    ASSERT_EQ(c.members.ids.size(), 5000u);
    EXPECT_EQ(c.members.ids[0], "G11957");
    EXPECT_EQ(c.members.labels, kmeansRun().result.tableLabels);
    ReportSettings noMembers;
    noMembers.sections.members = false;
    EXPECT_TRUE(contentOf(kmeansRun(), noMembers).members.labels.empty());
    ReportSettings badId;
    badId.idColumn = "nope";
    EXPECT_EQ(gugus::test::errorCodeOf([&] { contentOf(kmeansRun(), badId); }),
              ErrorCode::UnknownColumn);
}
