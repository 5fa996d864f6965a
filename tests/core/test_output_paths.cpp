// Outputs never destroy inputs or devices: clashing paths are refused before any work, links are
// followed, devices written through, and temporary files of killed writers cleaned up.
#include "data/csv_reader.h"
#include "data/csv_writer.h"
#include "data/output_paths.h"
#include "test_support.h"

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace gugus::core;
using gugus::test::errorCodeOf;
using gugus::test::TempDir;
namespace fs = std::filesystem;

namespace {

void touch(const fs::path& p, const std::string& text = "a\n1\n") {
    std::ofstream(p) << text;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(OutputPaths, AnOutputThatIsAnInputIsRefusedWhateverItsSpelling) {
    TempDir dir;
    const fs::path data = fs::path(dir.path("")) / "d.csv";
    touch(data);
    fs::create_symlink(data, fs::path(dir.path("")) / "link.csv");
    const std::string dotted = (fs::path(dir.path("")) / "." / "d.csv").string();
    std::string subject;
    EXPECT_EQ(errorCodeOf([&] { checkOutputPaths({data.string()}, {dotted}); }, &subject),
              ErrorCode::OutputIsInput);
    EXPECT_EQ(subject, dotted);
    EXPECT_EQ(errorCodeOf([&] {
                  checkOutputPaths({data.string()},
                                   {(fs::path(dir.path("")) / "link.csv").string()});
              }),
              ErrorCode::OutputIsInput);
    EXPECT_EQ(slurp(data), "a\n1\n");
}

TEST(OutputPaths, TwoOutputsOnOneFileAreRefusedButDevicesAreShared) {
    TempDir dir;
    const std::string out = (fs::path(dir.path("")) / "out.csv").string();
    EXPECT_EQ(errorCodeOf([&] { checkOutputPaths({}, {out, out}); }), ErrorCode::OutputRepeated);
    EXPECT_NO_THROW(checkOutputPaths({}, {"/dev/null", "/dev/null"}));
    EXPECT_NO_THROW(checkOutputPaths({out}, {"/dev/null"}));
}

TEST(OutputPaths, MissingOrUnwritableDestinationsAreRefusedUpFront) {
    TempDir dir;
    std::string subject;
    const std::string nowhere = (fs::path(dir.path("")) / "no" / "such" / "x.json").string();
    EXPECT_EQ(errorCodeOf([&] { checkOutputPaths({}, {nowhere}); }, &subject),
              ErrorCode::WriteFailed);
    EXPECT_EQ(subject, nowhere);
    EXPECT_EQ(errorCodeOf([&] { checkOutputPaths({}, {dir.path("")}); }), ErrorCode::WriteFailed);
}

TEST(AtomicWrite, ASymlinkKeepsBeingALinkAndItsTargetIsReplaced) {
    TempDir dir;
    const fs::path target = fs::path(dir.path("")) / "target.json";
    const fs::path link = fs::path(dir.path("")) / "link.json";
    touch(target, "old");
    fs::create_symlink(target, link);
    writeFileAtomically(link.string(), "new");
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(slurp(target), "new");
}

TEST(AtomicWrite, ADeviceIsWrittenThroughNotReplaced) {
    writeFileAtomically("/dev/null", "nothing");
    struct stat st {};
    ASSERT_EQ(::stat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
}

TEST(AtomicWrite, TemporaryFilesOfKilledWritersAreRemovedOnTheNextWrite) {
    TempDir dir;
    const fs::path out = fs::path(dir.path("")) / "summary.json";
    // pid 0x7ffffffe is beyond any pid_max: no such process.
    const fs::path stale = fs::path(dir.path("")) / ".summary.json.gugus-tmp-2147483646-00ff";
    const fs::path other = fs::path(dir.path("")) / ".other.json.gugus-tmp-2147483646-00ff";
    touch(stale, "half");
    touch(other, "half");
    writeFileAtomically(out.string(), "{}");
    EXPECT_FALSE(fs::exists(stale));
    EXPECT_TRUE(fs::exists(other)); // only the temporaries of the file being written
    EXPECT_EQ(slurp(out), "{}");
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path(""))) {
        ++files;
    }
    EXPECT_EQ(files, 2u); // summary.json and the other writer's temporary
}

} // namespace
