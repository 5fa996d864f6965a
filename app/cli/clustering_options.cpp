#include "cli_options.h"

#include "common/parallel.h"

#include <string>

#include <charconv>

namespace gugus::cli {

const std::set<std::string> kKMeansOptions{"algorithm",     "kmeans-algorithm",
                                           "init",          "k",
                                           "k-min",         "k-max",
                                           "seed",          "n-init",
                                           "max-iter",      "tol",
                                           "silhouette",    "threads",
                                           "linkage",       "metric",
                                           "height",        "eps",
                                           "min-samples",   "max-matrix-gb",
                                           "kmedoids-init", "gower-weight",
                                           "matrix-rows",   "covariance",
                                           "gmm-init",      "reg-covar",
                                           "batch-size",    "max-no-improvement"};

const char* const kKMeansHelp = R"(Clustering:
  --algorithm kmeans|hierarchical|dbscan|kmedoids|gmm   (default kmeans)
  --k N|auto           number of segments (kmeans, hierarchical, kmedoids, gmm); auto = k sweep
                       k-min..k-max
                       and its suggestion (hierarchical: cuts of one tree)
  --k-min N --k-max N  sweep range (default 2..10)
  --seed S             random seed (default 0); same seed, same result on any thread count
  --n-init R           k-means restarts, best inertia wins (default 10)
  --max-iter N         iterations per restart (default 300)
  --tol T              relative tolerance (default 1e-4, as scikit-learn)
  --init k-means++|random   initialisation (default k-means++)
  --kmeans-algorithm lloyd|elkan|minibatch   (default lloyd; lloyd and elkan give the same
                       result; minibatch is scikit-learn's MiniBatchKMeans for millions of rows:
                       centres learn from random batches, close to the full result, not equal)
  --batch-size N       minibatch: rows per batch (default 1024)
  --max-no-improvement N   minibatch: stop after N batches without a lower smoothed inertia
                       (default 10; 0 = run --max-iter passes over the data)
                       With minibatch, --n-init starts are compared on a validation sample,
                       --max-iter counts passes over the data and --tol is not used.
  --silhouette auto|exact|sampled[:N]   exact up to 30000 rows in auto mode (default auto);
                       sampled: N rows (default 10000) each measured against 10000 rows drawn
                       evenly from the segments, with its standard error
Hierarchical:
  --linkage ward|complete|average|single|weighted   (default ward)
  --metric euclidean|manhattan|cosine   (default euclidean; ward needs euclidean)
  --height H           cut the tree at height H instead of into k segments
  --max-matrix-gb G    memory allowed for the distance matrix of complete/average/weighted
                       linkage (default: half the machine's memory); ward and single need none
K-Medoids (FasterPAM; every segment is represented by a real customer, its medoid):
  --metric gower|euclidean|manhattan   (default gower: the raw mixed columns, no one-hot;
                       euclidean/manhattan: the prepared features)
  --kmedoids-init build|k-means++   (default build)
  --gower-weight COLUMN=W   weight of a column in the Gower distance (repeatable; default 1)
  --matrix-rows N      store the n x n distances up to N rows (default 4000), compute them
                       on the fly above
  --max-iter N         passes over the customers (default 100)
Gaussian mixture (EM as scikit-learn's GaussianMixture; each customer also gets the probability
of belonging to every segment; the sweep adds BIC and AIC per k):
  --covariance full|diag|spherical|tied   (default full)
  --gmm-init kmeans|k-means++   start from one K-Means run or from k-means++ rows (default kmeans)
  --reg-covar X        added to every covariance diagonal (default 1e-6)
  --n-init R           restarts, the highest likelihood bound wins (default 1)
  --max-iter N         EM iterations per restart (default 100)
  --tol T              stop when the mean log-likelihood changes by less (default 1e-3)
DBSCAN (noise rows get segment -1 and are left out of the metrics):
  --eps E              neighbourhood radius in scaled feature space (see `gugus-cli kdist`)
  --min-samples M      rows within eps, the row included, to be a core row (default 5)
  --threads N          worker threads (default: all cores)
)";

core::SegmentationOptions segmentationOptionsFrom(const Args& args) {
    core::SegmentationOptions o;
    const std::string algorithm = args.get("algorithm", "kmeans");
    const auto chosen = core::algorithmFromKey(algorithm);
    if (!chosen) {
        throw UsageError("unknown --algorithm '" + algorithm +
                         "' (available: kmeans, hierarchical, dbscan, kmedoids, gmm)");
    }
    o.algorithm = *chosen;
    const bool hierarchical = o.algorithm == core::Algorithm::Hierarchical;
    const bool dbscan = o.algorithm == core::Algorithm::Dbscan;
    const bool kmedoids = o.algorithm == core::Algorithm::KMedoids;
    const bool gmm = o.algorithm == core::Algorithm::Gmm;
    for (const char* name : {"linkage", "height", "max-matrix-gb"}) {
        if (args.has(name) && !hierarchical) {
            throw UsageError(std::string("--") + name + " needs --algorithm hierarchical");
        }
    }
    for (const char* name : {"kmedoids-init", "gower-weight", "matrix-rows"}) {
        if (args.has(name) && !kmedoids) {
            throw UsageError(std::string("--") + name + " needs --algorithm kmedoids");
        }
    }
    for (const char* name : {"covariance", "gmm-init", "reg-covar"}) {
        if (args.has(name) && !gmm) {
            throw UsageError(std::string("--") + name + " needs --algorithm gmm");
        }
    }
    if (gmm && args.has("init")) {
        throw UsageError("--init is K-Means'; a Gaussian mixture starts with --gmm-init");
    }
    for (const char* name : {"metric"}) {
        if (args.has(name) && !hierarchical && !kmedoids) {
            throw UsageError(std::string("--") + name + " needs --algorithm hierarchical");
        }
    }
    for (const char* name : {"eps", "min-samples"}) {
        if (args.has(name) && !dbscan) {
            throw UsageError(std::string("--") + name + " needs --algorithm dbscan");
        }
    }
    if (hierarchical) {
        const auto linkage = core::linkageFromKey(args.get("linkage", "ward"));
        const auto metric = core::metricFromKey(args.get("metric", "euclidean"));
        if (!linkage) {
            throw UsageError("--linkage must be ward, complete, average, single or weighted");
        }
        if (!metric) {
            throw UsageError("--metric must be euclidean, manhattan or cosine");
        }
        o.hierarchical.linkage = *linkage;
        o.hierarchical.metric = *metric;
        if (args.has("max-matrix-gb")) {
            const double gb = args.getDouble("max-matrix-gb", 0.0);
            if (!(gb > 0.0)) {
                throw UsageError("--max-matrix-gb must be > 0");
            }
            o.hierarchical.maxMatrixBytes = std::int64_t(gb * double(1LL << 30));
        }
        if (args.has("height")) {
            if (args.has("k")) {
                throw UsageError("give --k or --height, not both");
            }
            o.cutHeight = args.getDouble("height", 0.0);
            if (!(*o.cutHeight >= 0.0)) {
                throw UsageError("--height must be >= 0");
            }
        }
    }
    if (dbscan) {
        if (args.has("k")) {
            throw UsageError("DBSCAN finds the number of segments itself: give --eps, not --k");
        }
        if (!args.has("eps")) {
            throw UsageError("--algorithm dbscan needs --eps (gugus-cli kdist suggests one)");
        }
        o.dbscan.eps = args.getDouble("eps", 0.0);
        o.dbscan.minSamples = int(args.getInt("min-samples", 5));
        if (!(o.dbscan.eps > 0.0) || o.dbscan.minSamples < 1) {
            throw UsageError("--eps must be > 0 and --min-samples >= 1");
        }
    }
    const std::string k = args.get("k", "auto");
    if (k != "auto" && !dbscan) {
        o.k = int(args.getInt("k", 0));
        if (*o.k < 1) {
            throw UsageError("--k must be a whole number >= 1 or auto");
        }
    }
    o.kMin = int(args.getInt("k-min", 2));
    o.kMax = int(args.getInt("k-max", 10));
    if (o.kMin < 2 || o.kMax < o.kMin) {
        throw UsageError("--k-min must be >= 2 and --k-max >= --k-min");
    }
    o.kmeans.seed = seedFrom(args);
    o.kmeans.nInit = int(args.getInt("n-init", 10));
    o.kmeans.maxIter = int(args.getInt("max-iter", 300));
    o.kmeans.tol = args.getDouble("tol", 1e-4);
    if (o.kmeans.nInit < 1 || o.kmeans.maxIter < 1 || o.kmeans.tol < 0) {
        throw UsageError("--n-init and --max-iter must be >= 1, --tol >= 0");
    }
    o.kmeans.init = choice<core::KMeansInit>(args, "init",
                                             {{"k-means++", core::KMeansInit::KMeansPlusPlus},
                                              {"kmeans++", core::KMeansInit::KMeansPlusPlus},
                                              {"random", core::KMeansInit::Random}},
                                             "k-means++ or random")
                        .value_or(core::KMeansInit::KMeansPlusPlus);
    o.kmeans.algorithm =
        choice<core::KMeansAlgorithm>(args, "kmeans-algorithm",
                                      {{"lloyd", core::KMeansAlgorithm::Lloyd},
                                       {"elkan", core::KMeansAlgorithm::Elkan},
                                       {"minibatch", core::KMeansAlgorithm::MiniBatch}},
                                      "lloyd, elkan or minibatch")
            .value_or(core::KMeansAlgorithm::Lloyd);
    const bool miniBatch = o.kmeans.algorithm == core::KMeansAlgorithm::MiniBatch;
    for (const char* name : {"batch-size", "max-no-improvement"}) {
        if (args.has(name) && !miniBatch) {
            throw UsageError(std::string("--") + name + " needs --kmeans-algorithm minibatch");
        }
    }
    if (miniBatch) {
        if (o.algorithm != core::Algorithm::KMeans) {
            throw UsageError("--kmeans-algorithm minibatch needs --algorithm kmeans");
        }
        o.kmeans.miniBatch.batchSize = args.getInt("batch-size", 1024);
        o.kmeans.miniBatch.maxNoImprovement = int(args.getInt("max-no-improvement", 10));
        if (o.kmeans.miniBatch.batchSize < 1 || o.kmeans.miniBatch.maxNoImprovement < 0) {
            throw UsageError("--batch-size must be >= 1 and --max-no-improvement >= 0");
        }
    }
    if (kmedoids) {
        applyKMedoidsOptions(args, o);
    }
    if (gmm) {
        applyGmmOptions(args, o);
    }
    const std::string sil = args.get("silhouette", "auto");
    if (sil == "auto") {
        o.silhouette.mode = core::SilhouetteOptions::Mode::Auto;
    } else if (sil == "exact") {
        o.silhouette.mode = core::SilhouetteOptions::Mode::Exact;
    } else if (sil.rfind("sampled", 0) == 0) {
        o.silhouette.mode = core::SilhouetteOptions::Mode::Sampled;
        if (sil.size() > 7) {
            long long n = 0;
            const char* first = sil.data() + 8;
            const char* last = sil.data() + sil.size();
            const auto [end, ec] = std::from_chars(first, last, n);
            if (sil[7] != ':' || ec != std::errc() || end != last || n < 2) {
                throw UsageError("--silhouette sampled:N needs a whole number N >= 2, got '" + sil +
                                 "'");
            }
            o.silhouette.sampleSize = n;
        }
    } else {
        throw UsageError("--silhouette must be auto, exact or sampled[:N]");
    }
    return o;
}

std::uint64_t seedFrom(const Args& args) {
    const long long seed = args.getInt("seed", 0);
    if (seed < 0) {
        throw UsageError("--seed must be a whole number >= 0");
    }
    return std::uint64_t(seed);
}

void applyThreads(const Args& args) {
    const long long threads = args.getInt("threads", 0);
    if (threads < 0) {
        throw UsageError("--threads must be >= 0");
    }
    core::setThreadCount(int(threads));
}

} // namespace gugus::cli
