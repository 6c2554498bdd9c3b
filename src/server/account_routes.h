// Signing in and out, who am I, API tokens, and the accounts administrators manage.
#pragma once

#include "ledger/accounts.h"
#include "server/router.h"

namespace kenes::http {

// `secure_cookies`: the server is reached over HTTPS (through a proxy), so cookies get Secure.
void AddAccountRoutes(Router& router, Accounts& accounts, bool secure_cookies);

}  // namespace kenes::http
