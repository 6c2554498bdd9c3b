#include "extract/units.h"

namespace kenes::extract {

CharOffset ToCharOffset(std::string_view text, ByteOffset at) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < at.value(); ++i) {
    // Every byte but a continuation byte (10xxxxxx) starts a code point.
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  return CharOffset(count);
}

}  // namespace kenes::extract
