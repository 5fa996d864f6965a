// How the CSV reader types columns: binary, id, numeric, categorical, the mixed-types notice,
// code-like integers and forced types.
#include "common/error.h"
#include "data/csv_reader.h"
#include "test_support.h"

#include <cmath>

using namespace gugus::core;

namespace {

CsvReadResult read(std::string_view text, const CsvOptions& options = {}) {
    NullProgress progress;
    return readCsvText(text, options, progress);
}

ColumnType typeOf(std::string_view text, const std::string& column, const CsvOptions& o = {}) {
    return read(text, o).table.column(column).type();
}

using Strings = std::vector<std::string>;

} // namespace

TEST(CsvTypes, NumbersOnly) {
    const auto r = read("owns,age,score,count\n1,20,1.5,3\n0,31,2,4\n,45,-3,5\n1,20,7,6\n");
    EXPECT_EQ(r.table.column("owns").type(), ColumnType::Binary);
    EXPECT_EQ(r.table.column("owns").stats().missing, 1);
    EXPECT_EQ(r.table.column("age").type(), ColumnType::Numeric);
    EXPECT_EQ(r.table.column("score").type(), ColumnType::Numeric);
    // Unique whole numbers are an id only when the name says so.
    EXPECT_EQ(r.table.column("count").type(), ColumnType::Numeric);
    // "1.0"/"0.0" are 0/1 too (pandas writes flags with missing values that way).
    EXPECT_EQ(typeOf("f\n1.0\n0.0\n\n", "f"), ColumnType::Binary);
    EXPECT_EQ(typeOf("f\n1\n1\n", "f"), ColumnType::Binary);
    EXPECT_EQ(typeOf("f\n\n\n", "f"), ColumnType::Numeric); // nothing to go by
}

// The 0/1 test stops at the first chunk holding another value: a flag column stays binary
// however long (values and missing cells past every chunk boundary), and one other value
// anywhere, in the first chunk, the last or right at a boundary, makes it numeric.
TEST(CsvTypes, BinaryTestOverChunksOfAColumn) {
    const std::size_t rows = 5000;
    std::string flags = "f,g\n"; // g keeps the lines of missing flags from being blank
    for (std::size_t r = 0; r < rows; ++r) {
        flags += r % 7 == 0 ? ",x\n" : (r % 3 == 0 ? "1,x\n" : "0,x\n");
    }
    EXPECT_EQ(typeOf(flags, "f"), ColumnType::Binary);
    EXPECT_EQ(read(flags).table.column("f").stats().missing, std::int64_t((rows + 6) / 7));
    for (const std::size_t at :
         {std::size_t(1), std::size_t(1023), std::size_t(1024), std::size_t(2048), rows - 1}) {
        std::string text = "f\n";
        for (std::size_t r = 0; r < rows; ++r) {
            text += r == at ? "2\n" : (r % 2 ? "1\n" : "0\n");
        }
        EXPECT_EQ(typeOf(text, "f"), ColumnType::Numeric) << at;
    }
    std::string missingFirst = "f,g\n"; // only missing cells in the first chunk: still binary
    for (std::size_t r = 0; r < rows; ++r) {
        missingFirst += r < 1500 ? ",x\n" : "1,x\n";
    }
    EXPECT_EQ(typeOf(missingFirst, "f"), ColumnType::Binary);
}

TEST(CsvTypes, IdColumnsByNameAndValues) {
    for (const char* name : {"id", "ID", "cust_id", "CUST_ID", "Customer Id", "customerid",
                             "client_id", "CustID", "cust id", "user.id", "idpel"}) {
        const std::string text = std::string(name) + ",v\n3,1.5\n1,2.5\n2,3.5\n";
        EXPECT_EQ(typeOf(text, name), ColumnType::Id) << name;
    }
    for (const char* name : {"paid", "valid", "width", "n"}) {
        const std::string text = std::string(name) + ",v\n3,1.5\n1,2.5\n2,3.5\n";
        EXPECT_EQ(typeOf(text, name), ColumnType::Numeric) << name;
    }
    // Not an id when values repeat, are missing or are fractions.
    EXPECT_EQ(typeOf("id\n1\n1\n2\n", "id"), ColumnType::Numeric);
    EXPECT_EQ(typeOf("id\n1\nNA\n2\n", "id"), ColumnType::Numeric);
    EXPECT_EQ(typeOf("id\n1.5\n2\n3\n", "id"), ColumnType::Numeric);
    // The id keeps its text as written.
    const auto r = read("cust_id,v\n007,1\n010,2\n+11,3\n");
    EXPECT_EQ(r.table.column("cust_id").text(), (Strings{"007", "010", "+11"}));
}

