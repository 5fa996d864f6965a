#pragma once

// The PostgreSQL server the tests use: GUGUS_TEST_PG (a postgresql:// URL; `bash .ci/postgres.sh
// COMMAND` starts a throwaway server with the sample and sets it). Without a reachable server the
// tests skip with a message, unless GUGUS_REQUIRE_POSTGRES=1 (CI), which makes that a failure.

#include "source/db_source.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

namespace gugus::test {

/// The test server, or "" with the reason in `why`.
inline std::string reachablePostgres(std::string& why) {
    const char* url = std::getenv("GUGUS_TEST_PG");
    if (!url || !*url) {
        why = "GUGUS_TEST_PG is not set (bash .ci/postgres.sh COMMAND runs one)";
        return {};
    }
    try {
        core::testDbConnection(core::parseDbUrl(url));
    } catch (const std::exception& e) {
        why = std::string("the server of GUGUS_TEST_PG is not reachable: ") + e.what();
        return {};
    }
    return url;
}

inline bool postgresRequired() {
    const char* required = std::getenv("GUGUS_REQUIRE_POSTGRES");
    return required && std::string(required) == "1";
}

} // namespace gugus::test

/// Declares `var`, the URL of the test server; skips the test (fails it under
/// GUGUS_REQUIRE_POSTGRES=1) when there is none.
#define GUGUS_REQUIRE_POSTGRES(var)                                                                \
    std::string var##_why;                                                                         \
    const std::string var = ::gugus::test::reachablePostgres(var##_why);                           \
    if (var.empty()) {                                                                             \
        if (::gugus::test::postgresRequired()) {                                                   \
            FAIL() << var##_why;                                                                   \
        }                                                                                          \
        GTEST_SKIP() << "no PostgreSQL server: " << var##_why;                                     \
    }
