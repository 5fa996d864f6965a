// libFuzzer targets for the loaders of the JSON files users e-mail each other: saved models,
// fitted recipes and project files. Built three times with GUGUS_FUZZ_TARGET = 1 (model),
// 2 (recipe) or 3 (project). A file is either refused with gugus::core::Error or loaded; a loaded
// model must then score a small table and (K-Means/hierarchical) export its SQL without a crash,
// so every invariant the loader accepts is one the consumers can live with.
#include "common/error.h"
#include "common/parallel.h"
#include "data/csv_reader.h"
#include "model/project_file.h"
#include "model/segment_model.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace gugus::core;

namespace {

/// A small table with the sample's column names (numbers, a category, text in a number column,
/// missing values), so a loaded model finds some of its columns.
const Table& probeTable() {
    static const Table table = [] {
        NullProgress p;
        return readCsvText("Usia,Area,Pendapatan_Tahunan,Jumlah_Anak,x\n"
                           "34,Jakarta,120000000,2,1\n"
                           "51,Bandung,,0,2\n"
                           "abc,Medan,90000000,1,3\n"
                           ",Jakarta,1e9,3,4\n",
                           {}, p)
            .table;
    }();
    return table;
}

// One source builds three targets (GUGUS_FUZZ_TARGET picks one): each uses one of these.
[[maybe_unused]] void exerciseModel(std::string_view text) {
    const SegmentModel model = SegmentModel::fromJson(text);
    NullProgress p;
    const ScoreResult scored = scoreTable(model, probeTable(), p);
    if (scored.labels.size() != std::size_t(probeTable().rowCount())) {
        __builtin_trap();
    }
    for (const int label : scored.labels) {
        if (label < -1 || label >= model.k) {
            __builtin_trap();
        }
    }
    if (model.algorithm != Algorithm::Dbscan) {
        (void)modelSql(model, "customers");
    }
}

[[maybe_unused]] void exerciseRecipe(std::string_view text) {
    const FittedRecipe recipe = FittedRecipe::fromJson(text);
    NullProgress p;
    const PreparedData d = recipe.apply(probeTable(), p);
    if (d.x.cols() != recipe.featureCount()) {
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    setThreadCount(1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
#if GUGUS_FUZZ_TARGET == 1
        exerciseModel(text);
#elif GUGUS_FUZZ_TARGET == 2
        exerciseRecipe(text);
#else
        (void)ProjectFile::fromJson(text);
#endif
    } catch (const Error&) {
        // Refused or not applicable to the probe table: the expected outcome for most inputs.
    }
    return 0;
}
