#pragma once

#include <string>
#include <vector>

namespace gugus::core {

/// Checks, before any work starts, that the files a job will write can be written and that none
/// of them is one of its inputs or another of its outputs: a summary written over the data, or a
/// scored file over its model, would destroy what the user brought. Paths are compared as files
/// (device and inode when they exist, else the resolved path), so "d.csv", "./d.csv" and a link to
/// it are the same file. Outputs that are not regular files (/dev/null, a FIFO) are written
/// through and exempt from the clash check. Empty paths are ignored.
/// Throws Error(OutputIsInput, output, detail = input), Error(OutputRepeated, output) or
/// Error(WriteFailed, output, reason) for a missing or unwritable folder or file.
void checkOutputPaths(const std::vector<std::string>& inputs,
                      const std::vector<std::string>& outputs);

} // namespace gugus::core
