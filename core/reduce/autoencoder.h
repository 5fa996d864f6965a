#pragma once

#include "common/matrix.h"
#include "common/progress.h"

#include <Eigen/Core>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace gugus::core {

/// Limits of the network shapes the autoencoder builds (dlib networks are types, so the depth is
/// one of a fixed set).
inline constexpr int kAutoencoderMaxHidden = 3;     ///< hidden layers on each side
inline constexpr int kAutoencoderMaxWidth = 4096;   ///< units in one layer
inline constexpr int kAutoencoderMaxEpochs = 10000; ///< training passes over the rows

struct AutoencoderOptions {
    /// Widths of the encoder's hidden layers, outermost first (the decoder mirrors them); 0 to
    /// kAutoencoderMaxHidden layers.
    std::vector<int> hidden{32, 16};
    int bottleneck = 8;     ///< code width, 1 <= bottleneck < features
    int epochs = 50;        ///< passes over the rows
    int batchSize = 32;     ///< rows per Adam step (the last batch of an epoch may be smaller)
    std::uint64_t seed = 0; ///< initial weights and the order of the rows in every epoch
    double learningRate = 1e-3;
    /// Called on the training thread after each epoch with its number (1-based) and loss, for a
    /// live chart; not part of the recipe (never saved, not compared).
    std::function<void(int epoch, double loss)> onEpoch;
};

/// A trained symmetric fully connected autoencoder: features -> hidden (ReLU) -> bottleneck
/// (linear) -> mirrored hidden (ReLU) -> features (linear).
struct Autoencoder {
    std::vector<int> hidden;
    int bottleneck = 0;
    std::int64_t inputs = 0; ///< feature count d
    /// The dlib network (dlib::serialize, cleaned of per-batch buffers): what a model file keeps.
    std::string network;
    /// The same weights as doubles, layer by layer from the input: weights[l] is in x out,
    /// biases[l] has `out` values. 2 * hidden.size() + 2 layers; the first hidden.size() + 1 end
    /// at the bottleneck.
    std::vector<Eigen::MatrixXd> weights;
    std::vector<Eigen::VectorXd> biases;
    /// Mean squared reconstruction error over the training values after each epoch (the
    /// mini-batch losses of the epoch, averaged over its rows and features).
    std::vector<double> lossPerEpoch;

    /// Rows of scaled features (n x d) to their codes (n x bottleneck). Same bits for 1 or N
    /// threads. Throws Error(InvalidOption, "columns") for another d.
    FeatureMatrix encode(const FeatureMatrix& x) const;
    /// Mean squared difference between x and the network's reconstruction of x.
    double reconstructionMse(const FeatureMatrix& x) const;
};

/// Trains an autoencoder on the rows of x with Adam on the mean squared error, mini-batches in
/// a seeded order (progress stage "reduce.autoencoder": one report per epoch, the epoch's loss
/// to options.onEpoch; cancel between mini-batches). Same weights for the same seed,
/// on 1 or N threads. Throws Error(InvalidOption, "reduce") for shapes outside the limits,
/// Error(TooFewRows) for fewer than 2 rows, Error(NonFiniteValue) for NaN/infinite values or a
/// training that diverged, Cancelled.
Autoencoder trainAutoencoder(const FeatureMatrix& x, const AutoencoderOptions& options,
                             Progress& progress);

/// An autoencoder from its dlib bytes, for a network of `inputs` features with these hidden
/// widths and bottleneck. The bytes come from a file: they must match the layout dlib writes
/// for that shape byte for byte except the weights (checked before dlib reads them), and every
/// weight must be finite. Throws std::invalid_argument saying what is wrong.
Autoencoder autoencoderFromNetwork(const std::string& network, std::int64_t inputs,
                                   const std::vector<int>& hidden, int bottleneck);

} // namespace gugus::core
