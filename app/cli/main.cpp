// gugus-cli: the command-line front end of the Gugus engine. Composition root only: argument
// dispatch and error reporting; the work lives in core/ and the command files beside this one.
#include "cli_args.h"
#include "commands.h"

#include "common/error.h"
#include "common/progress.h"

#include <iostream>
#include <new>
#include <string>
#include <vector>

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
  version          print the version

Run `gugus-cli COMMAND --help` for the options of a command.
Exit codes: 0 success, 1 error in the data or files, 2 wrong usage, 130 cancelled (Ctrl+C).
)";

} // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> all(argv + 1, argv + argc);
    if (all.empty() || all[0] == "--help" || all[0] == "-h" || all[0] == "help") {
        std::cout << kHelp;
        return all.empty() ? 2 : 0;
    }
    const std::string command = all[0];
    const std::vector<std::string> rest(all.begin() + 1, all.end());
    try {
        if (command == "inspect") {
            return gugus::cli::runInspect(rest);
        }
        if (command == "segment") {
            return gugus::cli::runSegment(rest);
        }
        if (command == "sweep") {
            return gugus::cli::runSweep(rest);
        }
        if (command == "kdist") {
            return gugus::cli::runKDist(rest);
        }
        if (command == "score") {
            return gugus::cli::runScore(rest);
        }
        if (command == "model-sql") {
            return gugus::cli::runModelSql(rest);
        }
        if (command == "tune") {
            return gugus::cli::runTune(rest);
        }
        if (command == "version" || command == "--version") {
            std::cout << "gugus-cli " << GUGUS_VERSION << "\n";
            return 0;
        }
        throw gugus::cli::UsageError("unknown command '" + command + "' (see gugus-cli --help)");
    } catch (const gugus::cli::UsageError& e) {
        std::cerr << "gugus-cli: " << e.what() << "\n";
        return 2;
    } catch (const gugus::core::Cancelled&) {
        std::cerr << "gugus-cli: cancelled\n";
        return 130;
    } catch (const gugus::core::Error& e) {
        std::cerr << "gugus-cli: error: " << e.what() << "\n";
        return 1;
    } catch (const std::bad_alloc&) {
        std::cerr << "gugus-cli: error: out of memory\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "gugus-cli: error: " << e.what() << "\n";
        return 1;
    }
}
