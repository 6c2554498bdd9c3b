// The JSON API under /api/v1. The session cookie is HttpOnly; the CSRF token the sign-in gives
// (also in the readable kenes_csrf cookie) goes with every request that changes something.
export class ApiError extends Error {
  constructor(status, error) {
    super(error?.message || 'HTTP ' + status);
    this.status = status;
    this.code = error?.code;
    this.field = error?.field;
  }
}

function csrf() {
  return decodeURIComponent((document.cookie.match(/(?:^|; )kenes_csrf=([^;]*)/) || [])[1] || '');
}

let onSignedOut = () => {};
export function whenSignedOut(handler) { onSignedOut = handler; }

export async function api(method, path, body, options = {}) {
  const headers = {};
  if (method !== 'GET') headers['X-CSRF-Token'] = csrf();
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
  const response = await fetch('/api/v1' + path, {method, headers, body: payload});
  if (response.status === 204) return null;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401 && !options.quiet) onSignedOut();
    throw new ApiError(response.status, data?.error);
  }
  return data;
}

export const get = (path, options) => api('GET', path, undefined, options);
export const post = (path, body) => api('POST', path, body === undefined ? {} : body);
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
