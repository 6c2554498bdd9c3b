#include "report/files.h"

#include <stdlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace kenes::report {

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  const std::string partial = path + ".partial";
  {
    std::ofstream file(partial, std::ios::binary | std::ios::trunc);
    if (file) file.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!file) {
      std::remove(partial.c_str());
      return Error{ErrorCode::kUnavailable, "cannot write '" + path + "'", "--out"};
    }
  }
  if (std::rename(partial.c_str(), path.c_str()) != 0) {
    std::remove(partial.c_str());
    return Error{ErrorCode::kUnavailable, "cannot write '" + path + "'", "--out"};
  }
  return Ok();
}

Result<std::string> ReadWholeFile(const std::string& path, const std::string& field) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kUnavailable, "cannot read '" + path + "'", field};
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Error{ErrorCode::kUnavailable, "cannot read '" + path + "'", field};
  return bytes;
}

ScratchFolder::ScratchFolder(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + ".XXXXXX")).string();
  if (mkdtemp(pattern.data())) path_ = pattern;
}

ScratchFolder::~ScratchFolder() {
  std::error_code ignored;
  if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
}

}  // namespace kenes::report
