// The service worker (web/sw.js) that lets the app open without a connection, and the reference
// snapshot it keeps.
const SNAPSHOT = 'kenes-api';

// `whenControlled` runs once a worker newly controls the page: what was read before went past
// it, so the snapshot is read again through it.
export async function installWorker(whenControlled) {
  if (!('serviceWorker' in navigator)) return;
  try {
    const controlled = !!navigator.serviceWorker.controller;
    if (!controlled) {
      navigator.serviceWorker.addEventListener('controllerchange', () => whenControlled?.(), {once: true});
    }
    await navigator.serviceWorker.register('/web/sw.js', {scope: '/', type: 'classic'});
    const ready = await navigator.serviceWorker.ready;
    // The files this page loaded before the worker controlled it, so the first visit leaves the
    // whole shell behind.
    const files = performance.getEntriesByType('resource').map(r => r.name)
        .concat(['/web/i18n/ru.json', '/web/i18n/kk.json', '/web/i18n/en.json']);
    ready.active?.postMessage({shell: files});
  } catch (failure) {
    console.warn('kenes works online only here: ' + failure.message);
  }
}

// On sign-out: no API answer of this account stays behind.
export async function forgetSnapshot() {
  if ('caches' in window) await caches.delete(SNAPSHOT).catch(() => {});
}
