// Data no segmentation can use is refused with its own error instead of a result that looks fine
// (one full segment and an empty one, infinite inertia, "invalid option: k: 0").
#include "data/csv_reader.h"
#include "pipeline/segmentation.h"
#include "test_support.h"

using namespace gugus::core;
using gugus::test::errorCodeOf;

namespace {

Table tableOf(const std::string& csv) {
    NullProgress p;
    return readCsvText(csv, {}, p).table;
}

ErrorCode segmentError(const Table& t, SegmentationOptions o, Scaling scaling = Scaling::Standard,
                       std::string* detail = nullptr) {
    Recipe recipe = Recipe::defaults(t);
    for (auto& spec : recipe.columns) {
        spec.scaling = scaling;
    }
    try {
        NullProgress p;
        runSegmentation(t, recipe, o, p);
    } catch (const Error& e) {
        if (detail) {
            *detail = e.detail();
        }
        return e.code();
    }
    ADD_FAILURE() << "no error";
    return ErrorCode::InvalidOption;
}

TEST(PipelineErrors, ConstantFeaturesAreRefused) {
    const Table t = tableOf("a,b\n1,2\n1,2\n1,2\n1,2\n1,2\n1,2\n");
    SegmentationOptions o;
    o.k = 2;
    EXPECT_EQ(segmentError(t, o), ErrorCode::NoVariation);
    o.algorithm = Algorithm::Hierarchical;
    EXPECT_EQ(segmentError(t, o), ErrorCode::NoVariation);
}

TEST(PipelineErrors, MoreSegmentsThanDistinctCustomersAreRefusedForKMeans) {
    const Table t = tableOf("a,b\n1,2\n1,2\n3,4\n3,4\n1,2\n");
    SegmentationOptions o;
    o.k = 3;
    std::string detail;
    EXPECT_EQ(segmentError(t, o, Scaling::Standard, &detail), ErrorCode::TooFewDistinct);
    EXPECT_EQ(detail, "3 2");
    o.k = 2; // exactly the distinct rows: fine
    NullProgress p;
    const auto r = runSegmentation(t, Recipe::defaults(t), o, p);
    EXPECT_EQ(r.partition.sizes, (std::vector<std::int64_t>{3, 2}));
}

TEST(PipelineErrors, ValuesWhoseDistancesOverflowAreRefused) {
    const Table t = tableOf("a,b\n1e308,1\n-1e308,2\n1e308,3\n-1e308,4\n1e308,5\n");
    SegmentationOptions o;
    o.k = 2;
    EXPECT_EQ(segmentError(t, o, Scaling::None), ErrorCode::ValuesTooLarge);
    NullProgress p; // scaled, the same column is usable
    EXPECT_NO_THROW(runSegmentation(t, Recipe::defaults(t), o, p));
}

TEST(PipelineErrors, DbscanWithOnlyNoiseSuggestsAnEps) {
    NullProgress p;
    const Table t = readCsvFile(gugus::test::samplePath(), {}, p).table;
    SegmentationOptions o;
    o.algorithm = Algorithm::Dbscan;
    o.dbscan = {0.001, 50};
    std::string detail;
    EXPECT_EQ(segmentError(t, o, Scaling::Standard, &detail), ErrorCode::AllNoise);
    ASSERT_FALSE(detail.empty());
    EXPECT_GT(std::stod(detail), 0.001);
}

} // namespace
