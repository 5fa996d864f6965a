// --db / --query / --query-file: a database in place of FILE, for every command that reads one.
#include "cli_options.h"
#include "text_format.h"

#include "common/error.h"
#include "common/small_file.h"
#include "source/db_source.h"

#include <filesystem>

namespace gugus::cli {

namespace {

// Process-wide, like the terminal they stand for: set once by main(), read by any command.
PasswordPrompt& passwordPrompt() {
    static PasswordPrompt prompt;
    return prompt;
}

std::string& enteredPassword() {
    static std::string password;
    return password;
}

} // namespace

const char* const kDbHelp = R"(Reading from a database instead of FILE:
  --db URL             postgresql://USER@HOST:PORT/DATABASE[?sslmode=require] or sqlite:FILE;
                       the password comes from PGPASSWORD, the password file (PGPASSFILE,
                       ~/.pgpass) or a prompt on the terminal, never from the URL
  --query SQL          the SELECT whose rows are the customers (runs read-only)
  --query-file F.sql   the same, from a file
Column types come from the database: boolean -> binary, text -> categorical (an id when named
like one or nearly all distinct, never numbers), numbers as in a CSV file; only NULL is missing.
--max-rows (the limit goes to the server) and --type apply as for files.
)";

void setPasswordPrompt(PasswordPrompt prompt) {
    passwordPrompt() = std::move(prompt);
}

std::string InputSource::label() const {
    return file.empty() || file != name ? name : std::filesystem::path(name).filename().string();
}

InputSource inputSource(const Args& args, const std::string& command, std::size_t fileIndex) {
    const std::size_t given = args.positional().size();
    if (const auto url = args.get("db")) {
        if (given != fileIndex) {
            throw UsageError(command +
                             " reads --db instead of FILE: give one or the other (see "
                             "gugus-cli " +
                             command + " --help)");
        }
        if (args.has("query") == args.has("query-file")) {
            throw UsageError("--db needs --query SQL or --query-file F.sql (one of them)");
        }
        const core::DbSource db = dbSourceFrom(args);
        return {core::dbUrl(db), db.kind == core::DbKind::Sqlite ? db.path : std::string()};
    }
    if (args.has("query") || args.has("query-file")) {
        throw UsageError("--query and --query-file need --db");
    }
    if (fileIndex == 0) {
        const std::string& file = onlyFile(args, command);
        return {file, file};
    }
    if (given != fileIndex + 1) {
        throw UsageError(command + " needs MODEL.json and FILE (see gugus-cli " + command +
                         " --help)");
    }
    const std::string& file = args.positional()[fileIndex];
    return {file, file};
}

core::DbSource dbSourceFrom(const Args& args) {
    core::DbSource db;
    try {
        db = core::parseDbUrl(args.get("db", ""));
    } catch (const core::Error& e) {
        throw UsageError("--db: " + e.detail());
    }
    if (const auto file = args.get("query-file")) {
        db.query = core::readSmallFile(*file, core::kMaxSettingsFileBytes);
    } else {
        db.query = args.get("query", "");
    }
    return db;
}

void withDatabase(const Args& args, const std::function<void(const core::DbSource&)>& work) {
    core::DbSource db = dbSourceFrom(args);
    db.password = enteredPassword();
    try {
        work(db);
    } catch (const core::DbError& e) {
        if (e.kind() != core::DbError::Kind::PasswordNeeded || !passwordPrompt()) {
            throw;
        }
        db.password = passwordPrompt()("Password for " + core::dbUrl(db) + ": ");
        enteredPassword() = db.password; // a later connection of this command reuses it
        work(db);
    }
}

core::CsvReadResult readDatabase(const Args& args, core::Progress& progress) {
    core::CsvReadResult result;
    withDatabase(args, [&](const core::DbSource& db) {
        result = core::readDbSource(db, csvOptionsFrom(args), progress);
    });
    return result;
}

} // namespace gugus::cli
