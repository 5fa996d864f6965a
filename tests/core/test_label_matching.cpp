// Stable segment numbers: by size without a reference, matched to a reference (Hungarian
// algorithm on shared rows) with one. The matching is checked against brute force over every
// permutation, and the pipeline numbers K-Means and Ward alike on the sample.
#include "data/csv_reader.h"
#include "metrics/label_matching.h"
#include "pipeline/segmentation.h"
#include "test_support.h"

#include <algorithm>
#include <numeric>
#include <random>

using namespace gugus::core;

TEST(LabelMatching, WithoutAReferenceTheLargestSegmentIsFirst) {
    // Sizes 1, 2, 3: segment 2 becomes 0, segment 1 stays 1, segment 0 becomes 2.
    EXPECT_EQ(segmentOrder({0, 1, 1, 2, 2, 2}, 3), (std::vector<int>{2, 1, 0}));
    // Equal sizes: the segment seen first comes first; noise and unassigned rows are ignored.
    EXPECT_EQ(segmentOrder({kNoise, 1, 0, 1, 0, kUnassigned}, 2), (std::vector<int>{1, 0}));
}

TEST(LabelMatching, APermutedLabellingIsMatchedBack) {
    const Labels reference{0, 0, 1, 1, 1, 2, 2, 2, 2, 0};
    const std::vector<int> permutation{2, 0, 1};
    Labels labels;
    for (int l : reference) {
        labels.push_back(permutation[std::size_t(l)]);
    }
    labels[0] = 1; // one row moved: still the same groups
    const auto match = matchLabels(labels, 3, reference, 3);
    EXPECT_EQ(match, (std::vector<int>{1, 2, 0})); // inverse of the permutation
    const auto order = segmentOrder(labels, 3, &reference, 3);
    EXPECT_EQ(order, match); // equal k: matched segments take the reference's numbers
}

TEST(LabelMatching, MoreOrFewerSegmentsThanTheReference) {
    const Labels reference{0, 0, 0, 1, 1, 1};
    // Three segments: 0 shares 3 rows with reference 1, 2 shares 2 with reference 0, 1 only one
    // row (taken already): the matched two keep the reference's order, the extra one comes last.
    const Labels three{2, 2, 1, 0, 0, 0};
    EXPECT_EQ(matchLabels(three, 3, reference, 2), (std::vector<int>{1, -1, 0}));
    EXPECT_EQ(segmentOrder(three, 3, &reference, 2), (std::vector<int>{1, 2, 0}));
    // One segment against two: it matches the one it shares most with.
    EXPECT_EQ(matchLabels({0, 0, 0, 0, 0, 0}, 1, {1, 1, 1, 1, 0, 0}, 2), (std::vector<int>{1}));
    EXPECT_THROW(matchLabels({0, 1}, 2, {0}, 1), Error);
    EXPECT_THROW(segmentOrder({0, 3}, 2), Error);
}

TEST(LabelMatching, TheMatchingSharesAsManyRowsAsTheBestPermutation) {
    std::mt19937 rng(7);
    for (int trial = 0; trial < 200; ++trial) {
        const int k = 1 + int(rng() % 6);
        const int kRef = 1 + int(rng() % 6);
        Labels labels(60), reference(60);
        for (std::size_t i = 0; i < labels.size(); ++i) {
            labels[i] = int(rng() % unsigned(k));
            reference[i] = int(rng() % unsigned(kRef));
        }
        const auto overlap = labelOverlap(labels, k, reference, kRef);
        const auto match = matchLabels(labels, k, reference, kRef);
        std::int64_t shared = 0;
        std::vector<int> used;
        for (int a = 0; a < k; ++a) {
            if (match[std::size_t(a)] >= 0) {
                shared += overlap[std::size_t(a)][std::size_t(match[std::size_t(a)])];
                used.push_back(match[std::size_t(a)]);
            }
        }
        std::sort(used.begin(), used.end());
        EXPECT_EQ(std::adjacent_find(used.begin(), used.end()), used.end()); // one-to-one
        EXPECT_EQ(int(used.size()), std::min(k, kRef));
        // Brute force: every assignment of the n = max(k, kRef) padded rows to columns.
        const int n = std::max(k, kRef);
        std::vector<int> perm(static_cast<std::size_t>(n));
        std::iota(perm.begin(), perm.end(), 0);
        std::int64_t best = 0;
        do {
            std::int64_t total = 0;
            for (int a = 0; a < k; ++a) {
                if (perm[std::size_t(a)] < kRef) {
                    total += overlap[std::size_t(a)][std::size_t(perm[std::size_t(a)])];
                }
            }
            best = std::max(best, total);
        } while (std::next_permutation(perm.begin(), perm.end()));
        EXPECT_EQ(shared, best) << "trial " << trial;
    }
}

TEST(LabelMatching, KMeansAndWardOnTheSampleKeepTheirNumbers) {
    NullProgress p;
    const Table table = readCsvFile(GUGUS_SAMPLE_CSV, {}, p).table;
    const Recipe recipe = Recipe::defaults(table);
    SegmentationOptions kmeans;
    kmeans.k = 4;
    const auto first = runSegmentation(table, recipe, kmeans, p);
    // Numbered by size, and every per-segment part follows the same numbers.
    for (int s = 0; s < 4; ++s) {
        const auto size = first.partition.sizes[std::size_t(s)];
        EXPECT_EQ(size,
                  std::count(first.partition.labels.begin(), first.partition.labels.end(), s));
        EXPECT_EQ(first.profile.segments[std::size_t(s)].size, size);
        EXPECT_EQ(first.kmeans.sizes[std::size_t(s)], size);
        if (s > 0) {
            EXPECT_GE(first.partition.sizes[std::size_t(s - 1)], size);
        }
    }
    SegmentationOptions ward = kmeans;
    ward.algorithm = Algorithm::Hierarchical;
    const auto second = runSegmentation(table, recipe, ward, p, &first.tableLabels);
    // Matched to K-Means: the best matching pairs segment s of Ward with segment s of K-Means.
    EXPECT_EQ(matchLabels(second.tableLabels, 4, first.tableLabels, 4),
              (std::vector<int>{0, 1, 2, 3}));
}
