// Engine benchmarks (Google Benchmark). Not tests: they assert nothing and never run under ctest.
//
// Data: n x 18 Gaussian blobs around 5 centres. When GUGUS_BENCH_DATA is set to a folder holding
// blobs_<n>.csv (written by tests/bench/compare_sklearn.py), those exact files are used, so the
// figures compare with scikit-learn on the same numbers; otherwise the data is generated here.
//
//   ./build/tests/bench/gugus_bench_engine --benchmark_filter=KMeans
#include "cluster/dbscan.h"
#include "cluster/gmm.h"
#include "cluster/hierarchical.h"
#include "cluster/kmeans.h"
#include "common/progress.h"
#include "common/random.h"
#include "data/csv_reader.h"
#include "data/csv_writer.h"
#include "metrics/cluster_metrics.h"
#include "numeric/simd_dispatch.h"
#include "prep/recipe.h"
#include "reduce/pca.h"
#include "select/k_sweep.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <map>
#include <mutex>

using namespace gugus::core;

namespace {

constexpr int kDims = 18;
constexpr int kCentres = 5;

std::string dataDir() {
    const char* dir = std::getenv("GUGUS_BENCH_DATA");
    return dir ? dir : "";
}

std::string csvPath(std::int64_t n) {
    return dataDir() + "/blobs_" + std::to_string(n) + ".csv";
}

FeatureMatrix generate(std::int64_t n) {
    Random rng(42);
    FeatureMatrix centres(kCentres, kDims);
    for (int c = 0; c < kCentres; ++c) {
        for (int j = 0; j < kDims; ++j) {
            centres(c, j) = 10.0 * (rng.uniform() - 0.5);
        }
    }
    FeatureMatrix x(n, kDims);
    for (std::int64_t i = 0; i < n; ++i) {
        const auto c = std::int64_t(rng.below(kCentres));
        for (int j = 0; j < kDims; ++j) {
            const double u1 = 1.0 - rng.uniform();
            const double u2 = rng.uniform();
            x(i, j) =
                centres(c, j) + 1.5 * std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * u2);
        }
    }
    return x;
}

/// The n x 18 matrix, read from GUGUS_BENCH_DATA when present, cached across benchmarks.
const FeatureMatrix& data(std::int64_t n) {
    static std::map<std::int64_t, FeatureMatrix> cache;
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    auto it = cache.find(n);
    if (it != cache.end()) {
        return it->second;
    }
    FeatureMatrix x;
    if (!dataDir().empty() && std::filesystem::exists(csvPath(n))) {
        NullProgress p;
        const Table t = readCsvFile(csvPath(n), CsvOptions{}, p).table;
        x.resize(t.rowCount(), t.columnCount());
        for (std::int64_t j = 0; j < t.columnCount(); ++j) {
            const auto& v = t.column(j).values();
            for (std::int64_t i = 0; i < t.rowCount(); ++i) {
                x(i, j) = v[std::size_t(i)];
            }
        }
    } else {
        x = generate(n);
    }
    return cache.emplace(n, std::move(x)).first->second;
}

void BM_CsvLoad(benchmark::State& state) {
    const std::int64_t n = state.range(0);
    std::string path = csvPath(n);
    if (dataDir().empty() || !std::filesystem::exists(path)) {
        // Write the generated data once so the reader has a file to load.
        path =
            (std::filesystem::temp_directory_path() / ("gugus_bench_" + std::to_string(n) + ".csv"))
                .string();
        if (!std::filesystem::exists(path)) {
            const FeatureMatrix& x = data(n);
            Table t;
            for (int j = 0; j < kDims; ++j) {
                std::vector<double> col(std::size_t(x.rows()));
                for (std::int64_t i = 0; i < x.rows(); ++i) {
                    col[std::size_t(i)] = x(i, j);
                }
                t.addColumn(Column::numeric("f" + std::to_string(j), std::move(col)));
            }
            NullProgress p;
            writeCsvFile(path, t, {}, CsvWriteOptions{}, p);
        }
    }
    for (auto _ : state) {
        NullProgress p;
        benchmark::DoNotOptimize(readCsvFile(path, CsvOptions{}, p));
    }
    state.SetItemsProcessed(state.iterations() * n);
    state.SetBytesProcessed(state.iterations() * std::int64_t(std::filesystem::file_size(path)));
}

