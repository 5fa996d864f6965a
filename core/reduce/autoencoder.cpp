// The autoencoder reduction: a symmetric fully connected network trained with dlib's DNN on the
// CPU, its codes computed here in double precision row by row (the same bits for training rows
// and scored rows, whatever the thread count).
#include "reduce/autoencoder.h"

#include "common/error.h"
#include "common/parallel.h"
#include "common/random.h"
#include "numeric/distance_kernel.h"

#include <dlib/dnn.h>

#include <cmath>
#include <cstring>
#include <numeric>
#include <sstream>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace gugus::core {

namespace {

// dlib networks are types: one per number of hidden layers on each side. Widths are set at run
// time (set_num_outputs); the template's 1 is only dlib's default.
using Input = dlib::input<dlib::matrix<float, 0, 1>>;
template <int H, class S> struct Hidden {
    using type = dlib::relu<dlib::fc<1, typename Hidden<H - 1, S>::type>>;
};
template <class S> struct Hidden<0, S> { using type = S; };
template <int H>
using Net = dlib::loss_mean_squared_multioutput<
    dlib::fc<1, typename Hidden<H, dlib::fc<1, typename Hidden<H, Input>::type>>::type>>;

template <class Fn> decltype(auto) withDepth(std::size_t hidden, Fn&& fn) {
    switch (hidden) {
    case 0:
        return fn(std::integral_constant<int, 0>{});
    case 1:
        return fn(std::integral_constant<int, 1>{});
    case 2:
        return fn(std::integral_constant<int, 2>{});
    default:
        static_assert(kAutoencoderMaxHidden == 3);
        return fn(std::integral_constant<int, 3>{});
    }
}

/// Output widths of the fully connected layers from the input up.
std::vector<long> layerWidths(std::int64_t inputs, const std::vector<int>& hidden, int bottleneck) {
    std::vector<long> widths(hidden.begin(), hidden.end());
    widths.push_back(bottleneck);
    widths.insert(widths.end(), hidden.rbegin(), hidden.rend());
    widths.push_back(long(inputs));
    return widths;
}

/// The parameter tensors of the fully connected layers, from the input up.
template <class N> std::vector<dlib::tensor*> fcParams(N& net) {
    std::vector<dlib::tensor*> params;
    dlib::visit_computational_layers(net, [&](auto& details) {
        if constexpr (requires { details.set_num_outputs(1L); }) {
            params.push_back(&details.get_layer_params());
        }
    });
    return {params.rbegin(), params.rend()}; // dlib visits from the output down
}

/// A network of the given widths with its parameters allocated (dlib allocates them on the first
/// forward pass) and its per-batch buffers dropped.
template <int H> Net<H> shapedNet(const std::vector<long>& widths) {
    Net<H> net;
    std::size_t next = widths.size();
    dlib::visit_computational_layers(net, [&](auto& details) {
        if constexpr (requires { details.set_num_outputs(1L); }) {
            details.set_num_outputs(widths[--next]);
        }
    });
    // Through to_tensor: it also tells the input layer how samples map to tensor rows.
    const dlib::matrix<float, 0, 1> zeros = dlib::zeros_matrix<float>(widths.back(), 1);
    dlib::resizable_tensor probe;
    net.to_tensor(&zeros, &zeros + 1, probe);
    net.forward(probe);
    net.clean();
    return net;
}

template <class N> std::string bytesOf(const N& net) {
    std::ostringstream out;
    dlib::serialize(net, out);
    return std::move(out).str();
}

/// Glorot-uniform weights (Keras' default for dense layers) and zero biases, from our own
/// seeded source: dlib's setup draws from std::rand().
void initialise(const std::vector<dlib::tensor*>& params, const std::vector<long>& widths,
                std::int64_t inputs, Random& random) {
    long in = long(inputs);
    for (std::size_t l = 0; l < params.size(); ++l) {
        const long out = widths[l];
        float* p = params[l]->host();
        const double limit = std::sqrt(6.0 / double(in + out));
        for (long i = 0; i < in * out; ++i) {
            p[i] = float((2.0 * random.uniform() - 1.0) * limit);
        }
        std::fill(p + in * out, p + (in + 1) * out, 0.0f);
        in = out;
    }
}

/// The double-precision copy of the weights the codes are computed with.
void copyWeights(const std::vector<dlib::tensor*>& params, const std::vector<long>& widths,
                 Autoencoder& a) {
    long in = long(a.inputs);
    a.weights.clear();
    a.biases.clear();
    for (std::size_t l = 0; l < params.size(); ++l) {
        const long out = widths[l];
        const float* p = params[l]->host();
        Eigen::MatrixXd w(in, out);
        for (long i = 0; i < in; ++i) {
            for (long o = 0; o < out; ++o) {
                w(i, o) = double(p[i * out + o]);
            }
        }
        Eigen::VectorXd b(out);
        for (long o = 0; o < out; ++o) {
            b[o] = double(p[in * out + o]);
        }
        a.weights.push_back(std::move(w));
        a.biases.push_back(std::move(b));
        in = out;
    }
}

void checkShape(std::int64_t inputs, const std::vector<int>& hidden, int bottleneck) {
    const auto bad = [](const std::string& why) {
        throw Error(ErrorCode::InvalidOption, "reduce", -1, -1, why);
    };
    if (hidden.size() > std::size_t(kAutoencoderMaxHidden)) {
        bad("at most " + std::to_string(kAutoencoderMaxHidden) +
            " hidden layers before the bottleneck");
    }
    for (const int w : hidden) {
        if (w < 1 || w > kAutoencoderMaxWidth) {
            bad("layer widths must be 1 to " + std::to_string(kAutoencoderMaxWidth));
        }
    }
    if (bottleneck < 1 || std::int64_t(bottleneck) >= inputs) {
        bad("the bottleneck must be 1 to " + std::to_string(inputs - 1) + " for " +
            std::to_string(inputs) + " features (narrower than the features)");
    }
}

template <int H>
Autoencoder train(const FeatureMatrix& x, const AutoencoderOptions& o, Progress& progress) {
    const std::int64_t n = x.rows();
    const std::int64_t d = x.cols();
    Autoencoder a;
    a.hidden = o.hidden;
    a.bottleneck = o.bottleneck;
    a.inputs = d;
    const std::vector<long> widths = layerWidths(d, o.hidden, o.bottleneck);
    Net<H> net = shapedNet<H>(widths);
    const std::vector<dlib::tensor*> params = fcParams(net);
    Random random(o.seed);
    initialise(params, widths, d, random);

    std::vector<dlib::matrix<float>> rows(std::size_t(n), dlib::matrix<float>(d, 1));
    for (std::int64_t i = 0; i < n; ++i) {
        for (std::int64_t f = 0; f < d; ++f) {
            rows[std::size_t(i)](long(f)) = float(x(i, f));
        }
    }
    std::vector<dlib::adam> solvers(Net<H>::num_computational_layers,
                                    dlib::adam(0.0f, 0.9f, 0.999f));
    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    const std::int64_t batch = std::min<std::int64_t>(o.batchSize, n);
    dlib::resizable_tensor input;
    std::vector<dlib::matrix<float>> labels;
    for (int epoch = 0; epoch < o.epochs; ++epoch) {
        // Fisher-Yates with our own draws: the same order on every standard library.
        for (std::int64_t i = n - 1; i > 0; --i) {
            std::swap(order[std::size_t(i)],
                      order[std::size_t(random.below(std::uint64_t(i + 1)))]);
        }
        double squares = 0.0;
        for (std::int64_t start = 0; start < n; start += batch) {
            progress.throwIfCancelled();
            const std::int64_t m = std::min(batch, n - start);
            input.set_size(long(m), long(d));
            labels.resize(std::size_t(m));
            float* p = input.host();
            for (std::int64_t r = 0; r < m; ++r) {
                const auto& row = rows[std::size_t(order[std::size_t(start + r)])];
                std::copy(&row(0), &row(0) + d, p + r * d);
                labels[std::size_t(r)] = row;
            }
            // dlib's loss is the squared error summed over features, averaged over the rows.
            squares += net.compute_parameter_gradients(input, labels.begin()) * double(m);
            net.update_parameters(solvers, o.learningRate);
        }
        const double loss = squares / (double(n) * double(d));
        if (!std::isfinite(loss)) {
            throw Error(ErrorCode::NonFiniteValue, "reduce", -1, -1,
                        "the autoencoder's training diverged at epoch " +
                            std::to_string(epoch + 1));
        }
        a.lossPerEpoch.push_back(loss);
        if (o.onEpoch) {
            o.onEpoch(epoch + 1, loss);
        }
        progress.report(epoch + 1, o.epochs, "reduce.autoencoder");
    }
    net.clean();
    a.network = bytesOf(net);
    copyWeights(params, widths, a);
    return a;
}

/// Runs the first `layers` layers on one row (ReLU after every hidden layer, none after the
/// bottleneck or the output).
Eigen::RowVectorXd forwardRow(const Autoencoder& a, const Eigen::RowVectorXd& row,
                              std::size_t layers) {
    Eigen::RowVectorXd h = row;
    for (std::size_t l = 0; l < layers; ++l) {
        Eigen::RowVectorXd next = a.biases[l].transpose();
        next.noalias() += h * a.weights[l];
        if (l != a.hidden.size() && l + 1 != a.weights.size()) {
            next = next.cwiseMax(0.0);
        }
        h = std::move(next);
    }
    return h;
}

void checkColumns(const Autoencoder& a, const FeatureMatrix& x) {
    if (x.cols() != a.inputs) {
        throw Error(ErrorCode::InvalidOption, "columns", -1, -1,
                    std::to_string(x.cols()) + " columns for an autoencoder of " +
                        std::to_string(a.inputs));
    }
}

} // namespace

