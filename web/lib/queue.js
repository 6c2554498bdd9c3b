// The queue of writes made without a connection (or whose answer never came), kept in IndexedDB
// so it survives a reload, a closed tab and a restarted browser. Each entry carries the
// Idempotency-Key it was given when it was made: sending it twice (a retry after a lost answer)
// stores it once.
//
// An entry: {id (its place in the queue), format, account (who made it; only they send it),
// kind ('event'|'checkin'|'feedback'|'feedback_change'), method, path, body, key, label,
// queued_at, state, error, theirs, after, check, migrated_from}. state is 'waiting', 'refused'
// (error holds the server's {status, code, message, field}), 'conflict' (a 409 on a change:
// theirs holds the record as it now is) or 'duplicate' (a meeting already stored: error names it
// in duplicate_of, theirs holds it). `after` names the queued event a check-in or feedback item
// belongs to; its event_id is filled in once that event is stored. `check` asks the server to
// refuse a meeting it already holds (POST /events?check_duplicate=true, docs/api.md).
//
// FORMAT is the shape of an entry. An entry an older version of the app left in the queue is
// brought up to date before it is sent (migrate), or refused with the reason when it cannot be.
import {api, get, newKey, NetworkError} from './api.js';
import {t} from './i18n.js';

export const FORMAT = 2;
const KINDS = ['event', 'checkin', 'feedback', 'feedback_change'];
const METHODS = ['POST', 'PATCH', 'DELETE'];
const DB_NAME = 'kenes-offline';
const STORE = 'queue';

let opened = null;
function db() {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () =>
      request.result.createObjectStore(STORE, {keyPath: 'id', autoIncrement: true});
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => { opened = null; reject(request.error); };
  });
  return opened;
}

