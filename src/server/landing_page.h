// The page a browser gets at "/": the campaign's totals, read live from /api/v1/stats, and where
// the API is. The full web interface (web/) replaces it.
#pragma once

#include <string_view>

namespace kenes::http {

std::string_view LandingPageHtml();

}  // namespace kenes::http
