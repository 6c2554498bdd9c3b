// The service worker: the web interface opens with no connection once a user has signed in.
// Served from /web/sw.js with Service-Worker-Allowed: / (src/server/web_app.cc), registered with
// scope / by app.js.
//
// Two caches. The shell (the page, its scripts, styles, catalogs, manifest and icon) is asked of
// the network first, so a new kenes is picked up at once, and read from the cache only when no
// answer comes. The reference snapshot is the app's own GET answers that a form needs offline:
// who is signed in (with their region), places, segments, provisions, campaigns, organizations;
// no other API answer is ever stored. The page deletes the snapshot on sign-out
// (lib/offline.js).
const SHELL = 'kenes-shell-v1';
const SNAPSHOT = 'kenes-api';
const SHELL_FILES = ['/', '/web/app.js', '/web/app.css', '/web/manifest.webmanifest',
                     '/web/icon.svg', '/web/i18n/ru.json', '/web/i18n/kk.json',
                     '/web/i18n/en.json'];
// API requests (under /api/v1, with their query) whose GET answers make up the snapshot; a
// search (/places?q=) or any other list is not kept.
const SNAPSHOT_PATHS = [/^\/me$/, /^\/places(\?all=true|\?parent=\d+(&limit=\d+)?)?$/, /^\/places\/\d+$/,
                        /^\/segments$/, /^\/provisions$/, /^\/campaigns$/,
                        /^\/organizations\?limit=1000$/];
// How long the network may take before the cached copy is shown instead.
const PATIENCE_MS = 6000;

self.addEventListener('install', event => {
  event.waitUntil(caches.open(SHELL).then(cache => cache.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name !== SHELL && name !== SNAPSHOT) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

function kindOf(request) {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return null;
  if (url.pathname === '/' || url.pathname.startsWith('/web/')) return SHELL;
  if (url.pathname.startsWith('/api/v1/')) {
    const path = url.pathname.slice('/api/v1'.length) + url.search;
    if (SNAPSHOT_PATHS.some(pattern => pattern.test(path))) return SNAPSHOT;
  }
  return null;
}

// The network's answer, stored when good; the stored one when there is no answer in time.
async function networkFirst(request, cacheName) {
  const cache = await caches.open(cacheName);
  // The page's own address with a hash or query is the same page.
  const key = cacheName === SHELL && new URL(request.url).pathname === '/' ? '/' : request;
  const fromNetwork = fetch(request).then(async response => {
    // Only whole, successful answers; a signed-out 401 must not replace a good copy, and it is
    // never stored.
    if (response.ok && response.status === 200) await cache.put(key, response.clone());
    return response;
  });
  let timer;
  const late = new Promise(resolve => { timer = setTimeout(resolve, PATIENCE_MS); });
  try {
    const first = await Promise.race([fromNetwork, late]);
    if (first) return first;
    const stored = await cache.match(key, {ignoreVary: true});
    return stored || await fromNetwork;
  } catch (failure) {
    const stored = await cache.match(key, {ignoreVary: true});
    if (stored) return stored;
    throw failure;
  } finally {
    clearTimeout(timer);
  }
}

self.addEventListener('fetch', event => {
  const cacheName = kindOf(event.request);
  if (!cacheName) return;  // every other request goes to the network as if there were no worker
  event.respondWith(networkFirst(event.request, cacheName));
});

// The page names the files it loaded before this worker controlled it (its modules), so the
// first visit leaves a whole shell behind; only the app's own files are taken.
self.addEventListener('message', event => {
  const files = event.data?.shell;
  if (!Array.isArray(files)) return;
  const own = files.filter(url => {
    const parsed = new URL(url, self.location.origin);
    return parsed.origin === self.location.origin && parsed.pathname.startsWith('/web/');
  });
  event.waitUntil(caches.open(SHELL).then(cache => Promise.all(own.map(async url => {
    if (!(await cache.match(url))) await cache.add(url).catch(() => {});
  }))));
});