TEST(CsvTypes, UnnamedPandasIndexIsAnId) {
    auto r = read(",age\n0,30\n1,40\n2,50\n");
    EXPECT_EQ(r.table.column(0).name(), "column_1");
    EXPECT_EQ(r.table.column(0).type(), ColumnType::Id);
    EXPECT_EQ(typeOf("Unnamed: 0,age\n0,30\n1,40\n2,50\n", "Unnamed: 0"), ColumnType::Id);
    // Other unique integers under an empty name stay numbers.
    r = read(",age\n5,30\n1,40\n2,50\n");
    EXPECT_EQ(r.table.column(0).type(), ColumnType::Numeric);
}

TEST(CsvTypes, TextIsCategoricalOrId) {
    const auto r = read("area,code,name\nSolo,a1,Ani\nBogor,a2,Budi\nSolo,a3,Citra\n"
                        "Solo,a1,Dewi\nBogor,a2,Eka\nSolo,a3,Fajar\n");
    const Column& area = r.table.column("area");
    ASSERT_EQ(area.type(), ColumnType::Categorical);
    EXPECT_EQ(area.categories(), (Strings{"Bogor", "Solo"}));
    EXPECT_EQ(area.codes(), (std::vector<std::int32_t>{1, 0, 1, 1, 0, 1}));
    EXPECT_EQ(area.stats().mode, 1);
    EXPECT_EQ(r.table.column("code").type(), ColumnType::Categorical); // 3 labels in 6 rows
    EXPECT_EQ(r.table.column("name").type(), ColumnType::Id);          // all different

    const char* threeLabels = "c\nx\ny\nz\nx\ny\nz\nx\n";
    EXPECT_EQ(typeOf(threeLabels, "c"), ColumnType::Categorical);
    CsvOptions few;
    few.maxCategories = 2;
    EXPECT_EQ(typeOf(threeLabels, "c", few), ColumnType::Id);
}

TEST(CsvTypes, CategoriesAreSortedBytewise) {
    const auto r = read("k\nb\nB\na\n\xC3\x81\nb\na\nB\nb\n");
    EXPECT_EQ(r.table.column("k").categories(), (Strings{"B", "a", "b", "\xC3\x81"}));
    EXPECT_EQ(r.table.column("k").toText(3), "\xC3\x81");
}

TEST(CsvTypes, LowCardinalityIntegersAreFlagged) {
    const auto r = read("edu,two,many,half\n1,5,1,1.5\n2,6,2,2\n3,5,3,3\n4,6,4,1.5\n5,5,5,2\n"
                        "1,6,6,3\n2,5,7,1.5\n3,6,8,2\n4,5,9,3\n5,6,10,1.5\n1,5,11,2\n2,6,12,3\n");
    EXPECT_TRUE(r.table.column("edu").suggestCategorical());
    EXPECT_FALSE(r.table.column("two").suggestCategorical());  // only two values
    EXPECT_FALSE(r.table.column("many").suggestCategorical()); // twelve values
    EXPECT_FALSE(r.table.column("half").suggestCategorical()); // not whole numbers
    CsvOptions wide;
    wide.maxCodeCategories = 12;
    EXPECT_TRUE(read("many\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", wide)
                    .table.column("many")
                    .suggestCategorical());
}

TEST(CsvTypes, MixedColumnsGetANotice) {
    const auto r = read("age,label\n20,a\n30,b\nunknown,3\n40,a\n50,b\n60,a\n");
    const Column& age = r.table.column("age");
    EXPECT_FALSE(age.isNumericLike());
    EXPECT_EQ(age.toText(0), "20");
    EXPECT_EQ(age.toText(2), "unknown");
    ASSERT_EQ(r.notices.size(), 1u); // "label" is mostly text: no notice
    const CsvNotice& n = r.notices[0];
    EXPECT_EQ(n.kind, CsvNotice::Kind::MixedTypes);
    EXPECT_EQ(n.subject, "age");
    EXPECT_EQ(n.detail, "unknown");
    EXPECT_EQ(n.count, 1);
    EXPECT_EQ(n.line, 4);
}