FeatureMatrix Autoencoder::encode(const FeatureMatrix& x) const {
    checkColumns(*this, x);
    FeatureMatrix codes(x.rows(), bottleneck);
    parallelBlocks(x.rows(), detail::blockRowsFor(x.rows()),
                   [&](std::int64_t, std::int64_t begin, std::int64_t end) {
                       for (std::int64_t i = begin; i < end; ++i) {
                           codes.row(i) = forwardRow(*this, x.row(i), hidden.size() + 1);
                       }
                   });
    return codes;
}

double Autoencoder::reconstructionMse(const FeatureMatrix& x) const {
    checkColumns(*this, x);
    const std::int64_t n = x.rows();
    if (n == 0 || inputs == 0) {
        return 0.0;
    }
    const std::int64_t block = detail::blockRowsFor(n);
    std::vector<double> partial(std::size_t(blockCount(n, block)), 0.0);
    parallelBlocks(n, block, [&](std::int64_t b, std::int64_t begin, std::int64_t end) {
        double sum = 0.0;
        for (std::int64_t i = begin; i < end; ++i) {
            sum += (forwardRow(*this, x.row(i), weights.size()) - x.row(i)).squaredNorm();
        }
        partial[std::size_t(b)] = sum;
    });
    return std::accumulate(partial.begin(), partial.end(), 0.0) / (double(n) * double(inputs));
}

