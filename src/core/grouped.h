// A whole number with its thousands set apart by a no-break space, as Russian and Kazakh texts
// print them: 12 345 678. The no-break space keeps a figure on one line.
#pragma once

#include <cstdint>
#include <string>

namespace kenes {

std::string Grouped(std::int64_t value);

}  // namespace kenes