/// The n x 18 data as a Table of numeric columns with about one value in 1,000 missing (at
/// fixed places), cached: the input of the recipe benchmarks.
const Table& table(std::int64_t n) {
    static std::map<std::int64_t, Table> cache;
    static std::mutex mutex;
    const FeatureMatrix& x = data(n);
    const std::lock_guard lock(mutex);
    auto it = cache.find(n);
    if (it != cache.end()) {
        return it->second;
    }
    Random rng(7);
    Table t;
    for (std::int64_t j = 0; j < x.cols(); ++j) {
        std::vector<double> col(std::size_t(x.rows()));
        for (std::int64_t i = 0; i < x.rows(); ++i) {
            col[std::size_t(i)] =
                rng.below(1000) == 0 ? std::numeric_limits<double>::quiet_NaN() : x(i, j);
        }
        t.addColumn(Column::numeric("f" + std::to_string(j), std::move(col)));
    }
    return cache.emplace(n, std::move(t)).first->second;
}

/// Preparing: the default recipe (median imputation, standard scaling) fitted on the table, then
/// applied to it (the feature matrix of a run); fit and apply are timed apart.
/// One column's statistics (Column::numeric: counts, moments, quartiles, the exact distinct count)
/// on the first of the 18 columns, single-threaded: the part of a CSV load after the parse.
void BM_ColumnStats(benchmark::State& state) {
    const FeatureMatrix& x = data(state.range(0));
    std::vector<double> values(std::size_t(x.rows()));
    for (std::int64_t i = 0; i < x.rows(); ++i) {
        values[std::size_t(i)] = x(i, 0);
    }
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<double> copy = values;
        state.ResumeTiming();
        benchmark::DoNotOptimize(Column::numeric("f0", std::move(copy)).stats());
    }
}

void BM_RecipeFit(benchmark::State& state) {
    const Table& t = table(state.range(0));
    const Recipe recipe = Recipe::defaults(t);
    for (auto _ : state) {
        NullProgress p;
        benchmark::DoNotOptimize(FittedRecipe::fit(t, recipe, p));
    }
    state.SetItemsProcessed(state.iterations() * t.rowCount() * t.columnCount());
}

void BM_RecipeApply(benchmark::State& state) {
    const Table& t = table(state.range(0));
    NullProgress p;
    const FittedRecipe fitted = FittedRecipe::fit(t, Recipe::defaults(t), p);
    for (auto _ : state) {
        benchmark::DoNotOptimize(fitted.apply(t, p));
    }
    state.SetItemsProcessed(state.iterations() * t.rowCount() * t.columnCount());
}

void BM_KMeansFit(benchmark::State& state) {
    const FeatureMatrix& x = data(state.range(0));
    KMeansOptions o;
    o.k = 5;
    o.nInit = 10;
    o.seed = 0;
    for (auto _ : state) {
        NullProgress p;
        benchmark::DoNotOptimize(KMeans(o).fit(x, p));
    }
}

void BM_LloydIteration(benchmark::State& state) {
    const FeatureMatrix& x = data(state.range(0));
    KMeansOptions o;
    o.k = 5;
    o.init = KMeansInit::Given;
    o.nInit = 1;
    o.maxIter = 1;
    o.initialCentres = x.topRows(5);
    for (auto _ : state) {
        NullProgress p;
        benchmark::DoNotOptimize(KMeans(o).fit(x, p));
    }
}

void BM_KSweep(benchmark::State& state) {
    const FeatureMatrix& x = data(state.range(0));
    SweepOptions o;
    o.kMin = 2;
    o.kMax = 10;
    o.kmeans.nInit = 10;
    o.silhouette.mode = SilhouetteOptions::Mode::Sampled;
    o.silhouette.sampleSize = 10000;
    for (auto _ : state) {
        NullProgress p;
        benchmark::DoNotOptimize(runKSweep(x, o, p));
    }
}

