// Result<T> and Status: how kenes reports an expected failure (bad input, a missing record, a
// conflict) as a value. Exceptions are kept for bugs; every entry point (an HTTP handler, main)
// turns an Error into a response or an exit code in one place.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace kenes {

// What went wrong, in the terms a caller acts on. Front ends map these to HTTP statuses and exit
// codes; the list is closed so every mapping is total.
enum class ErrorCode {
  kInvalid,          // input breaks a rule; `field` names the field or the row
  kNotFound,         // the record does not exist
  kConflict,         // the record changed meanwhile, already exists, or is still referenced
  kTooLarge,         // input past a documented size limit
  kUnsupported,      // input in a format kenes does not read
  kUnavailable,      // a resource (file, database) could not be opened or used
  kInternal,         // a bug or an unexpected failure of a library
  kUnauthenticated,  // nobody signed in, or the credential is unknown, expired or revoked
  kForbidden,        // the caller is known but its role or scope does not allow this
  kRateLimited,      // too many attempts; try again later
};

// A failure a user can read: `message` says what is wrong and, where it helps, what would be right;
// `field` names where (a JSON field such as "attendance", a CSV position such as "row 12, column
// date"), empty when the error is not about one place.
struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string field;
};

inline Error Invalid(std::string field, std::string message) {
  return Error{ErrorCode::kInvalid, std::move(message), std::move(field)};
}
inline Error NotFound(std::string message) {
  return Error{ErrorCode::kNotFound, std::move(message), {}};
}
inline Error Conflict(std::string message, std::string field = {}) {
  return Error{ErrorCode::kConflict, std::move(message), std::move(field)};
}
inline Error Unauthenticated(std::string message) {
  return Error{ErrorCode::kUnauthenticated, std::move(message), {}};
}
inline Error Forbidden(std::string message, std::string field = {}) {
  return Error{ErrorCode::kForbidden, std::move(message), std::move(field)};
}
inline Error Internal(std::string message) {
  return Error{ErrorCode::kInternal, std::move(message), {}};
}

// Prefixes the field of an error with where it happened ("row 12" + "date" -> "row 12: date").
inline Error WithContext(Error error, const std::string& context) {
  error.field = error.field.empty() ? context : context + ": " + error.field;
  return error;
}

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design, like optional
  Result(Error error) : state_(std::move(error)) {}  // NOLINT

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // REQUIRES: ok()
  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  // REQUIRES: !ok()
  const Error& error() const& { return std::get<1>(state_); }
  Error&& error() && { return std::get<1>(std::move(state_)); }

 private:
  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT

  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  // REQUIRES: !ok()
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

using Status = Result<void>;

inline Status Ok() { return {}; }

}  // namespace kenes

// Returns the error of `expr` (a Status or Result) from the enclosing function when it failed.
#define KENES_TRY(expr)                               \
  do {                                                \
    if (auto kenes_try_ = (expr); !kenes_try_.ok()) { \
      return kenes_try_.error();                      \
    }                                                 \
  } while (false)

#define KENES_CONCAT_INNER(a, b) a##b
#define KENES_CONCAT(a, b) KENES_CONCAT_INNER(a, b)

// Declares or assigns `lhs` from the value of a Result, or returns its error. It expands to
// several statements: inside an if or a loop, give it braces.
#define KENES_ASSIGN(lhs, expr)                           \
  auto KENES_CONCAT(kenes_result_, __LINE__) = (expr);    \
  if (!KENES_CONCAT(kenes_result_, __LINE__).ok()) {      \
    return KENES_CONCAT(kenes_result_, __LINE__).error(); \
  }                                                       \
  lhs = std::move(KENES_CONCAT(kenes_result_, __LINE__)).value()
