#pragma once

// What the CLI tests share: running a command in-process and reading what it wrote.

#include "cli.h"
#include "test_support.h"

#include <cctype>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace gugus::test {

/// A command's exit code and everything it wrote.
struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

/// Runs `gugus-cli ARGS...` in-process; `cancel`, when given, is the console's cancel flag.
inline CliRun runCli(const std::vector<std::string>& args,
                     const std::atomic<bool>* cancel = nullptr) {
    std::ostringstream out;
    std::ostringstream err;
    CliRun run;
    run.code = cli::runCli(args, cli::Console{out, err, false, cancel});
    run.out = out.str();
    run.err = err.str();
    return run;
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline void writeFile(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

/// The lines of `text` without their line ends.
inline std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream ss(text);
    std::string line;
    while (std::getline(ss, line)) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        out.push_back(line);
    }
    return out;
}

/// The last field of every data line of a CSV (the segment column of a labelled file).
inline std::vector<std::string> lastFields(const std::string& csv) {
    std::vector<std::string> out;
    const auto text = lines(csv);
    for (std::size_t i = 1; i < text.size(); ++i) {
        out.push_back(text[i].substr(text[i].rfind(',') + 1));
    }
    return out;
}

/// The segment of every data line of a scored CSV, which ends in segment, segment_note (for
/// notes without commas, such as "imputed: Usia").
inline std::vector<std::string> scoredSegments(const std::string& csv) {
    std::vector<std::string> out;
    const auto text = lines(csv);
    for (std::size_t i = 1; i < text.size(); ++i) {
        const std::string head = text[i].substr(0, text[i].rfind(','));
        out.push_back(head.substr(head.rfind(',') + 1));
    }
    return out;
}

/// The commands that read a FILE, with small settings: a source of the same rows (a database, a
/// workbook) must give the same output as the CSV file for each (FILE goes after the command).
inline const std::vector<std::vector<std::string>>& fileCommands() {
    static const std::vector<std::vector<std::string>> commands = {
        {"inspect", "--json"},
        {"segment", "--k", "3", "--features", "Usia,Pendapatan_Tahunan,Jumlah_Anak"},
        {"sweep", "--k-min", "2", "--k-max", "4", "--features", "Usia,Pendapatan_Tahunan"},
        {"kdist", "--features", "Usia,Pendapatan_Tahunan"},
        {"tune", "--k-min", "2", "--k-max", "3", "--bootstraps", "2", "--features",
         "Usia,Pendapatan_Tahunan,Jumlah_Anak"},
    };
    return commands;
}

/// The CSV that the comparisons over fileCommands() read: the bundled sample (5,000 customers),
/// or in the sanitizer build (GUGUS_SANITIZED) its first 1,000 customers copied into `dir`:
/// every command runs twice per source there, minutes under the sanitizers on all 5,000 rows.
/// The sample has no quoted fields, so a line is a record.
inline std::string comparisonSample(const TempDir& dir) {
#ifdef GUGUS_SANITIZED
    constexpr std::size_t kCustomers = 1000;
    std::string text;
    std::size_t kept = 0;
    for (const std::string& line : lines(readFile(samplePath()))) {
        if (kept++ > kCustomers) { // the header and kCustomers records
            break;
        }
        text += line + "\n";
    }
    const std::string path = dir.path("sample_head.csv");
    writeFile(path, text);
    return path;
#else
    (void)dir;
    return samplePath();
#endif
}

/// The sweep's table without its "seconds" column (the 6th), which no two runs share.
inline std::string withoutSeconds(const std::string& text) {
    std::string out;
    for (const std::string& line : lines(text)) {
        std::istringstream fields(line);
        std::vector<std::string> f{std::istream_iterator<std::string>(fields), {}};
        if (f.size() > 6 && std::isdigit(static_cast<unsigned char>(f[0][0]))) {
            f.erase(f.begin() + 5);
            std::string joined;
            for (const auto& x : f) {
                joined += x + " ";
            }
            out += joined + "\n";
        } else {
            out += line + "\n";
        }
    }
    return out;
}

/// Three obvious groups of customers, an id column with a formula-looking value and a category.
inline const char* const kSmallCsv = "cust_id,age,income,area\n"
                                     "=HYPERLINK(1),20,10,Solo\n"
                                     "b,21,11,Solo\n"
                                     "c,22,12,Solo\n"
                                     "d,50,80,Bogor\n"
                                     "e,51,81,Bogor\n"
                                     "f,52,79,Bogor\n"
                                     "g,35,200,Solo\n"
                                     "h,36,201,Bogor\n"
                                     "i,34,199,Solo\n";

/// A fresh directory holding one input file, written before each test: `input` (dir/NAME).
class CliFileTest : public ::testing::Test {
protected:
    CliFileTest(const std::string& name, const std::string& text) : input(dir.path(name)) {
        writeFile(input, text);
    }

    TempDir dir;
    const std::string input;
};

/// A fresh directory holding small.csv (kSmallCsv) as `small`.
class CliSmallCsvTest : public CliFileTest {
protected:
    CliSmallCsvTest() : CliFileTest("small.csv", kSmallCsv) {}

    const std::string& small = input;
};

} // namespace gugus::test
