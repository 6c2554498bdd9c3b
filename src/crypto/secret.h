// The secrets that prove who is calling, a browser's session (in a cookie) and a script's API
// token (Authorization: Bearer), and what is kept of them: only a hash, so reading the database
// lets nobody act as anyone.
#pragma once

#include <string>
#include <string_view>

namespace kenes {

// Prefix of API tokens, so a token pasted where it should not be is easy to recognize and scan
// for.
inline constexpr std::string_view kTokenPrefix = "kenes_";

// 32 random bytes as unpadded base64url (43 characters), after `prefix`.
std::string NewSecret(std::string_view prefix = {});

// What the store keeps of a secret: BLAKE2b-256, lower-case hex.
std::string SecretHash(std::string_view secret);

// The CSRF token of a session: derived from its secret, so the server keeps nothing more, and a
// page that learns the token cannot work back to the session.
std::string CsrfToken(std::string_view session_secret);

// Compares two secrets in time independent of where they differ.
bool SameSecret(std::string_view a, std::string_view b);

}  // namespace kenes
