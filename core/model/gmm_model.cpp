#include "model/gmm_model.h"

#include "common/error.h"

#include <cmath>

namespace gugus::core::detail {

using nlohmann::json;

json gmmToJson(const GmmModel& gmm) {
    json covariances = json::array();
    for (const Eigen::MatrixXd& c : gmm.covariances) {
        covariances.push_back(matrixToJson(FeatureMatrix(c)));
    }
    return json{{"covariance", covarianceKey(gmm.covariance)},
                {"weights", std::vector<double>(gmm.weights.begin(), gmm.weights.end())},
                {"covariances", std::move(covariances)}};
}

GmmModel gmmFromJson(const json_fields::Reader& r, int k, const CentreMatrix& means) {
    using json_fields::Reader;
    GmmModel m;
    m.covariance = r.key("covariance", covarianceFromKey);
    m.means = means;
    const auto d = means.cols();
    const auto weights = r.numbers("weights", 0.0, 1.0);
    if (std::int64_t(weights.size()) != k) {
        r.fail("weights", "must have k = " + std::to_string(k) + " values");
    }
    double total = 0.0;
    for (const double w : weights) {
        if (!(w > 0.0)) {
            r.fail("weights", "must all be > 0");
        }
        total += w;
    }
    if (std::abs(total - 1.0) > 1e-9) {
        r.fail("weights", "must sum to 1");
    }
    m.weights = Eigen::Map<const Eigen::VectorXd>(weights.data(), k);
    const bool perComponent = m.covariance == CovarianceType::Full;
    const std::size_t count = perComponent ? std::size_t(k) : 1;
    const json& list = r.array("covariances");
    if (list.size() != count) {
        r.fail("covariances", "must hold " + std::to_string(count) + " matrices for " +
                                  covarianceKey(m.covariance) + " covariances");
    }
    const std::int64_t cols = m.covariance == CovarianceType::Spherical ? 1 : d;
    const std::int64_t rows = perComponent || m.covariance == CovarianceType::Tied ? d : k;
    // Each matrix is read through a one-field object so its path names it.
    for (std::size_t i = 0; i < count; ++i) {
        const std::string field = Reader::indexed("covariances", i);
        const json wrapped{{"matrix", list[i]}};
        const Reader one(wrapped, ErrorCode::InvalidModel, r.pathOf(field));
        Eigen::MatrixXd c = matrixFromJson(one, "matrix", cols);
        if (c.rows() != rows) {
            r.fail(field, "must have " + std::to_string(rows) + " rows");
        }
        if (rows == cols) {
            const double scale = c.cwiseAbs().maxCoeff();
            if (!((c - c.transpose()).cwiseAbs().maxCoeff() <= 1e-9 * scale)) {
                r.fail(field, "must be symmetric");
            }
        }
        m.covariances.push_back(std::move(c));
    }
    try {
        gmmComputePrecisions(m);
    } catch (const Error&) {
        r.fail("covariances", "must be positive definite (variances > 0)");
    }
    return m;
}

} // namespace gugus::core::detail
