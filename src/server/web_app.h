// The web interface: GET / answers the app's page (its sign-in screen included) and GET /web/...
// its embedded files (server/web_assets.h). Both are public: the files hold no campaign data,
// which the app reads from the gated API once signed in.
#pragma once

#include "server/router.h"

namespace kenes::http {

void AddWebApp(Router& router);

}  // namespace kenes::http