Autoencoder trainAutoencoder(const FeatureMatrix& x, const AutoencoderOptions& options,
                             Progress& progress) {
    checkShape(x.cols(), options.hidden, options.bottleneck);
    if (options.epochs < 1 || options.epochs > kAutoencoderMaxEpochs) {
        throw Error(ErrorCode::InvalidOption, "reduce", -1, -1,
                    "epochs must be 1 to " + std::to_string(kAutoencoderMaxEpochs));
    }
    if (options.batchSize < 1) {
        throw Error(ErrorCode::InvalidOption, "reduce", -1, -1, "the batch size must be >= 1");
    }
    if (!(options.learningRate > 0.0 && options.learningRate < 1.0)) {
        throw Error(ErrorCode::InvalidOption, "reduce", -1, -1,
                    "the learning rate must be between 0 and 1");
    }
    if (x.rows() < 2) {
        throw Error(ErrorCode::TooFewRows, "reduce", -1, -1, std::to_string(x.rows()));
    }
    for (std::int64_t f = 0; f < x.cols(); ++f) {
        if (!x.col(f).allFinite()) {
            throw Error(ErrorCode::NonFiniteValue, "reduce");
        }
    }
    return withDepth(options.hidden.size(), [&](auto depth) {
        return train<decltype(depth)::value>(x, options, progress);
    });
}

