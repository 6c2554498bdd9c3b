// The write transaction a thread is running on a store, so that a Read or Write called from inside
// its body joins it instead of opening another (store.h). Without this, a nested Write would wait
// for the writer the outer one holds (SQLite) or commit on its own (PostgreSQL).
#pragma once

#include "store/store.h"

namespace kenes::sql {

class AmbientTransaction {
 public:
  // Makes `tx` the ambient transaction of `store` on this thread until destroyed.
  AmbientTransaction(const Store* store, Transaction& tx);
  ~AmbientTransaction();
  AmbientTransaction(const AmbientTransaction&) = delete;
  AmbientTransaction& operator=(const AmbientTransaction&) = delete;

  // The transaction this thread is running on `store`, or nullptr.
  static Transaction* Of(const Store* store);

 private:
  const Store* previous_store_;
  Transaction* previous_tx_;
};

}  // namespace kenes::sql
