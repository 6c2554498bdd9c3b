// The kenes web interface: a sign-in screen, then pages by hash (#/events, #/intake/3, ...), each
// a module that renders into <main> and reads everything from the gated API.
import {get, NetworkError, post, whenSignedOut} from './lib/api.js';
import {$, h} from './lib/dom.js';
import {loadLanguage, number, savedLanguage, t, lang} from './lib/i18n.js';
import {forgetSnapshot, installWorker} from './lib/offline.js';
import * as queue from './lib/queue.js';
import {allPlaces, forget, organizations, reference, renew} from './lib/reference.js';
import {session} from './lib/session.js';
import * as outbox from './pages/outbox.js';
import * as dashboard from './pages/dashboard.js';
import * as events from './pages/events.js';
import * as eventForm from './pages/event_form.js';
import * as eventPage from './pages/event_page.js';
import * as intake from './pages/intake.js';
import * as document_ from './pages/document.js';
import * as feedback from './pages/feedback.js';
import * as coalition from './pages/coalition.js';
import * as organizationForm from './pages/organization_form.js';
import * as personForm from './pages/person_form.js';
import * as review from './pages/review.js';
import * as coverage from './pages/coverage.js';
import * as afterVote from './pages/after_vote.js';
import * as reports from './pages/reports.js';
import * as publications from './pages/publications.js';
import * as publication from './pages/publication.js';
import * as publicationForm from './pages/publication_form.js';

// Pattern, page, the nav item it belongs to. The first match wins.
const ROUTES = [
  [/^\/?$/, dashboard, 'dashboard'],
  [/^\/events\/new$/, eventForm, 'events'],
  [/^\/events\/(\d+)$/, eventPage, 'events'],
  [/^\/events$/, events, 'events'],
  [/^\/intake\/(\d+)$/, document_, 'intake'],
  [/^\/intake$/, intake, 'intake'],
  [/^\/publications\/new$/, publicationForm, 'publications'],
  [/^\/publications\/(\d+)$/, publication, 'publications'],
  [/^\/publications$/, publications, 'publications'],
  [/^\/feedback$/, feedback, 'feedback'],
  [/^\/coalition$/, coalition, 'coalition'],
  [/^\/coalition\/organizations\/new$/, organizationForm, 'coalition'],
  [/^\/coalition\/organizations\/(\d+)$/, organizationForm, 'coalition'],
  [/^\/coalition\/people\/new$/, personForm, 'coalition'],
  [/^\/coalition\/people\/(\d+)$/, personForm, 'coalition'],
  [/^\/review$/, review, 'review'],
  [/^\/coverage$/, coverage, 'coverage'],
  [/^\/after-vote$/, afterVote, 'after_vote'],
  [/^\/reports$/, reports, 'reports'],
  [/^\/outbox$/, outbox, null],
];
const NAV = ['dashboard', 'events', 'intake', 'publications', 'feedback', 'review', 'coalition',
             'coverage', 'after_vote', 'reports'];
const NAV_PATH = {dashboard: '#/', events: '#/events', intake: '#/intake',
                  publications: '#/publications',
                  feedback: '#/feedback', review: '#/review', coalition: '#/coalition',
                  coverage: '#/coverage', after_vote: '#/after-vote',
                  reports: '#/reports'};

let current = null;  // the page shown, so it can stop its timers when another replaces it

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?');
  return {path, params: Object.fromEntries(new URLSearchParams(search))};
}

async function show() {
  if (!session.me) return;
  const {path, params} = parseHash();
  const route = ROUTES.find(([pattern]) => pattern.test(path));
  current?.page.leave?.();
  const main = $('#main');
  if (!route) {
    current = null;
    main.replaceChildren(h('h1', {}, t('notfound')));
    return;
  }
  const [pattern, page, section] = route;
  const match = path.match(pattern);
  current = {page};
  renderNav(section);
  // Each visit renders into its own view: a page still loading when the next one is asked for
  // then finishes into a view no longer shown, rather than over the page that replaced it.
  const view = h('div', {class: 'view'}, h('p', {class: 'muted'}, t('loading')));
  main.replaceChildren(view);
  try {
    await page.render(view, {params, id: match[1] ? Number(match[1]) : null});
  } catch (error) {
    if (error.status === 401) return;
    if (error instanceof NetworkError) return view.replaceChildren(offlinePage());
    view.replaceChildren(h('h1', {}, t('error.title')), h('p', {class: 'error'}, error.message));
  }
}

// A page that needs the server, asked for without a connection: what can be done offline.
function offlinePage() {
  return h('section', {class: 'card', id: 'offline-page'},
      h('h1', {}, t('offline.title')),
      h('p', {}, t('offline.page_needs_network')),
      h('ul', {class: 'plain'},
        h('li', {}, h('a', {href: '#/events/new'}, t('events.new'))),
        h('li', {}, h('a', {href: '#/outbox'}, t('outbox.title')))));
}

// The top bar: the connection, and how many entries wait (or how the sending goes).
async function renderQueueStatus() {
  const badge = $('#outbox-badge');
  const net = $('#net');
  net.hidden = navigator.onLine;
  net.textContent = t('offline.no_connection');
  if (!session.me) { badge.hidden = true; return; }
  const {total} = await queue.counts();
  const s = queue.status;
  badge.hidden = total === 0 && !s.sending;
  badge.className = 'outbox-badge' + (s.sending ? ' sending' : '');
  badge.textContent = s.sending
    ? t('outbox.sending', {done: number(s.done), of: number(s.of)})
    : t('outbox.badge', {n: number(total)});
}

const sendQueue = () => queue.sendAll(renew);

