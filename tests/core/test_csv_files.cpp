// The public customer files in ../shared/data, checked against what shared/data/README.md documents
// and against pandas/numpy values computed offline (skipped when the folder is absent).
#include "common/parallel.h"
#include "data/csv_reader.h"
#include "test_support.h"

#include <map>

using namespace gugus::core;

namespace {

CsvReadResult load(const std::string& path) {
    NullProgress progress;
    return readCsvFile(path, {}, progress);
}

std::map<std::string, std::int64_t> categoryCounts(const Column& c) {
    std::map<std::string, std::int64_t> counts;
    for (const auto code : c.codes()) {
        if (code >= 0) {
            ++counts[c.categories()[std::size_t(code)]];
        }
    }
    return counts;
}

} // namespace

TEST(CsvFiles, FundFusion) {
    GUGUS_REQUIRE_SHARED("fundfusion_clustering_data.csv", path);
    const auto r = load(path);
    const Table& t = r.table;
    EXPECT_EQ(t.rowCount(), 28129);
    EXPECT_EQ(t.columnCount(), 18);
    EXPECT_TRUE(r.notices.empty());
    EXPECT_EQ(t.column("GCIF").type(), ColumnType::Id); // 25676 distinct in 28129 rows
    EXPECT_EQ(t.column("GCIF").stats().distinct, 25676);
    const Column& usia = t.column("Usia");
    EXPECT_EQ(usia.type(), ColumnType::Numeric);
    EXPECT_EQ(usia.stats().missing, 4045);
    // numpy on the 24084 present values
    EXPECT_REL_NEAR(usia.stats().mean, 42.610612855007474, 1e-14);
    EXPECT_REL_NEAR(usia.stats().std, 12.353506857523685, 1e-13);
    EXPECT_EQ(usia.stats().min, 20);
    EXPECT_EQ(usia.stats().q1, 31);
    EXPECT_EQ(usia.stats().median, 43);
    EXPECT_EQ(usia.stats().q3, 52);
    EXPECT_EQ(usia.stats().max, 70);
    const Column& balance = t.column("Total_Relationship_Balance");
    EXPECT_EQ(balance.type(), ColumnType::Numeric); // unique integers, but not named like an id
    EXPECT_REL_NEAR(balance.stats().mean, 249044418.8041523, 1e-14);
    EXPECT_REL_NEAR(balance.stats().std, 158223347.7417381, 1e-13);
    EXPECT_EQ(balance.stats().q1, 121096546.0);
    EXPECT_EQ(balance.stats().median, 241109369.0);
    EXPECT_EQ(balance.stats().q3, 359203485.0);

    const Column& area = t.column("Area");
    ASSERT_EQ(area.type(), ColumnType::Categorical);
    EXPECT_EQ(categoryCounts(area), (std::map<std::string, std::int64_t>{{"Bandung", 6917},
                                                                         {"Bogor", 1191},
                                                                         {"Jakarta", 7017},
                                                                         {"Jogja", 3001},
                                                                         {"Solo", 5001},
                                                                         {"Surabaya", 5002}}));
    EXPECT_EQ(categoryCounts(t.column("Vintage")),
              (std::map<std::string, std::int64_t>{
                  {"< 1 Tahun", 9278}, {"2 - 3 Tahun", 13953}, {"> 4 Tahun", 4898}}));
    EXPECT_EQ(categoryCounts(t.column("Status_Perkawinan"))["Janda/Duda"], 4045);
    EXPECT_EQ(t.column("Jalur_Pembukaan").categories().size(), 4u);
    EXPECT_EQ(t.column("Pendidikan").categories().size(), 7u);
    for (const char* name :
         {"Produk_Tabungan", "Produk_Deposito", "Produk_Kartu_Kredit", "Produk_Kredit_Rumah",
          "Produk_Kredit_Kendaraan", "Produk_Kredit_Dana_Tunai"}) {
        EXPECT_EQ(t.column(name).type(), ColumnType::Binary) << name;
    }
    EXPECT_TRUE(t.column("Jumlah_Anak").suggestCategorical());
    EXPECT_TRUE(t.column("Total_Kepemilikan_Produk").suggestCategorical());
    EXPECT_FALSE(t.column("Pendapatan_Tahunan").suggestCategorical());

    setThreadCount(1);
    const std::string single = load(path).table.fingerprint();
    setThreadCount(0);
    EXPECT_EQ(single, t.fingerprint());
}

