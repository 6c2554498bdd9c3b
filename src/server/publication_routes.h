// Publications: written from confirmed events with their imprint, listed, read and downloaded
// (txt, html, pdf), changed while drafts, approved and published (src/publish).
#pragma once

#include "publish/publication_desk.h"
#include "server/router.h"

namespace kenes::http {

void AddPublicationRoutes(Router& router, Ledger& ledger, publish::PublicationDesk& desk);

}  // namespace kenes::http
