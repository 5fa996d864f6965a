#pragma once

#include "model/segment_model.h"

#include <string>
#include <vector>

namespace gugus::core {

/// One attribute of a customer typed in by hand: a column and its value as text (numbers in the
/// C locale, "" = missing).
struct CustomerValue {
    std::string column;
    std::string value;
};

/// One product of the customer's segment offered to them.
struct CustomerOffer {
    ProductOffer product;       ///< the segment's ownership of it
    bool ownershipKnown = true; ///< false: the customer's ownership of it was not given
};

/// One customer scored with a saved model.
struct CustomerScore {
    /// 0..k-1, or -1: not scored (the notes say why: a value it cannot use, left out by the
    /// model's row rules) or, for DBSCAN, atypical (note Atypical).
    int segment = -1;
    std::string name; ///< the segment's saved name ("" when unnamed or not scored)
    /// What `values` hold: distances under the model's rule (K-Means, hierarchical, K-Medoids,
    /// DBSCAN: the nearest core customer of each segment) or, for a Gaussian mixture, the
    /// membership probability of each segment (the segment is the most probable one).
    enum class Measure { Distance, Probability };
    Measure measure = Measure::Distance;
    Dissimilarity distance = Dissimilarity::Euclidean; ///< of Measure::Distance
    bool reduced = false; ///< distances are over the model's reduction (PCA) components
    double eps = 0.0;     ///< DBSCAN: a customer farther than eps from every core is atypical
    /// Per segment (k values); empty when the customer could not be prepared or the model's row
    /// rules leave them out.
    std::vector<double> values;
    std::vector<ScoreNote> notes; ///< as scoreTable's, plus OutOfRange for numeric values
    /// The model carries per-segment product ownership (SegmentModel::offers). When it does not,
    /// `offers` is empty for that reason, not because there is nothing to offer.
    bool offersKnown = false;
    /// The segment's products owned by at least `minSupport` of it, in the segment's ranking
    /// (lift, then gap), less those the customer owns.
    std::vector<CustomerOffer> offers;
    std::vector<std::string> owned; ///< of those products, the ones the customer owns
};

/// The columns a customer can be described by, in this order without repeats: the model's feature
/// columns, the columns its row filters and outlier rules read, the product columns of its offers.
/// Identifier columns are not among them.
std::vector<std::string> customerColumns(const SegmentModel& model);

/// The documented default of scoreCustomer's `minSupport` (gugus-cli's --min-support, the Offers
/// view's first setting): a product is offered when at least 30 % of the segment own it.
inline constexpr double kDefaultOfferSupport = 0.3;

/// Scores one customer through scoreTable() (a one-row table), so the segment and notes are
/// exactly those of the same row in a scored file. Columns of customerColumns() not given are
/// missing values (imputed or not scored as the recipe says). A product column's value is 1
/// (owns it), 0 (does not) or "" (not known); another value gets a NotANumber note and counts as
/// not known. Throws Error(UnknownColumn, column) for a column not in customerColumns(),
/// Error(InvalidOption, column, "given twice") for a repeated column.
CustomerScore scoreCustomer(const SegmentModel& model, const std::vector<CustomerValue>& values,
                            double minSupport);

} // namespace gugus::core