/// Labels of a K-Means fit (k = 5, one restart) of x, the segments the silhouettes are timed on.
Labels fiveSegments(const FeatureMatrix& x) {
    NullProgress p;
    KMeansOptions o;
    o.k = 5;
    o.nInit = 1;
    return KMeans(o).fit(x, p).labels;
}

void BM_SilhouetteExact(benchmark::State& state) {
    const FeatureMatrix& x = data(state.range(0));
    const Labels labels = fiveSegments(x);
    NullProgress p;
    for (auto _ : state) {
        benchmark::DoNotOptimize(silhouette(x, labels, 5, p));
    }
}

// The estimate of every sweep step: 10,000 sampled rows against a stratified reference of 10,000.
void BM_SilhouetteSampled(benchmark::State& state) {
    const FeatureMatrix& x = data(state.range(0));
    const Labels labels = fiveSegments(x);
    NullProgress p;
    for (auto _ : state) {
        benchmark::DoNotOptimize(silhouetteSampled(x, labels, 5, 10000, 0, p));
    }
}

void BM_Pca(benchmark::State& state) {
    const FeatureMatrix& x = data(state.range(0));
    for (auto _ : state) {
        NullProgress p;
        benchmark::DoNotOptimize(fitPca(x, kDims, p));
    }
}

void BM_Ward(benchmark::State& state) {
    const FeatureMatrix& x = data(state.range(0));
    for (auto _ : state) {
        NullProgress p;
        benchmark::DoNotOptimize(hierarchicalCluster(x, {}, p));
    }
}

// eps 5.6 / min_samples 10: the knee of this data's k-distance curve (`gugus-cli kdist
// blobs_100000.csv --min-samples 10 --scale none` suggests 5.64); 4 clusters, 1437 noise rows.
constexpr double kBenchEps = 5.6;
constexpr int kBenchMinSamples = 10;

void BM_Dbscan(benchmark::State& state) {
    const FeatureMatrix& x = data(state.range(0));
    for (auto _ : state) {
        NullProgress p;
        benchmark::DoNotOptimize(dbscan(x, {kBenchEps, kBenchMinSamples}, p));
    }
}

void BM_KDistance(benchmark::State& state) {
    const FeatureMatrix& x = data(state.range(0));
    for (auto _ : state) {
        NullProgress p;
        benchmark::DoNotOptimize(kDistance(x, kBenchMinSamples, p));
    }
}

/// Gaussian mixture, full covariances, k = 5, from the K-Means run that starts at rows 0, n/5,
/// 2n/5 ... (compare_gmm.py gives scikit-learn the same start, so both run the same EM
/// iterations); the iterations are reported as a counter.
void BM_GmmFit(benchmark::State& state) {
    const FeatureMatrix& x = data(state.range(0));
    GmmOptions o;
    o.k = kCentres;
    o.init = GmmInit::Given;
    o.initialCentres.resize(kCentres, x.cols());
    for (int c = 0; c < kCentres; ++c) {
        o.initialCentres.row(c) = x.row(c * x.rows() / kCentres);
    }
    int iterations = 0;
    for (auto _ : state) {
        NullProgress p;
        const GmmResult r = fitGmm(x, o, p);
        iterations = r.iterations;
        benchmark::DoNotOptimize(r.logLikelihood);
    }
    state.counters["iterations"] = iterations;
}

} // namespace

BENCHMARK(BM_Ward)
    ->MeasureProcessCPUTime()
    ->Arg(20'000)
    ->Arg(100'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);
BENCHMARK(BM_GmmFit)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Dbscan)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_KDistance)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_CsvLoad)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_ColumnStats)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RecipeFit)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(BM_RecipeApply)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(BM_KMeansFit)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_LloydIteration)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_KSweep)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SilhouetteExact)
    ->Arg(10'000)
    ->Arg(20'000)
    ->Arg(100'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_SilhouetteSampled)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_Pca)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// BENCHMARK_MAIN, and the kernels' width in the header of the report (GUGUS_SIMD=avx2 forces the
// 4-lane kernels on an AVX-512 CPU), so that figures say which path they measured.
int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::AddCustomContext("gugus_kernels", gugus::core::detail::useWideKernels()
                                                     ? "8 lanes (AVX-512)"
                                                     : "4 lanes (AVX2 or plain)");
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
