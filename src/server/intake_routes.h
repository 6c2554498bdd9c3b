// Press-release intake over HTTP: take a text in, list and read documents and drafts, correct,
// confirm, reject or merge a draft.
#pragma once

#include "ledger/ledger.h"
#include "server/router.h"

namespace kenes::http {

// A press release longer than this is refused with 413 before it is read (the extractor's own
// limit is the same).
inline constexpr std::size_t kMaxIntakeBytes = 2 << 20;

void AddIntakeRoutes(Router& router, Ledger& ledger);

}  // namespace kenes::http
