#include "extract/offset_map.h"

namespace kenes::extract {

void OffsetMap::Emit(std::string& out, std::string_view bytes, std::size_t source_begin,
                     std::size_t source_end) {
  out.append(bytes);
  begin_.insert(begin_.end(), bytes.size(), static_cast<std::uint32_t>(source_begin));
  end_.insert(end_.end(), bytes.size(), static_cast<std::uint32_t>(source_end));
}

void OffsetMap::Truncate(std::string& out, std::size_t size) {
  out.resize(size);
  begin_.resize(size);
  end_.resize(size);
}

void OffsetMap::Finish(std::size_t source_size) {
  begin_.push_back(static_cast<std::uint32_t>(source_size));
}

ByteSpan OffsetMap::ToSource(ByteSpan span) const {
  const std::uint32_t begin = begin_[span.begin.value()];
  if (span.empty()) return ByteSpan{ByteOffset(begin), ByteOffset(begin)};
  const std::uint32_t end = end_[span.end.value() - 1];
  return ByteSpan{ByteOffset(begin), ByteOffset(end < begin ? begin : end)};
}

OffsetMap OffsetMap::ComposedWith(const OffsetMap& inner) const {
  OffsetMap composed;
  composed.begin_.resize(begin_.size());
  composed.end_.resize(end_.size());
  for (std::size_t i = 0; i < end_.size(); ++i) {
    const ByteSpan source = inner.ToSource(ByteSpan{ByteOffset(begin_[i]), ByteOffset(end_[i])});
    composed.begin_[i] = static_cast<std::uint32_t>(source.begin.value());
    composed.end_[i] = static_cast<std::uint32_t>(source.end.value());
  }
  composed.begin_.back() = inner.begin_.back();
  return composed;
}

}  // namespace kenes::extract