TEST(CsvTypes, ForcedTypes) {
    const std::string text = "zip,amount,flag,name\n01234,1.5,1,Ani\n01234,x,0,Budi\n"
                             "99999,2,1,Ani\n01234,3,0,Budi\n";
    CsvOptions options;
    options.forcedTypes = {{"zip", ColumnType::Categorical},
                           {"amount", ColumnType::Numeric},
                           {"flag", ColumnType::Numeric},
                           {"name", ColumnType::Id}};
    const auto r = read(text, options);
    EXPECT_EQ(r.table.column("zip").type(), ColumnType::Categorical);
    EXPECT_EQ(r.table.column("zip").categories(), (Strings{"01234", "99999"}));
    const Column& amount = r.table.column("amount");
    ASSERT_EQ(amount.type(), ColumnType::Numeric);
    EXPECT_EQ(amount.values()[0], 1.5);
    EXPECT_TRUE(std::isnan(amount.values()[1]));
    EXPECT_EQ(amount.values()[3], 3.0);
    EXPECT_EQ(r.table.column("flag").type(), ColumnType::Numeric);
    EXPECT_EQ(r.table.column("name").type(), ColumnType::Id);
    EXPECT_TRUE(r.notices.empty()); // forced: the user already knows

    CsvOptions binary;
    binary.forcedTypes = {{"amount", ColumnType::Binary}};
    try {
        read("amount\n0\n2\n", binary);
        ADD_FAILURE() << "binary from 2 accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidOption);
        EXPECT_EQ(e.subject(), "amount");
    }
    binary.forcedTypes = {{"column_1", ColumnType::Binary}};
    binary.hasHeader = false;
    EXPECT_EQ(read("1\n0\n", binary).table.column(0).type(), ColumnType::Binary);
}

TEST(CsvTypes, ForcedTypesMatchTheOriginalHeaderToo) {
    CsvOptions options;
    options.forcedTypes = {{"", ColumnType::Numeric}};
    const auto r = read(",age\n0,30\n1,40\n", options);
    EXPECT_EQ(r.table.column("column_1").type(), ColumnType::Numeric);
}

TEST(CsvTypes, ManyLabelsStopTheDictionaryButKeepEveryText) {
    // "code" starts with numbers, turns to text, then has more labels than a category may;
    // "num" is mostly text that a forced type turns into numbers.
    std::string text = "code,num\n";
    for (int i = 0; i < 3000; ++i) {
        if (i >= 5) {
            text += 'L';
        }
        text += std::to_string(i < 5 ? i : i % 1500);
        text += i % 2 ? "," : ",w";
        text += std::to_string(i);
        text += '\n';
    }
    auto r = read(text);
    const Column& code = r.table.column("code");
    EXPECT_EQ(code.type(), ColumnType::Id);
    EXPECT_EQ(code.toText(2), "2");
    EXPECT_EQ(code.toText(10), "L10");
    EXPECT_EQ(code.toText(2999), "L1499");
    EXPECT_EQ(code.stats().distinct, 1505); // 0-4 and L0-L1499

    CsvOptions forced;
    forced.forcedTypes = {{"code", ColumnType::Categorical}, {"num", ColumnType::Numeric}};
    r = read(text, forced);
    EXPECT_EQ(r.table.column("code").categories().size(), 1505u);
    EXPECT_EQ(r.table.column("code").toText(2999), "L1499");
    const Column& num = r.table.column("num");
    EXPECT_EQ(num.stats().count, 1500);
    EXPECT_EQ(num.values()[2999], 2999);
    EXPECT_TRUE(std::isnan(num.values()[2998]));

    CsvOptions tiny;
    tiny.maxCategories = 2;
    const auto t = read("c\na\nb\nc\n\"d\"\"e\"\n\nNA\n", tiny);
    EXPECT_EQ(t.table.column("c").text(), (Strings{"a", "b", "c", "d\"e", ""}));
}
