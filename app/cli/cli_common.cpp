#include "cli_common.h"

#include "common/error.h"
#include "common/parallel.h"

#include <csignal>
#include <iostream>
#include <unistd.h>

namespace gugus::cli {

namespace {
std::atomic<bool> g_interrupted{false};
void onSigint(int) {
    g_interrupted.store(true);
}

core::ColumnType parseType(const std::string& key) {
    for (auto t : {core::ColumnType::Numeric, core::ColumnType::Binary,
                   core::ColumnType::Categorical, core::ColumnType::Id}) {
        if (key == core::columnTypeKey(t)) {
            return t;
        }
    }
    throw UsageError("unknown column type '" + key + "' (numeric, binary, categorical, id)");
}

std::pair<std::string, std::string> splitAssignment(const std::string& text,
                                                    const std::string& option) {
    const auto eq = text.rfind('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == text.size()) {
        throw UsageError("option --" + option + " needs COLUMN=VALUE, got '" + text + "'");
    }
    return {text.substr(0, eq), text.substr(eq + 1)};
}

core::ColumnSpec& specOf(core::Recipe& recipe, const std::string& name) {
    core::ColumnSpec* spec = recipe.find(name);
    if (!spec) {
        throw core::Error(core::ErrorCode::UnknownColumn, name);
    }
    return *spec;
}

void applyImputation(core::ColumnSpec& spec, const std::string& value) {
    if (value.rfind("constant:", 0) == 0) {
        spec.imputation = core::Imputation::Constant;
        const std::string constant = value.substr(9);
        char* end = nullptr;
        const double v = std::strtod(constant.c_str(), &end);
        if (!constant.empty() && end == constant.c_str() + constant.size()) {
            spec.constant = v;
        }
        spec.constantCategory = constant;
        return;
    }
    const auto imputation = core::imputationFromKey(value);
    if (!imputation) {
        throw UsageError("unknown imputation '" + value +
                         "' (mean, median, most-frequent, constant:VALUE, drop)");
    }
    spec.imputation = *imputation;
}

core::Scaling parseScaling(const std::string& value) {
    const auto scaling = core::scalingFromKey(value);
    if (!scaling) {
        throw UsageError("unknown scaling '" + value + "' (standard, minmax, robust, none)");
    }
    return *scaling;
}

} // namespace

const std::set<std::string> kCsvOptions{"delimiter", "decimal", "encoding", "max-rows", "type"};
const std::set<std::string> kRecipeOptions{"features",   "profile", "ignore",    "id",
                                           "group",      "scale",   "scale-col", "impute",
                                           "impute-col", "log1p",   "encode",    "order"};
const std::set<std::string> kKMeansOptions{
    "algorithm", "kmeans-algorithm", "init",     "k",   "k-min",       "k-max",
    "seed",      "n-init",           "max-iter", "tol", "silhouette",  "threads",
    "linkage",   "metric",           "height",   "eps", "min-samples", "max-matrix-gb"};
const std::set<std::string> kCommonFlags{"quiet", "no-header", "help"};

std::set<std::string> unite(std::initializer_list<std::set<std::string>> sets) {
    std::set<std::string> out;
    for (const auto& s : sets) {
        out.insert(s.begin(), s.end());
    }
    return out;
}

const char* const kCsvHelp = R"(Reading the file:
  --delimiter C        field separator: , ; tab | (default: sniffed)
  --decimal dot|comma  decimal separator (default: comma only for ';' files that use it)
  --encoding utf8|latin1   text encoding (default: UTF-8, else Windows-1252)
  --no-header          the first line is data; columns are named column_1, column_2 ...
  --max-rows N         read at most N data rows
  --type COL=TYPE      force a column's type: numeric, binary, categorical, id (repeatable)
)";

