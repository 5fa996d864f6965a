#pragma once

#include <string>
#include <vector>

namespace gugus::cli {

/// Each subcommand takes its arguments (after the subcommand name) and returns the exit code.
int runInspect(const std::vector<std::string>& args);
int runSegment(const std::vector<std::string>& args);
int runSweep(const std::vector<std::string>& args);
int runKDist(const std::vector<std::string>& args);
int runScore(const std::vector<std::string>& args);
int runModelSql(const std::vector<std::string>& args);
int runTune(const std::vector<std::string>& args);

} // namespace gugus::cli
