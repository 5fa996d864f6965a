// `gugus-cli score MODEL --row ...`: one customer's segment (the same as the same row scored in a
// file), distances, notes and offers, and the usage errors of the pairs.
#include "cli_test_util.h"

#include <nlohmann/json.hpp>

using gugus::test::CliRun;
using gugus::test::contains;
using gugus::test::lines;
using gugus::test::readFile;
using gugus::test::runCli;
using gugus::test::writeFile;

namespace {

class CliScoreOne : public gugus::test::CliSmallCsvTest {
protected:
    void SetUp() override {
        gugus::test::CliSmallCsvTest::SetUp();
        ASSERT_EQ(runCli({"segment", sample, "--k", "4", "--quiet", "--id", "GCIF", "--features",
                          "Usia,Area,Pendapatan_Tahunan", "--out", dir.path("labels.csv"),
                          "--model-out", model, "--names", "Muda,Keluarga,Mapan,Senior"})
                      .code,
                  0);
    }
    gugus::test::ThreadCountGuard threads;
    const std::string sample = gugus::test::samplePath();
    const std::string model = dir.path("model.json");
};

std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (auto comma = line.find(',');; comma = line.find(',', start)) {
        out.push_back(line.substr(start, comma - start));
        if (comma == std::string::npos) {
            return out;
        }
        start = comma + 1;
    }
}

} // namespace

TEST_F(CliScoreOne, OneCustomerGetsTheSegmentOfTheSameRowInAFile) {
    ASSERT_EQ(runCli({"score", model, sample, "--quiet", "--out", dir.path("scored.csv")}).code, 0);
    const auto scored = lines(readFile(dir.path("scored.csv")));
    const auto header = fields(scored[0]);
    const auto column = [&](const std::string& name) {
        return std::size_t(std::find(header.begin(), header.end(), name) - header.begin());
    };
    for (std::size_t r = 1; r <= 40; r += 3) {
        SCOPED_TRACE(scored[r]);
        const auto row = fields(scored[r]);
        const std::string pairs = "Usia=" + row[column("Usia")] + ", Area=" + row[column("Area")] +
                                  ",Pendapatan_Tahunan=" + row[column("Pendapatan_Tahunan")];
        const CliRun one = runCli({"score", model, "--row", pairs});
        ASSERT_EQ(one.code, 0) << one.err;
        const std::string segment = row[column("segment")];
        if (segment == "-1") {
            EXPECT_TRUE(contains(one.out, "Segment: none")) << one.out;
            continue;
        }
        const char* names[] = {"Muda", "Keluarga", "Mapan", "Senior"};
        EXPECT_EQ(lines(one.out)[0],
                  "Segment: " + segment + " \"" + names[std::stoi(segment)] + "\"");
        EXPECT_TRUE(contains(one.out, "Distance to each segment (euclidean, over the scaled "
                                      "features; the customer's segment is the nearest):"));
        EXPECT_TRUE(contains(one.out, "\n  " + segment)) << one.out;
        EXPECT_EQ(one.out.find("<- segment"), one.out.rfind("<- segment")); // once
    }
}

TEST_F(CliScoreOne, NotesOffersAndValuesWithCommas) {
    const CliRun missing =
        runCli({"score", model, "--row", "Area=Jakarta,Produk_Tabungan=1", "--min-support", "0"});
    ASSERT_EQ(missing.code, 0) << missing.err;
    EXPECT_TRUE(contains(missing.out, "\nNotes:\n  imputed: Usia\n  imputed: Pendapatan_Tahunan\n"))
        << missing.out;
    EXPECT_TRUE(contains(missing.out, "\nOffers:\n  Produk_")) << missing.out;
    EXPECT_TRUE(contains(missing.out, "(ownership not given)"));
    EXPECT_TRUE(contains(missing.out, "  Already owns: Produk_Tabungan\n")) << missing.out;
    const auto offerLines = lines(missing.out.substr(missing.out.find("\nOffers:")));
    for (const auto& line : offerLines) {
        EXPECT_FALSE(contains(line, "Produk_Tabungan ")) << line; // owned: not offered
    }

    // --set takes the value verbatim, comma and all.
    const CliRun comma =
        runCli({"score", model, "--row", "Usia=40", "--set", "Area=Jakarta, Selatan"});
    ASSERT_EQ(comma.code, 0) << comma.err;
    EXPECT_EQ(lines(comma.out)[0], "Segment: none (not scored, see the notes)");
    EXPECT_TRUE(contains(comma.out, "  unseen category: Area=Jakarta, Selatan\n")) << comma.out;
    EXPECT_TRUE(contains(comma.out, "No distances"));

    const CliRun far = runCli({"score", model, "--row", "Usia=400,Area=Jakarta"});
    EXPECT_TRUE(contains(far.out, "  outside the training range: Usia=400\n")) << far.out;

    nlohmann::json j = nlohmann::json::parse(readFile(model));
    j.erase("offers");
    writeFile(dir.path("old.json"), j.dump());
    const CliRun old = runCli({"score", dir.path("old.json"), "--row", "Usia=40,Area=Jakarta"});
    ASSERT_EQ(old.code, 0) << old.err;
    EXPECT_TRUE(contains(old.out, "The model holds no product ownership data")) << old.out;
}

TEST_F(CliScoreOne, MalformedPairsAreUsageErrorsNamingThem) {
    const auto usage = [&](std::vector<std::string> args, const std::string& message) {
        args.insert(args.begin(), {"score", model});
        const CliRun run = runCli(args);
        EXPECT_EQ(run.code, 2) << run.err;
        EXPECT_EQ(run.err, "gugus-cli: " + message + "\n");
        EXPECT_EQ(run.out, "");
    };
    usage({"--row", "Usia=35,Kota=Medan"},
          "unknown column 'Kota': the model reads Area, Usia, Pendapatan_Tahunan, "
          "Produk_Tabungan, Produk_Deposito, Produk_Kartu_Kredit, Produk_Kredit_Rumah, "
          "Produk_Kredit_Kendaraan, Produk_Kredit_Dana_Tunai");
    usage({"--row", "GCIF=G1"},
          "unknown column 'GCIF': the model reads Area, Usia, Pendapatan_Tahunan, "
          "Produk_Tabungan, Produk_Deposito, Produk_Kartu_Kredit, Produk_Kredit_Rumah, "
          "Produk_Kredit_Kendaraan, Produk_Kredit_Dana_Tunai");
    usage({"--row", "Usia35"}, "--row 'Usia35' must be COLUMN=VALUE");
    usage({"--row", "=35"}, "--row '=35' has no column name before '='");
    usage({"--row", "Usia=35,,Area=Solo"},
          "--row 'Usia=35,,Area=Solo' has an empty pair (two commas, or one at an end)");
    usage({"--row", "Usia=35", "--set", "Usia=36"}, "column 'Usia' is given twice");
    usage({"--set", "Area"}, "--set 'Area' must be COLUMN=VALUE");
    usage({"--row", "Usia=35", "--out", "x.csv"},
          "--out is for scoring a file; --row and --set score one customer");
    usage({"--row", "Usia=35", "--min-support", "2"}, "--min-support must be in [0, 1]");
    // The pairs are checked before the model is read.
    const CliRun early = runCli({"score", dir.path("absent.json"), "--row", "Usia"});
    EXPECT_EQ(early.code, 2);
    const CliRun damaged = runCli({"score", dir.path("labels.csv"), "--row", "Usia=3"});
    EXPECT_EQ(damaged.code, 1);
    EXPECT_TRUE(contains(damaged.err, "gugus-cli: error: ")) << damaged.err;
}
