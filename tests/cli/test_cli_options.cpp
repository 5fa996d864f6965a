// The CLI's argument parsing and the option groups that turn arguments into core settings.
#include "cli_args.h"
#include "cli_options.h"
#include "cli_test_util.h"
#include "test_support.h"

#include <sstream>

using gugus::cli::Args;
using gugus::cli::UsageError;
using namespace gugus;

namespace {

/// The message of the UsageError that `fn` throws; a test failure when it throws none.
template <class Fn> std::string usageErrorOf(Fn&& fn) {
    try {
        fn();
    } catch (const UsageError& e) {
        return e.what();
    }
    ADD_FAILURE() << "no UsageError thrown";
    return {};
}

Args parse(const std::vector<std::string>& argv) {
    return Args(argv, {"k", "tol", "features", "type"}, {"quiet", "help"});
}

core::Table smallTable() {
    core::NullProgress progress;
    return core::readCsvText(gugus::test::kSmallCsv, {}, progress).table;
}

} // namespace

TEST(CliArgs, PositionalsValuesAndFlags) {
    const Args args = parse({"a.csv", "--k", "3", "--quiet", "-", "--features=x,y", "b.csv"});
    EXPECT_EQ(args.positional(), (std::vector<std::string>{"a.csv", "-", "b.csv"}));
    EXPECT_EQ(args.get("k"), "3");
    EXPECT_EQ(args.get("features"), "x,y");
    EXPECT_TRUE(args.flag("quiet"));
    EXPECT_FALSE(args.flag("help"));
    EXPECT_FALSE(args.has("tol"));
    EXPECT_EQ(args.get("tol"), std::nullopt);
    EXPECT_EQ(args.get("tol", "1e-4"), "1e-4");
    // A value that looks like an option is still the value of the option before it.
    EXPECT_EQ(parse({"--k", "--quiet"}).get("k"), "--quiet");
    // --name= gives an empty value.
    EXPECT_EQ(parse({"--features="}).get("features"), "");
}

TEST(CliArgs, RepeatedOptionsKeepEveryValueAndTheLastWins) {
    const Args args = parse({"--type", "a=id", "--type=b=numeric", "--k", "2", "--k", "5"});
    EXPECT_EQ(args.all("type"), (std::vector<std::string>{"a=id", "b=numeric"}));
    EXPECT_EQ(args.get("k"), "5");
    EXPECT_EQ(args.getInt("k", 0), 5);
    EXPECT_TRUE(args.all("features").empty());
}

TEST(CliArgs, MistakesAreUsageErrors) {
    EXPECT_EQ(usageErrorOf([] { parse({"--nope"}); }), "unknown option --nope (see --help)");
    EXPECT_EQ(usageErrorOf([] {
                  parse({"-k", "3"});
              }),
              "unknown option '-k' (options start with --)");
    EXPECT_EQ(usageErrorOf([] { parse({"--"}); }), "unknown option '--' (options start with --)");
    EXPECT_EQ(usageErrorOf([] { parse({"--k"}); }), "option --k needs a value");
    EXPECT_EQ(usageErrorOf([] { parse({"--quiet=yes"}); }), "option --quiet takes no value");
}

TEST(CliArgs, NumbersAreParsedWhole) {
    EXPECT_EQ(parse({"--k", "-7"}).getInt("k", 0), -7);
    EXPECT_EQ(parse({}).getInt("k", 42), 42);
    EXPECT_DOUBLE_EQ(parse({"--tol", "1e-3"}).getDouble("tol", 0.0), 1e-3);
    EXPECT_DOUBLE_EQ(parse({}).getDouble("tol", 0.5), 0.5);
    EXPECT_EQ(usageErrorOf([] {
                  parse({"--k", "1.5"}).getInt("k", 0);
              }),
              "option --k needs a whole number, got '1.5'");
    EXPECT_EQ(usageErrorOf([] {
                  parse({"--k", "3x"}).getInt("k", 0);
              }),
              "option --k needs a whole number, got '3x'");
    EXPECT_EQ(usageErrorOf([] { parse({"--k="}).getInt("k", 0); }),
              "option --k needs a whole number, got ''");
    EXPECT_EQ(usageErrorOf([] {
                  parse({"--tol", "1e-3x"}).getDouble("tol", 0.0);
              }),
              "option --tol needs a number, got '1e-3x'");
    EXPECT_EQ(usageErrorOf([] { parse({"--tol="}).getDouble("tol", 0.0); }),
              "option --tol needs a number, got ''");
}

