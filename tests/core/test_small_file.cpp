// Model, project, recipe, display and query files are files people send each other: read only
// when they are regular files within a size limit, checked before a byte is read.
#include "common/error.h"
#include "common/small_file.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sys/stat.h>

using gugus::core::Error;
using gugus::core::ErrorCode;
using gugus::core::readSmallFile;
using gugus::test::TempDir;

namespace {

/// The error reading `path` gives; nullopt when it is read.
std::optional<ErrorCode> codeOf(const std::string& path, std::int64_t maxBytes) {
    try {
        readSmallFile(path, maxBytes);
    } catch (const Error& e) {
        return e.code();
    }
    return std::nullopt;
}

} // namespace

TEST(SmallFile, ReadsARegularFileWithinItsLimit) {
    TempDir dir;
    const std::string path = dir.path("model.json");
    const std::string text = std::string("{\"format\": \"x\"}\n") + std::string(10000, 'a');
    std::ofstream(path, std::ios::binary) << text;
    EXPECT_EQ(readSmallFile(path, std::int64_t(text.size())), text);
    EXPECT_EQ(codeOf(path, std::int64_t(text.size()) - 1), ErrorCode::FileTooLarge);
    std::ofstream(dir.path("empty.json"), std::ios::binary).flush();
    EXPECT_EQ(readSmallFile(dir.path("empty.json"), 10), "");
}

TEST(SmallFile, AHugeFileIsRefusedBeforeItIsRead) {
    TempDir dir;
    const std::string path = dir.path("huge.gugus");
    // 8 GiB, sparse: no disk used, and a reader that read it whole would take seconds and 8 GiB.
    std::ofstream(path, std::ios::binary).flush();
    std::filesystem::resize_file(path, std::uintmax_t(8) << 30);
    struct stat info {};
    ASSERT_EQ(::stat(path.c_str(), &info), 0);
    if (info.st_blocks > 2048) { // not sparse here: do not fill the disk
        std::filesystem::remove(path);
        GTEST_SKIP() << "this file system has no sparse files";
    }
    EXPECT_EQ(codeOf(path, gugus::core::kMaxModelFileBytes), ErrorCode::FileTooLarge);
}

TEST(SmallFile, DirectoriesPipesAndDevicesAreRefusedWithoutBlocking) {
    TempDir dir;
    EXPECT_EQ(codeOf(dir.path(""), 1000), ErrorCode::FileUnreadable);
    const std::string fifo = dir.path("model.fifo");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    EXPECT_EQ(codeOf(fifo, 1000), ErrorCode::FileUnreadable); // no writer: would block forever
    EXPECT_EQ(codeOf("/dev/zero", 1000), ErrorCode::FileUnreadable); // would never end
    EXPECT_EQ(codeOf(dir.path("missing.json"), 1000), ErrorCode::FileNotFound);
    try {
        readSmallFile(fifo, 1000);
        ADD_FAILURE() << "a FIFO was read";
    } catch (const Error& e) {
        EXPECT_EQ(e.detail(), "not a regular file");
    }
}

TEST(SmallFile, AFileThatGivesNoSizeIsReadToItsEndWithinTheLimit) {
    // /proc files report a size of 0 and have content: read on past the size, within the limit.
    const std::string status = readSmallFile("/proc/self/status", 1 << 20);
    EXPECT_NE(status.find("Name:"), std::string::npos);
    EXPECT_EQ(codeOf("/proc/self/status", 16), ErrorCode::FileTooLarge);
}

TEST(SmallFile, AHeadIsTheFirstBytesOfARegularFileOnly) {
    TempDir dir;
    const std::string path = dir.path("customers.csv");
    const std::string text = "id,income\n" + std::string(100000, '7');
    std::ofstream(path, std::ios::binary) << text;
    EXPECT_EQ(gugus::core::readFileHead(path, 64), text.substr(0, 64));
    EXPECT_EQ(gugus::core::readFileHead(path, 1 << 20), text); // a shorter file: all of it
    const std::string fifo = dir.path("customers.fifo");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    for (const std::string& refused : {fifo, std::string("/dev/zero"), dir.path("")}) {
        try {
            gugus::core::readFileHead(refused, 64);
            ADD_FAILURE() << refused << " was read";
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), ErrorCode::FileUnreadable) << refused;
        }
    }
    try {
        gugus::core::readFileHead(dir.path("missing.csv"), 64);
        ADD_FAILURE() << "a missing file was read";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::FileNotFound);
    }
}

TEST(SmallFile, OnlyARegularFileIsRequiredWithoutBlocking) {
    TempDir dir;
    const std::string path = dir.path("customers.csv");
    std::ofstream(path, std::ios::binary) << "id,income\n1,2\n";
    EXPECT_NO_THROW(gugus::core::requireRegularFile(path));
    const std::string fifo = dir.path("customers.fifo");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    for (const std::string& refused : {fifo, std::string("/dev/zero"), dir.path("")}) {
        try {
            gugus::core::requireRegularFile(refused); // a FIFO without a writer: not waited on
            ADD_FAILURE() << refused << " was taken for a file";
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), ErrorCode::FileUnreadable) << refused;
        }
    }
    try {
        gugus::core::requireRegularFile(dir.path("missing.csv"));
        ADD_FAILURE() << "a missing file was taken for a file";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::FileNotFound);
    }
}
