// The entries of a zip archive held in memory, read by name: an XLSX workbook is one, and an
// upload arrives as bytes, so nothing is written to disk to read it.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes {

class ZipArchive {
 public:
  // `bytes` must outlive the archive. Not a zip archive (or a damaged one): kInvalid naming
  // `what`.
  static Result<ZipArchive> Open(std::string_view bytes, const std::string& what);

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  bool Has(const std::string& name) const;
  // The entry's content, inflated. An entry that inflates past `max_size` bytes is refused, so a
  // small upload cannot expand into gigabytes (a "zip bomb").
  Result<std::string> Read(const std::string& name, std::size_t max_size) const;

 private:
  struct State;
  explicit ZipArchive(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
  std::string what_;
};

}  // namespace kenes
