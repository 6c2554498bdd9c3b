#include "ledger/files.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace kenes {

Result<std::string> ReadTextFile(const std::string& path, std::size_t max_bytes) {
  if (path == "-") {
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    if (text.size() > max_bytes) {
      return Error{ErrorCode::kTooLarge, "standard input is larger than the limit", "file"};
    }
    return text;
  }
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    return Error{ErrorCode::kUnavailable, "'" + path + "' is a folder, not a file", "file"};
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return Error{ErrorCode::kUnavailable, "cannot read '" + path + "': " + std::strerror(errno),
                 "file"};
  }
  const auto size = std::filesystem::file_size(path, error);
  if (!error && size > max_bytes) {
    return Error{ErrorCode::kTooLarge,
                 "'" + path + "' is " + std::to_string(size) + " bytes; the limit is " +
                     std::to_string(max_bytes),
                 "file"};
  }
  std::string text;
  if (!error) text.reserve(size);
  text.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  return text;
}

}  // namespace kenes
