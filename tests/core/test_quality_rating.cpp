// The plain-language rating of a mean silhouette: the bands and their edges.
#include "metrics/quality_rating.h"

#include <gtest/gtest.h>

#include <limits>

using namespace gugus::core;

TEST(QualityRating, BandsAndEdges) {
    EXPECT_EQ(separationRating(1.0), SeparationRating::Strong);
    EXPECT_EQ(separationRating(0.71), SeparationRating::Strong);
    EXPECT_EQ(separationRating(0.70), SeparationRating::Reasonable);
    EXPECT_EQ(separationRating(0.55), SeparationRating::Reasonable);
    EXPECT_EQ(separationRating(0.50), SeparationRating::Reasonable);
    EXPECT_EQ(separationRating(0.4999), SeparationRating::Weak);
    EXPECT_EQ(separationRating(0.25), SeparationRating::Weak);
    EXPECT_EQ(separationRating(0.2499), SeparationRating::None);
    EXPECT_EQ(separationRating(0.12), SeparationRating::None);
    EXPECT_EQ(separationRating(-0.3), SeparationRating::None);
}

TEST(QualityRating, UndefinedSilhouetteHasNoStructure) {
    EXPECT_EQ(separationRating(std::numeric_limits<double>::quiet_NaN()), SeparationRating::None);
}