TEST(CliArgs, ListsAssignmentsAndChoices) {
    EXPECT_EQ(cli::splitList("a,,b,"), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(cli::splitList("x|y", '|'), (std::vector<std::string>{"x", "y"}));
    EXPECT_TRUE(cli::splitList("").empty());

    // The last '=' splits, so a column name may hold one.
    EXPECT_EQ(cli::splitAssignment("a=b=c", "group"),
              std::make_pair(std::string("a=b"), std::string("c")));
    for (const char* bad : {"nothing", "=x", "x="}) {
        EXPECT_EQ(usageErrorOf([&] { cli::splitAssignment(bad, "group"); }),
                  std::string("option --group needs COLUMN=VALUE, got '") + bad + "'");
    }

    enum class Colour { Red, Blue };
    const auto colour = [](const std::vector<std::string>& argv) {
        return cli::choice<Colour>(
            Args(argv, {"colour"}, {}), "colour",
            {{"red", Colour::Red}, {"r", Colour::Red}, {"blue", Colour::Blue}}, "red or blue");
    };
    EXPECT_EQ(colour({}), std::nullopt);
    EXPECT_EQ(colour({"--colour", "r"}), Colour::Red);
    EXPECT_EQ(colour({"--colour=blue"}), Colour::Blue);
    EXPECT_EQ(usageErrorOf([&] { colour({"--colour", "Red"}); }), "--colour must be red or blue");
}

TEST(CliArgs, HelpSectionsAndTheOneFile) {
    std::ostringstream out;
    EXPECT_FALSE(cli::printedHelp(parse({}), out, {"A\n", "B\n"}));
    EXPECT_EQ(out.str(), "");
    EXPECT_TRUE(cli::printedHelp(parse({"--help"}), out, {"A\n", "B\n", "C\n"}));
    EXPECT_EQ(out.str(), "A\n\nB\n\nC\n");

    EXPECT_EQ(cli::onlyFile(parse({"x.csv"}), "inspect"), "x.csv");
    for (const std::vector<std::string>& argv :
         {std::vector<std::string>{}, std::vector<std::string>{"a", "b"}}) {
        EXPECT_EQ(usageErrorOf([&] { cli::onlyFile(parse(argv), "sweep"); }),
                  "sweep needs exactly one FILE (see gugus-cli sweep --help)");
    }
}

TEST(CliOptions, CsvOptions) {
    const auto csv = [](const std::vector<std::string>& argv) {
        return cli::csvOptionsFrom(Args(argv, cli::kCsvOptions, cli::kCommonFlags));
    };
    const core::CsvOptions defaults = csv({});
    EXPECT_EQ(defaults.delimiter, 0);
    EXPECT_EQ(defaults.decimal, core::DecimalSeparator::Auto);
    EXPECT_EQ(defaults.encoding, core::TextEncoding::Auto);
    EXPECT_TRUE(defaults.hasHeader);
    EXPECT_EQ(defaults.maxRows, -1);

    EXPECT_EQ(csv({"--delimiter", "tab"}).delimiter, '\t');
    EXPECT_EQ(csv({"--delimiter", "\\t"}).delimiter, '\t');
    EXPECT_EQ(csv({"--delimiter", ";"}).delimiter, ';');
    EXPECT_EQ(csv({"--decimal", ","}).decimal, core::DecimalSeparator::Comma);
    EXPECT_EQ(csv({"--decimal", "dot"}).decimal, core::DecimalSeparator::Dot);
    EXPECT_EQ(csv({"--encoding", "cp1252"}).encoding, core::TextEncoding::Latin1);
    EXPECT_EQ(csv({"--encoding", "utf-8"}).encoding, core::TextEncoding::Utf8);
    EXPECT_FALSE(csv({"--no-header"}).hasHeader);
    EXPECT_EQ(csv({"--max-rows", "10"}).maxRows, 10);
    const auto forced = csv({"--type", "a=categorical", "--type", "b=id"}).forcedTypes;
    ASSERT_EQ(forced.size(), 2u);
    EXPECT_EQ(forced[0], std::make_pair(std::string("a"), core::ColumnType::Categorical));
    EXPECT_EQ(forced[1], std::make_pair(std::string("b"), core::ColumnType::Id));

    EXPECT_EQ(usageErrorOf([&] {
                  csv({"--delimiter", "::"});
              }),
              "--delimiter must be one of , ; tab |");
    EXPECT_EQ(usageErrorOf([&] {
                  csv({"--type", "a=text"});
              }),
              "unknown column type 'text' (numeric, binary, categorical, id)");
}

TEST(CliOptions, RecipeDefaultsAndOverrides) {
    const core::Table table = smallTable();
    const auto recipe = [&](const std::vector<std::string>& argv) {
        return cli::recipeFrom(table, Args(argv, cli::kRecipeOptions, cli::kCommonFlags));
    };
    const auto roleOf = [](const core::Recipe& r, const char* name) { return r.find(name)->role; };

    // Default: every numeric non-id column is a feature, other non-id columns are profiled.
    const core::Recipe defaults = recipe({});
    EXPECT_EQ(defaults.featureColumns(), (std::vector<std::string>{"age", "income"}));
    EXPECT_EQ(roleOf(defaults, "area"), core::Role::ProfileOnly);
    EXPECT_EQ(roleOf(defaults, "cust_id"), core::Role::Id);
    EXPECT_EQ(defaults.find("age")->scaling, core::Scaling::Standard);

    const core::Recipe chosen = recipe({"--features", "age", "--profile", "area"});
    EXPECT_EQ(chosen.featureColumns(), (std::vector<std::string>{"age"}));
    EXPECT_EQ(roleOf(chosen, "income"), core::Role::Ignore); // not named by --profile
    EXPECT_EQ(roleOf(chosen, "area"), core::Role::ProfileOnly);
    EXPECT_EQ(roleOf(recipe({"--ignore", "area"}), "area"), core::Role::Ignore);
    EXPECT_EQ(roleOf(recipe({"--id", "area"}), "area"), core::Role::Id);
    EXPECT_EQ(recipe({"--group", "area=Demographics"}).find("area")->group, "Demographics");

    const core::Recipe prepared = recipe({"--scale", "minmax", "--scale-col", "income=robust",
                                          "--impute", "mean", "--impute-col", "age=constant:7",
                                          "--log1p", "income", "--order", "area=Solo|Bogor"});
    EXPECT_EQ(prepared.find("age")->scaling, core::Scaling::MinMax);
    EXPECT_EQ(prepared.find("income")->scaling, core::Scaling::Robust);
    EXPECT_EQ(prepared.find("income")->imputation, core::Imputation::Mean);
    // Mean makes no sense for text categories: they fall back to the most frequent.
    EXPECT_EQ(prepared.find("area")->imputation, core::Imputation::MostFrequent);
    EXPECT_EQ(prepared.find("age")->imputation, core::Imputation::Constant);
    EXPECT_EQ(prepared.find("age")->constant, 7.0);
    EXPECT_EQ(prepared.find("income")->transform, core::Transform::Log1p);
    EXPECT_EQ(prepared.find("area")->encoding, core::Encoding::Ordinal);
    EXPECT_EQ(prepared.find("area")->order, (std::vector<std::string>{"Solo", "Bogor"}));
    EXPECT_EQ(recipe({"--encode", "onehot"}).find("area")->encoding, core::Encoding::OneHot);

    EXPECT_EQ(test::errorCodeOf([&] {
                  recipe({"--features", "age,nope"});
              }),
              core::ErrorCode::UnknownColumn);
    EXPECT_EQ(usageErrorOf([&] {
                  recipe({"--scale", "log"});
              }),
              "unknown scaling 'log' (standard, minmax, robust, none)");
    EXPECT_EQ(usageErrorOf([&] {
                  recipe({"--impute", "zero"});
              }),
              "unknown imputation 'zero' (mean, median, most-frequent, constant:VALUE, drop)");
    EXPECT_EQ(usageErrorOf([&] {
                  recipe({"--encode", "binary"});
              }),
              "--encode must be onehot or ordinal");
}

TEST(CliOptions, SegmentationOptions) {
    const auto options = [](const std::vector<std::string>& argv) {
        return cli::segmentationOptionsFrom(Args(argv, cli::kKMeansOptions, cli::kCommonFlags));
    };
    const core::SegmentationOptions defaults = options({});
    EXPECT_EQ(defaults.algorithm, core::Algorithm::KMeans);
    EXPECT_EQ(defaults.k, std::nullopt); // auto
    EXPECT_EQ(defaults.kMin, 2);
    EXPECT_EQ(defaults.kMax, 10);
    EXPECT_EQ(defaults.kmeans.seed, 0u);
    EXPECT_EQ(defaults.kmeans.nInit, 10);
    EXPECT_EQ(defaults.kmeans.maxIter, 300);
    EXPECT_EQ(defaults.kmeans.tol, 1e-4);
    EXPECT_EQ(defaults.kmeans.init, core::KMeansInit::KMeansPlusPlus);
    EXPECT_EQ(defaults.kmeans.algorithm, core::KMeansAlgorithm::Lloyd);
    EXPECT_EQ(defaults.silhouette.mode, core::SilhouetteOptions::Mode::Auto);

    const core::SegmentationOptions kmeans =
        options({"--k", "4", "--seed", "9", "--init", "random", "--kmeans-algorithm", "elkan",
                 "--silhouette", "sampled:500", "--n-init", "3"});
    EXPECT_EQ(kmeans.k, 4);
    EXPECT_EQ(kmeans.kmeans.seed, 9u);
    EXPECT_EQ(kmeans.kmeans.nInit, 3);
    EXPECT_EQ(kmeans.kmeans.init, core::KMeansInit::Random);
    EXPECT_EQ(kmeans.kmeans.algorithm, core::KMeansAlgorithm::Elkan);
    EXPECT_EQ(kmeans.silhouette.mode, core::SilhouetteOptions::Mode::Sampled);
    EXPECT_EQ(kmeans.silhouette.sampleSize, 500);
    EXPECT_EQ(options({"--init", "kmeans++"}).kmeans.init, core::KMeansInit::KMeansPlusPlus);

    const core::SegmentationOptions tree =
        options({"--algorithm", "hierarchical", "--linkage", "average", "--metric", "manhattan",
                 "--height", "2.5", "--max-matrix-gb", "0.5"});
    EXPECT_EQ(tree.algorithm, core::Algorithm::Hierarchical);
    EXPECT_EQ(tree.hierarchical.linkage, core::Linkage::Average);
    EXPECT_EQ(tree.hierarchical.metric, core::DistanceMetric::Manhattan);
    EXPECT_EQ(tree.cutHeight, 2.5);
    EXPECT_EQ(tree.hierarchical.maxMatrixBytes, std::int64_t(1) << 29);

    const core::SegmentationOptions dbscan =
        options({"--algorithm", "dbscan", "--eps", "0.3", "--min-samples", "4"});
    EXPECT_EQ(dbscan.algorithm, core::Algorithm::Dbscan);
    EXPECT_EQ(dbscan.dbscan.eps, 0.3);
    EXPECT_EQ(dbscan.dbscan.minSamples, 4);
    EXPECT_EQ(dbscan.k, std::nullopt);

    EXPECT_EQ(usageErrorOf([&] {
                  options({"--linkage", "ward"});
              }),
              "--linkage needs --algorithm hierarchical");
    EXPECT_EQ(usageErrorOf([&] {
                  options({"--min-samples", "3"});
              }),
              "--min-samples needs --algorithm dbscan");
    EXPECT_EQ(usageErrorOf([&] {
                  options({"--k-min", "5", "--k-max", "4"});
              }),
              "--k-min must be >= 2 and --k-max >= --k-min");
    EXPECT_EQ(usageErrorOf([&] {
                  options({"--silhouette", "some"});
              }),
              "--silhouette must be auto, exact or sampled[:N]");
}

TEST(CliOptions, ThreadsAreApplied) {
    test::ThreadCountGuard guard;
    cli::applyThreads(Args({"--threads", "1"}, {"threads"}, {}));
    EXPECT_EQ(core::threadCount(), 1);
    EXPECT_EQ(usageErrorOf([] {
                  cli::applyThreads(Args({"--threads", "-2"}, {"threads"}, {}));
              }),
              "--threads must be >= 0");
}