Autoencoder autoencoderFromNetwork(const std::string& network, std::int64_t inputs,
                                   const std::vector<int>& hidden, int bottleneck) {
    if (inputs < 2) {
        throw std::invalid_argument("an autoencoder needs at least 2 features");
    }
    try {
        checkShape(inputs, hidden, bottleneck);
    } catch (const Error& e) {
        throw std::invalid_argument(e.detail());
    }
    const std::vector<long> widths = layerWidths(inputs, hidden, bottleneck);
    // Every weight takes 4 bytes, so a file cannot make us build a network larger than itself.
    double values = 0.0;
    long in = long(inputs);
    for (const long out : widths) {
        values += double(in + 1) * double(out);
        in = out;
    }
    if (double(network.size()) < 4.0 * values) {
        throw std::invalid_argument("the network is shorter than its " +
                                    std::to_string(std::int64_t(values)) + " weights");
    }
    return withDepth(hidden.size(), [&](auto depth) {
        constexpr int H = decltype(depth)::value;
        // The layout dlib writes for this shape: built twice, once with every weight byte 0x00
        // and once 0xff, so the bytes that differ are exactly the weights' and all others must
        // match. dlib reads sizes from the bytes and trusts them; after this check it only ever
        // sees the sizes of the shape the file declares.
        Net<H> reference = shapedNet<H>(widths);
        std::vector<dlib::tensor*> params = fcParams(reference);
        for (dlib::tensor* t : params) {
            std::memset(t->host(), 0x00, t->size() * sizeof(float));
        }
        const std::string zeros = bytesOf(reference);
        for (dlib::tensor* t : params) {
            std::memset(t->host(), 0xff, t->size() * sizeof(float));
        }
        const std::string ones = bytesOf(reference);
        if (network.size() != zeros.size()) {
            throw std::invalid_argument("has " + std::to_string(network.size()) +
                                        " bytes where the declared layers take " +
                                        std::to_string(zeros.size()));
        }
        for (std::size_t i = 0; i < zeros.size(); ++i) {
            if (zeros[i] == ones[i] && network[i] != zeros[i]) {
                throw std::invalid_argument("is not a dlib network of the declared layers (byte " +
                                            std::to_string(i) + ")");
            }
        }
        Net<H> net;
        try {
            std::istringstream in(network);
            dlib::deserialize(net, in);
        } catch (const std::exception& e) {
            throw std::invalid_argument(std::string("cannot be read: ") + e.what());
        }
        params = fcParams(net);
        Autoencoder a;
        a.hidden = hidden;
        a.bottleneck = bottleneck;
        a.inputs = inputs;
        a.network = network;
        copyWeights(params, widths, a);
        for (std::size_t l = 0; l < a.weights.size(); ++l) {
            if (!a.weights[l].allFinite() || !a.biases[l].allFinite()) {
                throw std::invalid_argument("layer " + std::to_string(l + 1) +
                                            " has weights that are not finite numbers");
            }
        }
        return a;
    });
}

} // namespace gugus::core