TEST(CsvFiles, CustSegmentation) {
    GUGUS_REQUIRE_SHARED("cust_segmentation.csv", path);
    const auto r = load(path);
    const Table& t = r.table;
    EXPECT_EQ(t.rowCount(), 850); // no newline after the last line
    EXPECT_EQ(t.columnCount(), 10);
    EXPECT_EQ(t.column("Customer Id").type(), ColumnType::Id);
    EXPECT_EQ(t.column("Defaulted").type(), ColumnType::Binary);
    EXPECT_EQ(t.column("Defaulted").stats().missing, 150);
    // Address holds 32 codes such as NBA001 over 850 rows: categorical (a profile attribute).
    EXPECT_EQ(t.column("Address").type(), ColumnType::Categorical);
    EXPECT_EQ(t.column("Address").categories().size(), 32u);
    EXPECT_TRUE(t.column("Edu").suggestCategorical());
    EXPECT_EQ(t.column("Card Debt").type(), ColumnType::Numeric);
}

TEST(CsvFiles, CustSegmentationTheonugrahaCopy) {
    GUGUS_REQUIRE_SHARED("cust_segmentation_theonugraha.csv", path);
    GUGUS_REQUIRE_SHARED("cust_segmentation.csv", original);
    const auto r = load(path);
    const Table& t = r.table;
    EXPECT_EQ(t.rowCount(), 850);
    EXPECT_EQ(t.columnCount(), 10);
    // The unnamed pandas index becomes an id named column_1, with a notice.
    EXPECT_EQ(t.column(0).name(), "column_1");
    EXPECT_EQ(t.column(0).type(), ColumnType::Id);
    ASSERT_EQ(r.notices.size(), 1u);
    EXPECT_EQ(r.notices[0].kind, CsvNotice::Kind::HeaderRenamed);
    EXPECT_EQ(t.column("Defaulted").type(), ColumnType::Binary); // written as 0.0 / 1.0
    EXPECT_EQ(t.column("Defaulted").stats().missing, 150);
    // Same values as the IBM file up to Python's repr (6.111000000000001 for 6.111).
    const Table o = load(original).table;
    for (const char* name : {"Age", "Income", "Card Debt", "Other Debt", "DebtIncomeRatio"}) {
        const auto& a = t.column(name).values();
        const auto& b = o.column(name).values();
        ASSERT_EQ(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            ASSERT_NEAR(a[i], b[i], 1e-12 * std::max(1.0, std::abs(b[i]))) << name << " " << i;
        }
    }
}

TEST(CsvFiles, CcGeneral) {
    GUGUS_REQUIRE_SHARED("cc_general.csv", path);
    const Table t = load(path).table;
    EXPECT_EQ(t.rowCount(), 8950);
    EXPECT_EQ(t.columnCount(), 18);
    EXPECT_EQ(t.column("CUST_ID").type(), ColumnType::Id);
    EXPECT_EQ(t.column("CREDIT_LIMIT").stats().missing, 1);
    EXPECT_EQ(t.column("MINIMUM_PAYMENTS").stats().missing, 313);
    const ColumnStats& b = t.column("BALANCE").stats();
    EXPECT_REL_NEAR(b.mean, 1564.4748276781006, 1e-14);
    EXPECT_REL_NEAR(b.std, 2081.415589510965, 1e-13);
    EXPECT_REL_NEAR(b.q1, 128.2819155, 1e-15);
    EXPECT_REL_NEAR(b.median, 873.385231, 1e-15);
    EXPECT_REL_NEAR(b.q3, 2054.1400355, 1e-15);
    EXPECT_EQ(b.distinct, 8871);
    const ColumnStats& m = t.column("MINIMUM_PAYMENTS").stats();
    EXPECT_REL_NEAR(m.mean, 864.2065423050827, 1e-14);
    EXPECT_REL_NEAR(m.q3, 825.485459, 1e-15);
    EXPECT_EQ(m.distinct, 8636);
    EXPECT_TRUE(t.column("TENURE").suggestCategorical());
    for (const auto& c : t.columns()) {
        if (c.name() != "CUST_ID") {
            EXPECT_TRUE(c.isNumericLike()) << c.name();
        }
    }
}

TEST(CsvFiles, P1g6Set1) {
    GUGUS_REQUIRE_SHARED("p1g6_set1_creditcard.csv", path);
    const Table t = load(path).table;
    EXPECT_EQ(t.rowCount(), 4475);
    EXPECT_EQ(t.columnCount(), 18);
    EXPECT_EQ(t.column("CUST_ID").type(), ColumnType::Id); // even integers 2..8950
    EXPECT_EQ(t.column("CREDIT_LIMIT").stats().missing, 1);
    EXPECT_EQ(t.column("MINIMUM_PAYMENTS").stats().missing, 158);
    EXPECT_REL_NEAR(t.column("BALANCE").stats().mean, 1565.7439388102794, 1e-13);
}