// An observer reads published figures only (the server's gates say so too): no records.
const OBSERVER_NAV = ['dashboard', 'coverage', 'after_vote', 'reports'];

function renderNav(section) {
  const items = session.me?.role === 'observer' ? OBSERVER_NAV : NAV;
  $('#nav').replaceChildren(...items.map(item => h('a', {
    href: NAV_PATH[item], 'aria-current': item === section ? 'page' : null}, t('nav.' + item))));
}

function renderChrome() {
  document.title = 'kenes — ' + t('app.subtitle');
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  $('#skip').textContent = t('skip');
  $('#logout').textContent = t('logout');
  $('#lang').value = lang();
  renderQueueStatus();
  if (session.me) {
    $('#who').textContent = session.me.name + ' · ' + t('role.' + session.me.role);
  }
}

function signInScreen(message) {
  session.me = null;
  current?.page.leave?.();
  current = null;
  $('#top').hidden = true;
  const error = h('p', {class: 'error', role: 'alert'}, message || '');
  const form = h('form', {class: 'signin card', onsubmit: async e => {
    e.preventDefault();
    const data = new FormData(form);
    try {
      await post('/login', {name: data.get('name'), password: data.get('password')});
      await start();
    } catch (failure) {
      error.textContent = failure.status === 401 ? t('signin.wrong') : failure.message;
    }
  }},
  h('h1', {}, 'kenes'),
  h('p', {class: 'muted'}, t('app.subtitle')),
  h('label', {}, t('signin.name'), h('input', {name: 'name', autocomplete: 'username',
                                                required: true, autofocus: true})),
  h('label', {}, t('signin.password'), h('input', {name: 'password', type: 'password',
                                                    autocomplete: 'current-password',
                                                    required: true})),
  h('button', {class: 'primary'}, t('signin.submit')),
  error,
  h('div', {class: 'lang-row'}, ['ru', 'kk', 'en'].map(code => h('button', {
    type: 'button', class: 'link', 'aria-pressed': String(lang() === code),
    onclick: async () => { await loadLanguage(code); signInScreen(); }}, t('lang.' + code)))));
  $('#main').replaceChildren(form);
}

async function start() {
  try {
    session.me = await get('/me', {quiet: true});
  } catch (error) {
    if (error.status === 401) {
      await forgetSnapshot();
      return signInScreen(await keptNote());
    }
    throw error;
  }
  queue.status.account = session.me.name;
  forget();
  const ref = await reference();
  // The rest of the snapshot a form needs offline, taken now while there is a connection.
  allPlaces();
  organizations().catch(() => {});
  $('#campaign-name').textContent = ref.campaign?.name || '';
  $('#top').hidden = false;
  renderChrome();
  renderQueueStatus();
  await show();
  sendQueue();
}

// Said on the sign-in screen when entries made on this device wait for their account.
async function keptNote() {
  const all = await queue.entries(queue.status.account || '').catch(() => []);
  return all.length ? t('outbox.kept', {n: number(all.length)}) : '';
}

// Signing out with entries not sent asks first; they are never dropped, only kept on this device
// for when their account signs in again (or sent first).
async function signOut() {
  const {total} = await queue.counts();
  if (total > 0) {
    const choice = await ask(t('outbox.signout_question', {n: number(total)}), [
      ['send', t('outbox.send_now')], ['keep', t('outbox.signout_keep')], ['cancel', t('cancel')]]);
    if (choice === 'cancel') return;
    if (choice === 'send') {
      await sendQueue();
      if ((await queue.counts()).total > 0) { location.hash = '#/outbox'; return; }
    }
  }
  await post('/logout').catch(() => {});
  await forgetSnapshot();
  forget();
  signInScreen(await keptNote());
  queue.status.account = null;
  renderQueueStatus();
}

// A question with buttons, in a modal dialog; resolves with the chosen button's value.
function ask(question, choices) {
  return new Promise(resolve => {
    const dialog = h('dialog', {id: 'ask', 'aria-label': question},
        h('p', {}, question),
        h('div', {class: 'actions'}, choices.map(([value, label], i) => h('button', {
          type: 'button', class: i === 0 ? 'primary' : 'secondary', 'data-choice': value,
          onclick: () => { dialog.close(); dialog.remove(); resolve(value); }}, label))));
    dialog.addEventListener('cancel', () => { dialog.remove(); resolve('cancel'); });
    document.body.append(dialog);
    dialog.showModal();
  });
}

async function boot() {
  await loadLanguage(savedLanguage());
  renderChrome();
  installWorker(() => {
    if (session.me) get('/me', {quiet: true}).then(renew).catch(() => {});
  });
  // An expired session leaves no API answer behind either; the queue stays for the next sign-in.
  const expired = async () => {
    if (!session.me) return;  // already asked (the snapshot's refresh and the queue both saw it)
    session.me = null;
    await forgetSnapshot();
    signInScreen(t('signin.expired') + ' ' + (await keptNote()));
  };
  whenSignedOut(expired);
  queue.whenSessionEnds(expired);
  queue.watch(renderQueueStatus);
  window.addEventListener('online', () => { renderQueueStatus(); sendQueue(); });
  window.addEventListener('offline', renderQueueStatus);
  // A retry now and then: a connection may come back without the browser noticing.
  setInterval(() => { if (session.me) sendQueue(); }, 30000);
  window.addEventListener('hashchange', show);
  $('#lang').addEventListener('change', async e => {
    await loadLanguage(e.target.value);
    renderChrome();
    await show();
  });
  $('#logout').addEventListener('click', signOut);
  await start();
}

boot();
