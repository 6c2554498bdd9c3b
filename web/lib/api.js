// The JSON API under /api/v1. The session cookie is HttpOnly; the CSRF token the sign-in gives
// (also in the readable kenes_csrf cookie) goes with every request that changes something.
export class ApiError extends Error {
  constructor(status, error) {
    super(error?.message || 'HTTP ' + status);
    this.status = status;
    this.code = error?.code;
    this.field = error?.field;
    this.duplicate_of = error?.duplicate_of;  // a meeting already stored (409)
  }
}

// No answer at all: no connection, the server unreachable, or no answer within the time allowed.
// A write that failed so may still have landed; only its idempotency key makes a retry safe.
export class NetworkError extends Error {
  constructor(cause) {
    super('no connection');
    this.offline = true;
    this.cause = cause;
  }
}

// A random (version 4) UUID for an Idempotency-Key. crypto.randomUUID needs a secure context;
// getRandomValues does not, so the app behind plain HTTP on a LAN makes keys too.
export function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map(x => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function csrf() {
  return decodeURIComponent((document.cookie.match(/(?:^|; )kenes_csrf=([^;]*)/) || [])[1] || '');
}

let onSignedOut = () => {};
export function whenSignedOut(handler) { onSignedOut = handler; }

// A server with no room for a costly request refuses it at once (503 with Retry-After) and does
// nothing with it. A read, or a write carrying its idempotency key, is then asked again after the
// wait the server names, for up to this long in all, so a page opened while the same account's
// previous pages are still being computed loads a moment later instead of showing an error.
const BUSY_PATIENCE_MS = 30000;
const BUSY_WAIT_MAX_MS = 5000;

// options: quiet (a 401 does not sign out), key (the Idempotency-Key of a write), safe (a POST
// that writes nothing, such as the claim check: asked again like a read), timeout (ms after which
// no answer counts as none).
export async function api(method, path, body, options = {}) {
  const retriable = method === 'GET' || Boolean(options.key) || Boolean(options.safe);
  const deadline = Date.now() + BUSY_PATIENCE_MS;
  for (;;) {
    try {
      return await attempt(method, path, body, options);
    } catch (error) {
      const wait = error instanceof ApiError && error.status === 503 ? error.retryAfterMs : null;
      if (!retriable || wait === null || Date.now() + wait > deadline) throw error;
      await new Promise(resolve => setTimeout(resolve, wait));
    }
  }
}

async function attempt(method, path, body, options) {
  const headers = {};
  if (method !== 'GET') headers['X-CSRF-Token'] = csrf();
  if (options.key) headers['Idempotency-Key'] = options.key;
  let payload;
  if (body !== undefined) {
    if (typeof body === 'string') {
      headers['Content-Type'] = 'text/plain; charset=utf-8';
      payload = body;
    } else {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
  }
  const abort = options.timeout ? new AbortController() : null;
  const timer = abort ? setTimeout(() => abort.abort(), options.timeout) : 0;
  let response;
  let data;
  try {
    response = await fetch('/api/v1' + path, {method, headers, body: payload, signal: abort?.signal});
    if (response.status === 204) return null;
    data = await response.json().catch(() => null);
  } catch (failure) {
    throw new NetworkError(failure);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    if (response.status === 401 && !options.quiet) onSignedOut();
    const error = new ApiError(response.status, data?.error);
    const header = response.headers.get('Retry-After');
    const seconds = header === null ? NaN : Number(header);
    error.retryAfterMs = Number.isFinite(seconds) && seconds >= 0
      ? Math.min(Math.max(seconds * 1000, 250), BUSY_WAIT_MAX_MS) : null;
    throw error;
  }
  return data;
}

export const get = (path, options) => api('GET', path, undefined, options);
export const post = (path, body, options) =>
  api('POST', path, body === undefined ? {} : body, options);
export const patch = (path, body) => api('PATCH', path, body);

// A query string from an object, leaving out empty values.
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? '?' + text : '';
}