async function run(mode, work) {
  const database = await db();
  return new Promise((resolve, reject) => {
    const tx = database.transaction(STORE, mode);
    let result;
    Promise.resolve(work(tx.objectStore(STORE))).then(value => { result = value; });
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}
const wrap = request => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

// Every entry of `account`, oldest first.
export async function entries(account) {
  const all = await run('readonly', store => wrap(store.getAll()));
  return all.filter(entry => entry.account === account).sort((a, b) => a.id - b.id);
}
export const entry = id => run('readonly', store => wrap(store.get(id)));
export const save = value => run('readwrite', store => wrap(store.put(value)));
export const discard = id => run('readwrite', store => wrap(store.delete(id)));

export async function add({account, kind, method, path, body, label, key, after, check}) {
  const value = {format: FORMAT, account, kind, method, path, body, key: key || newKey(),
                 label: label || '', queued_at: new Date().toISOString(), state: 'waiting',
                 error: null, theirs: null, after: after ?? null, check: !!check};
  value.id = await save(value);
  changed();
  return value;
}

// A corrected entry is another request: it gets a new key (the old one holds the refusal, and the
// same key with another body is refused with 422). `request` may change where it goes: {method,
// path, check}.
export async function correct(value, body, request = {}) {
  Object.assign(value, request, {body, key: newKey(), state: 'waiting', error: null, theirs: null});
  await save(value);
  changed();
  return value;
}

// What becomes of a queued meeting the server found already stored (state 'duplicate'):
// its facts added to the stored one, stored as a new one anyway, or dropped as the same meeting.
// In each case what was queued at it (check-ins, feedback) goes to the meeting it ends up as.
export const mergeInto = (value, id) =>
  correct(value, value.body, {method: 'POST', path: `/events/${id}/merge`, check: false});
export const storeAsNew = value => correct(value, value.body, {check: false});
export async function sameAs(value, id) {
  await accepted(value, {id});
  changed();
}

// Brings an entry an older version of the app made up to date, or refuses it with the reason.
// Format 1 had no `check`: its meetings are sent as they were made (the entry may have been sent
// once already under its key, and the same key with another request is refused).
export function migrate(value) {
  if (value.format === FORMAT) return value;
  const from = value.format;
  const refuse = (message, field = null) => Object.assign(value, {
    format: FORMAT, migrated_from: from ?? null, state: 'refused', theirs: null,
    error: {status: null, code: 'old_format', message, field}});
  if (typeof from === 'number' && from > FORMAT) return refuse(t('outbox.newer_format'));
  const missing = [];
  if (!KINDS.includes(value.kind)) missing.push('kind');
  if (!METHODS.includes(value.method)) missing.push('method');
  if (typeof value.path !== 'string' || !value.path.startsWith('/')) missing.push('path');
  if (value.method !== 'DELETE' && (typeof value.body !== 'object' || value.body === null)) missing.push('body');
  if (missing.length) return refuse(t('outbox.old_unreadable', {fields: missing.join(', ')}), missing[0]);
  return Object.assign(value, {
    format: FORMAT, migrated_from: from ?? null, check: false, key: value.key || newKey(),
    label: value.label || '', state: value.state || 'waiting', error: value.error ?? null,
    theirs: value.theirs ?? null, after: value.after ?? null,
    queued_at: value.queued_at || new Date().toISOString()});
}

// Migrates every entry of `account` an older version left; answers how many were.
export async function upgrade(account = status.account) {
  if (!account) return 0;
  const old = (await entries(account)).filter(e => e.format !== FORMAT);
  for (const value of old) await save(migrate(value));
  if (old.length) changed();
  return old.length;
}

export async function remove(id) {
  await discard(id);
  changed();
}

// Listeners told whenever the queue or the sending changes (the top bar, the queue page).
const listeners = new Set();
export const status = {account: null, sending: false, done: 0, of: 0, accepted: 0, refused: 0,
                       last: null, online: navigator.onLine};
export function watch(listener) { listeners.add(listener); return () => listeners.delete(listener); }
export function changed() { for (const listener of listeners) listener(status); }

export async function counts(account = status.account) {
  if (!account) return {waiting: 0, refused: 0, total: 0};
  const list = await entries(account);
  const waiting = list.filter(e => e.state === 'waiting').length;
  return {waiting, refused: list.length - waiting, total: list.length};
}

// A write that may wait: sent at once with its key when online; queued with that same key when
// offline, when an earlier queued entry it belongs to is not stored yet, or when no answer comes
// (it may have landed: the key makes sending it again safe). Answers {queued, data, entry}; a
// refusal from the server is thrown as the ApiError, as for any write.
export async function submit(write) {
  const key = newKey();
  // A meeting that waits may be reported meanwhile by someone else: the server is asked to check.
  // Not one whose answer was lost: it may have landed as sent, and its key must go with the same
  // request.
  const queue = check => add({...write, key, check, account: status.account})
      .then(e => ({queued: true, entry: e}));
  const meeting = write.kind === 'event' && write.method === 'POST';
  if (write.after || !navigator.onLine) return queue(meeting);
  try {
    return {queued: false, data: await api(write.method, write.path, write.body, {key, timeout: 20000})};
  } catch (failure) {
    if (failure instanceof NetworkError) return queue(false);
    throw failure;
  }
}

// The answers after which sending stops for now and the entry waits: no answer, the server busy
// or failing, the same key still in flight elsewhere.
const later = failure => failure instanceof NetworkError || failure.status >= 500 ||
    failure.status === 429 || (failure.status === 409 && failure.field === 'Idempotency-Key');

let onSessionEnded = () => {};
export function whenSessionEnds(handler) { onSessionEnded = handler; }

// Sends the waiting entries of the signed-in account in order, one at a time. Before sending,
// `refresh` renews the reference snapshot (places may have changed since it was taken).
// A call while a sending runs (an entry corrected meanwhile) sends again once it ends.
let again = false;
export async function sendAll(refresh) {
  if (status.sending) { again = true; return; }
  do {
    again = false;
    await sendWaiting(refresh);
  } while (again);
}

async function sendWaiting(refresh) {
  if (!status.account || !navigator.onLine) return;
  status.sending = true;
  let waiting = [];
  try {
    await upgrade();
    waiting = (await entries(status.account)).filter(e => e.state === 'waiting');
  } finally {
    // Nothing to send after all: say so, or a badge drawn meanwhile (it reads `sending`) would
    // keep showing this pass as under way.
    if (!waiting.length) {
      status.sending = false;
      changed();
    }
  }
  if (!waiting.length) return;
  Object.assign(status, {done: 0, of: waiting.length, accepted: 0, refused: 0});
  changed();
  try {
    await refresh?.().catch(() => {});
    for (const {id} of waiting) {
      const value = await entry(id);  // read afresh: an event sent before may have filled it in
      if (!value || value.state !== 'waiting') { ++status.done; continue; }
      if (value.after && await entry(value.after)) {  // its event is not stored yet
        ++status.done;
        continue;
      }
      try {
        const path = value.check ? value.path + (value.path.includes('?') ? '&' : '?') +
                                   'check_duplicate=true' : value.path;
        const data = await api(value.method, path, value.body,
                               {key: value.key, timeout: 30000, quiet: true});
        await accepted(value, data);
        ++status.accepted;
      } catch (failure) {
        if (failure.status === 401) { onSessionEnded(); break; }
        if (later(failure)) break;
        await refused(value, failure);
        ++status.refused;
      }
      ++status.done;
      changed();
    }
  } finally {
    status.sending = false;
    status.last = new Date();
    changed();
  }
}

async function accepted(value, data) {
  // What belongs to a queued event now names the stored one.
  for (const other of await entries(value.account)) {
    if (other.after !== value.id) continue;
    other.after = null;
    other.body = {...other.body, event_id: data?.id};
    await save(other);
  }
  await discard(value.id);
}

async function refused(value, failure) {
  value.error = {status: failure.status, code: failure.code || null, message: failure.message,
                 field: failure.field || null};
  value.state = 'refused';
  if (failure.status === 409 && failure.field === 'duplicate_of') {
    value.state = 'duplicate';
    value.error.duplicate_of = failure.duplicate_of ?? null;
    value.theirs = failure.duplicate_of
        ? await get(`/events/${failure.duplicate_of}`, {quiet: true}).catch(() => null) : null;
  } else if (failure.status === 409 && value.method === 'PATCH') {
    value.state = 'conflict';
    value.theirs = await get(value.path, {quiet: true}).catch(() => null);
  }
  await save(value);
}