const char* const kRecipeHelp = R"(Preparing features (the recipe):
  --features A,B,C     columns to cluster on (default: every numeric column that is not an id);
                       the other non-id columns are profiled per segment
  --profile A,B        profile-only columns (default: all non-feature, non-id columns)
  --ignore A,B         columns left out entirely
  --id COL             column that identifies customers
  --group COL=NAME     put a column in a group (e.g. Demographics, Products) (repeatable)
  --impute M           missing values: mean, median (default), most-frequent, constant:V, drop
  --impute-col COL=M   per-column imputation (repeatable)
  --log1p A,B          log(1 + x) transform before scaling (for skewed money columns)
  --encode onehot|ordinal   categorical features (default one-hot)
  --order COL=a|b|c    category order for ordinal encoding (repeatable)
  --scale S            standard (default; population std as scikit-learn), minmax, robust, none
  --scale-col COL=S    per-column scaling (repeatable)
)";

const char* const kKMeansHelp = R"(Clustering:
  --algorithm kmeans|hierarchical|dbscan   (default kmeans)
  --k N|auto           number of segments (kmeans, hierarchical); auto = k sweep k-min..k-max
                       and its suggestion (hierarchical: cuts of one tree)
  --k-min N --k-max N  sweep range (default 2..10)
  --seed S             random seed (default 0); same seed, same result on any thread count
  --n-init R           k-means restarts, best inertia wins (default 10)
  --max-iter N         iterations per restart (default 300)
  --tol T              relative tolerance (default 1e-4, as scikit-learn)
  --init k-means++|random   initialisation (default k-means++)
  --kmeans-algorithm lloyd|elkan   (default lloyd; both give the same result)
  --silhouette auto|exact|sampled[:N]   exact up to 30000 rows in auto mode (default auto)
Hierarchical:
  --linkage ward|complete|average|single|weighted   (default ward)
  --metric euclidean|manhattan|cosine   (default euclidean; ward needs euclidean)
  --height H           cut the tree at height H instead of into k segments
  --max-matrix-gb G    memory allowed for the distance matrix of complete/average/weighted
                       linkage (default: half the machine's memory); ward and single need none
DBSCAN (noise rows get segment -1 and are left out of the metrics):
  --eps E              neighbourhood radius in scaled feature space (see `gugus-cli kdist`)
  --min-samples M      rows within eps, the row included, to be a core row (default 5)
  --threads N          worker threads (default: all cores)
)";

StderrProgress::StderrProgress(bool quiet)
    : m_quiet(quiet), m_last(std::chrono::steady_clock::now()) {
    g_interrupted.store(false);
    std::signal(SIGINT, onSigint);
}

StderrProgress::~StderrProgress() {
    std::signal(SIGINT, SIG_DFL);
    if (m_printed && isatty(STDERR_FILENO)) {
        std::cerr << "\r\033[K" << std::flush;
    }
}

void StderrProgress::report(std::int64_t done, std::int64_t total, std::string_view stage) {
    if (m_quiet) {
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now - m_last < std::chrono::milliseconds(500)) {
        return;
    }
    m_last = now;
    const int percent = total > 0 ? int(100 * done / total) : 0;
    if (isatty(STDERR_FILENO)) {
        std::cerr << "\r\033[K[" << stage << "] " << percent << "%" << std::flush;
    } else {
        std::cerr << "[" << stage << "] " << percent << "%\n";
    }
    m_printed = true;
}

bool StderrProgress::cancelled() const {
    return g_interrupted.load();
}

core::CsvOptions csvOptionsFrom(const Args& args) {
    core::CsvOptions o;
    if (const auto d = args.get("delimiter")) {
        if (*d == "tab" || *d == "\\t") {
            o.delimiter = '\t';
        } else if (d->size() == 1 && std::string(",;|\t").find((*d)[0]) != std::string::npos) {
            o.delimiter = (*d)[0];
        } else {
            throw UsageError("--delimiter must be one of , ; tab |");
        }
    }
    if (const auto d = args.get("decimal")) {
        if (*d == "dot" || *d == ".") {
            o.decimal = core::DecimalSeparator::Dot;
        } else if (*d == "comma" || *d == ",") {
            o.decimal = core::DecimalSeparator::Comma;
        } else {
            throw UsageError("--decimal must be dot or comma");
        }
    }
    if (const auto e = args.get("encoding")) {
        if (*e == "utf8" || *e == "utf-8") {
            o.encoding = core::TextEncoding::Utf8;
        } else if (*e == "latin1" || *e == "cp1252") {
            o.encoding = core::TextEncoding::Latin1;
        } else {
            throw UsageError("--encoding must be utf8 or latin1");
        }
    }
    o.hasHeader = !args.flag("no-header");
    o.maxRows = args.getInt("max-rows", -1);
    for (const auto& t : args.all("type")) {
        const auto [col, type] = splitAssignment(t, "type");
        o.forcedTypes.emplace_back(col, parseType(type));
    }
    return o;
}

