#include "report/files.h"

#include <cstdio>
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

}  // namespace kenes::report
