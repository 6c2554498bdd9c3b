#include "store/sql/ambient_transaction.h"

namespace kenes::sql {
namespace {

// One per thread: a thread runs one write transaction at a time.
thread_local const Store* t_store = nullptr;
thread_local Transaction* t_tx = nullptr;

}  // namespace

AmbientTransaction::AmbientTransaction(const Store* store, Transaction& tx)
    : previous_store_(t_store), previous_tx_(t_tx) {
  t_store = store;
  t_tx = &tx;
}

AmbientTransaction::~AmbientTransaction() {
  t_store = previous_store_;
  t_tx = previous_tx_;
}

Transaction* AmbientTransaction::Of(const Store* store) {
  return store != nullptr && t_store == store ? t_tx : nullptr;
}

}  // namespace kenes::sql