std::string describeNotice(const core::CsvNotice& n) {
    using K = core::CsvNotice::Kind;
    switch (n.kind) {
    case K::HeaderRenamed:
        return "header '" + n.detail + "' renamed to '" + n.subject + "'";
    case K::Latin1Decoded:
        return "file is not UTF-8; read as Windows-1252/Latin-1";
    case K::MixedTypes:
        return "column '" + n.subject + "' is mostly numbers but has " + std::to_string(n.count) +
               " text values (first on line " + std::to_string(n.line) +
               "); read as text, use --type " + n.subject + "=numeric to read it as numbers";
    case K::NonFiniteValues:
        return "column '" + n.subject + "' has " + std::to_string(n.count) + " infinite values";
    case K::BlankLinesSkipped:
        return std::to_string(n.count) + " blank lines skipped";
    case K::Truncated:
        return "stopped after " + std::to_string(n.count) + " rows (--max-rows)";
    }
    return n.subject;
}

core::CsvReadResult loadTable(const std::string& path, const Args& args, core::Progress& progress) {
    core::CsvReadResult result = core::readCsvFile(path, csvOptionsFrom(args), progress);
    if (!args.flag("quiet")) {
        for (const auto& n : result.notices) {
            std::cerr << "note: " << describeNotice(n) << "\n";
        }
    }
    return result;
}

core::Recipe recipeFrom(const core::Table& table, const Args& args) {
    core::Recipe recipe = core::Recipe::defaults(table);
    const auto features = args.get("features");
    for (auto& spec : recipe.columns) {
        if (spec.role == core::Role::Id) {
            continue;
        }
        const core::Column& col = table.column(spec.name);
        if (features) {
            spec.role = core::Role::ProfileOnly;
        } else {
            spec.role = col.isNumericLike() ? core::Role::Feature : core::Role::ProfileOnly;
        }
    }
    if (features) {
        for (const auto& name : splitList(*features)) {
            specOf(recipe, name).role = core::Role::Feature;
        }
    }
    if (const auto p = args.get("profile")) {
        for (auto& spec : recipe.columns) {
            if (spec.role == core::Role::ProfileOnly) {
                spec.role = core::Role::Ignore;
            }
        }
        for (const auto& name : splitList(*p)) {
            specOf(recipe, name).role = core::Role::ProfileOnly;
        }
    }
    for (const auto& name : splitList(args.get("ignore", ""))) {
        specOf(recipe, name).role = core::Role::Ignore;
    }
    if (const auto id = args.get("id")) {
        specOf(recipe, *id).role = core::Role::Id;
    }
    for (const auto& g : args.all("group")) {
        const auto [col, group] = splitAssignment(g, "group");
        specOf(recipe, col).group = group;
    }
    const core::Scaling scaling = parseScaling(args.get("scale", "standard"));
    for (auto& spec : recipe.columns) {
        spec.scaling = scaling;
    }
    if (const auto imp = args.get("impute")) {
        for (auto& spec : recipe.columns) {
            applyImputation(spec, *imp);
            // Mean/median make no sense for text categories: they fall back to the most frequent.
            if (table.column(spec.name).type() == core::ColumnType::Categorical &&
                (spec.imputation == core::Imputation::Mean ||
                 spec.imputation == core::Imputation::Median)) {
                spec.imputation = core::Imputation::MostFrequent;
            }
        }
    }
    for (const auto& item : args.all("impute-col")) {
        const auto [col, value] = splitAssignment(item, "impute-col");
        applyImputation(specOf(recipe, col), value);
    }
    for (const auto& item : args.all("scale-col")) {
        const auto [col, value] = splitAssignment(item, "scale-col");
        specOf(recipe, col).scaling = parseScaling(value);
    }
    for (const auto& name : splitList(args.get("log1p", ""))) {
        specOf(recipe, name).transform = core::Transform::Log1p;
    }
    if (const auto enc = args.get("encode")) {
        const auto encoding = core::encodingFromKey(*enc == "onehot" ? "one-hot" : *enc);
        if (!encoding) {
            throw UsageError("--encode must be onehot or ordinal");
        }
        for (auto& spec : recipe.columns) {
            spec.encoding = *encoding;
        }
    }
    for (const auto& item : args.all("order")) {
        const auto [col, order] = splitAssignment(item, "order");
        auto& spec = specOf(recipe, col);
        spec.encoding = core::Encoding::Ordinal;
        spec.order = splitList(order, '|');
    }
    return recipe;
}

