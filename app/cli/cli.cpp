#include "cli.h"

#include "cli_args.h"

#include "common/progress.h"

#include <new>
#include <string_view>

namespace gugus::cli {

namespace {

constexpr const char* kHelp = R"(Usage: gugus-cli COMMAND [options]

Customer segmentation from the command line.

Commands:
  inspect FILE     columns, inferred types, missing values and statistics
  segment FILE     prepare, cluster (K-Means, hierarchical or DBSCAN), score and profile; write
                   labelled CSV and summary
  sweep FILE       metrics for k = 2..10 with the elbow (knee) and a suggested k
  kdist FILE       k-distance curve and the suggested eps for DBSCAN
  score MODEL FILE assign new customers to the segments of a saved model (--out scored.csv)
  model-sql MODEL  the saved model as one SQL SELECT (--table NAME)
  tune FILE        search k, algorithm and feature subsets for a high silhouette, with stability
  report PROJECT   re-run a saved project (.gugus) and write its report (--out FILE.pdf|html|xlsx)
  version          print the version

Run `gugus-cli COMMAND --help` for the options of a command.
Exit codes: 0 success, 1 error in the data or files, 2 wrong usage, 130 cancelled (Ctrl+C).
)";

using Run = int (*)(const std::vector<std::string>&, const Console&);

struct Command {
    std::string_view name;
    Run run;
};

constexpr Command kCommands[] = {
    {"inspect", runInspect}, {"segment", runSegment},    {"sweep", runSweep}, {"kdist", runKDist},
    {"score", runScore},     {"model-sql", runModelSql}, {"tune", runTune},   {"report", runReport},
    {"version", runVersion}, {"--version", runVersion},  {"help", runHelp},   {"--help", runHelp},
    {"-h", runHelp},
};

Run commandNamed(const std::string& name) {
    for (const auto& command : kCommands) {
        if (command.name == name) {
            return command.run;
        }
    }
    throw UsageError("unknown command '" + name + "' (see gugus-cli --help)");
}

} // namespace

int runHelp(const std::vector<std::string>&, const Console& console) {
    console.out << kHelp;
    return kExitOk;
}

int runVersion(const std::vector<std::string>&, const Console& console) {
    console.out << "gugus-cli " << GUGUS_VERSION << "\n";
    return kExitOk;
}

int runCli(const std::vector<std::string>& args, const Console& console) {
    if (args.empty()) {
        runHelp(args, console);
        return kExitUsage;
    }
    std::ostream& err = console.err;
    try {
        const Run run = commandNamed(args[0]);
        return run({args.begin() + 1, args.end()}, console);
    } catch (const UsageError& e) {
        err << "gugus-cli: " << e.what() << "\n";
        return kExitUsage;
    } catch (const core::Cancelled&) {
        err << "gugus-cli: cancelled\n";
        return kExitCancelled;
    } catch (const std::bad_alloc&) {
        err << "gugus-cli: error: out of memory\n";
        return kExitDataError;
    } catch (const std::exception& e) {
        // core::Error (bad data, files, options the engine refuses) and anything else thrown.
        err << "gugus-cli: error: " << e.what() << "\n";
        return kExitDataError;
    }
}

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    return runCli(args, Console{out, err});
}

} // namespace gugus::cli
