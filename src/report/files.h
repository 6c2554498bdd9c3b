// Writing report files so that a failed write leaves nothing behind: to a temporary name beside
// the target, renamed over it only when complete; and a scratch folder for writers that need one.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes::report {

// Writes `content` to `path` whole or not at all; errors name the field "--out".
Status WriteFileAtomically(const std::string& path, std::string_view content);

// The whole content of a file, or an error naming `field`.
Result<std::string> ReadWholeFile(const std::string& path, const std::string& field);

// A temporary folder removed with everything in it when it goes out of scope; path() is empty
// when it could not be made.
class ScratchFolder {
 public:
  explicit ScratchFolder(const std::string& prefix = "kenes-report");
  ~ScratchFolder();
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace kenes::report