core::SegmentationOptions segmentationOptionsFrom(const Args& args) {
    core::SegmentationOptions o;
    const std::string algorithm = args.get("algorithm", "kmeans");
    const auto chosen = core::algorithmFromKey(algorithm);
    if (!chosen) {
        throw UsageError("unknown --algorithm '" + algorithm +
                         "' (available: kmeans, hierarchical, dbscan)");
    }
    o.algorithm = *chosen;
    const bool hierarchical = o.algorithm == core::Algorithm::Hierarchical;
    const bool dbscan = o.algorithm == core::Algorithm::Dbscan;
    for (const char* name : {"linkage", "metric", "height", "max-matrix-gb"}) {
        if (args.has(name) && !hierarchical) {
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
    o.kmeans.seed = std::uint64_t(args.getInt("seed", 0));
    o.kmeans.nInit = int(args.getInt("n-init", 10));
    o.kmeans.maxIter = int(args.getInt("max-iter", 300));
    o.kmeans.tol = args.getDouble("tol", 1e-4);
    if (o.kmeans.nInit < 1 || o.kmeans.maxIter < 1 || o.kmeans.tol < 0) {
        throw UsageError("--n-init and --max-iter must be >= 1, --tol >= 0");
    }
    const std::string init = args.get("init", "k-means++");
    if (init == "k-means++" || init == "kmeans++") {
        o.kmeans.init = core::KMeansInit::KMeansPlusPlus;
    } else if (init == "random") {
        o.kmeans.init = core::KMeansInit::Random;
    } else {
        throw UsageError("--init must be k-means++ or random");
    }
    const std::string variant = args.get("kmeans-algorithm", "lloyd");
    if (variant == "lloyd") {
        o.kmeans.algorithm = core::KMeansAlgorithm::Lloyd;
    } else if (variant == "elkan") {
        o.kmeans.algorithm = core::KMeansAlgorithm::Elkan;
    } else {
        throw UsageError("--kmeans-algorithm must be lloyd or elkan");
    }
    const std::string sil = args.get("silhouette", "auto");
    if (sil == "auto") {
        o.silhouette.mode = core::SilhouetteOptions::Mode::Auto;
    } else if (sil == "exact") {
        o.silhouette.mode = core::SilhouetteOptions::Mode::Exact;
    } else if (sil.rfind("sampled", 0) == 0) {
        o.silhouette.mode = core::SilhouetteOptions::Mode::Sampled;
        if (sil.size() > 8 && sil[7] == ':') {
            o.silhouette.sampleSize = std::stoll(sil.substr(8));
        }
    } else {
        throw UsageError("--silhouette must be auto, exact or sampled[:N]");
    }
    return o;
}

void applyThreads(const Args& args) {
    const long long threads = args.getInt("threads", 0);
    if (threads < 0) {
        throw UsageError("--threads must be >= 0");
    }
    core::setThreadCount(int(threads));
}

} // namespace gugus::cli
