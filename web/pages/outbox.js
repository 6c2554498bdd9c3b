// What was entered on this device and not yet stored: every queued entry in order, "not sent
// yet", with the sending's progress and a button to send now. A refused entry shows the server's
// reason and can be corrected and sent again, or discarded on purpose; a change refused because
// the record was edited meanwhile (409) shows both versions; a meeting the server already holds
// is shown beside the stored one, to be merged into it, stored as new, or dropped as the same.
import {h, toast} from '../lib/dom.js';
import {day, name, number, t} from '../lib/i18n.js';
import {attendanceText} from '../lib/labels.js';
import {checkInPanel} from '../lib/checkin_panel.js';
import {feedbackEntry} from '../lib/feedback_entry.js';
import * as queue from '../lib/queue.js';
import {place, reference, renew} from '../lib/reference.js';

let unwatch = null;

// The server's reason, as the user reads it: its message and the field at fault.
export function refusalText(error) {
  if (!error) return '';
  return error.message + (error.field ? ` (${error.field})` : '');
}

export async function render(main) {
  const ref = await reference().catch(() => null);
  await queue.upgrade().catch(() => {});  // entries an older version left, as this one reads them
  const head = h('p', {class: 'muted', id: 'outbox-status', 'aria-live': 'polite'});
  const progress = h('progress', {id: 'outbox-progress', max: 1, value: 0, hidden: true});
  const send = h('button', {type: 'button', class: 'primary', id: 'outbox-send',
                            onclick: () => queue.sendAll(renew)}, t('outbox.send_now'));
  const list = h('div', {class: 'list', id: 'outbox-list'});
  main.replaceChildren(h('h1', {}, t('outbox.title')),
      h('p', {class: 'muted small'}, t('outbox.note')),
      h('div', {class: 'actions'}, send, progress), head, list);

  let drawn = '';
  let cards_ = new Map();
  const draw = async () => {
    const s = queue.status;
    const all = await queue.entries(s.account);
    send.disabled = s.sending || !navigator.onLine || !all.some(e => e.state === 'waiting');
    progress.hidden = !s.sending;
    progress.max = s.of || 1;
    progress.value = s.done;
    const parts = [navigator.onLine ? '' : t('offline.no_connection'),
                   t('outbox.count', {n: number(all.length)})];
    if (s.sending) parts.push(t('outbox.sending', {done: number(s.done), of: number(s.of)}));
    else if (s.last) parts.push(t('outbox.result', {accepted: number(s.accepted), refused: number(s.refused)}));
    head.textContent = parts.filter(Boolean).join(' · ');
    // A card is redrawn only when its entry changed, so a form open in it (check-ins being
    // pasted at a queued meeting) is not lost while entries are added or sent.
    const signature = JSON.stringify(all.map(e => [e.id, e.state, e.key, e.after]));
    if (signature === drawn) return;
    drawn = signature;
    const next = new Map();
    const cards = await Promise.all(all.map(async e => {
      const sig = JSON.stringify([e.state, e.key, e.after]);
      const kept = cards_.get(e.id);
      const card = kept?.sig === sig ? kept.card : await entryCard(ref, e, all);
      next.set(e.id, {sig, card});
      return card;
    }));
    cards_ = next;
    list.replaceChildren(...(all.length ? cards
                                        : [h('p', {class: 'muted', id: 'outbox-empty'}, t('outbox.empty'))]));
  };
  unwatch?.();
  unwatch = queue.watch(() => draw());
  await draw();
}

export function leave() { unwatch?.(); unwatch = null; }

const STATE_CLASS = {waiting: 'warn', refused: 'bad', conflict: 'bad', duplicate: 'bad'};

async function entryCard(ref, entry, all) {
  const actions = h('div', {class: 'actions'});
  const when = new Date(entry.queued_at).toLocaleString(document.documentElement.lang);
  const blockedBy = entry.after ? all.find(e => e.id === entry.after) : null;
  const card = h('article', {class: 'card outbox-entry', id: 'entry-' + entry.id,
                             'data-state': entry.state, 'data-kind': entry.kind},
      h('header', {},
        h('span', {class: 'badge ' + (STATE_CLASS[entry.state] || '')}, t('outbox.state.' + entry.state)),
        ' ', h('b', {}, t('outbox.kind.' + entry.kind)), ' ', h('span', {}, entry.label),
        ' ', h('small', {class: 'muted'}, when)),
      blockedBy ? h('p', {class: 'muted small'}, t('outbox.after_event', {label: blockedBy.label})) : null,
      entry.error ? h('p', {class: 'error reason'}, h('b', {}, t('outbox.reason') + ': '), refusalText(entry.error)) : null,
      entry.migrated_from !== undefined ? h('p', {class: 'muted small old-format'}, t('outbox.old_format')) : null,
      entry.state === 'conflict' ? bothVersions(entry) : null,
      entry.state === 'duplicate' ? h('p', {}, t('outbox.duplicate')) : null,
      entry.state === 'duplicate' ? await sameMeeting(entry) : null,
      actions);
  const discard = h('button', {type: 'button', class: 'secondary danger', 'data-action': 'discard',
                               onclick: () => confirmDiscard(entry, actions)}, t('outbox.discard'));
  if (entry.state === 'waiting') {
    actions.append(discard);
    if (entry.kind === 'event' && ref) {
      const event = {queued: entry.id, status: 'held'};
      const more = h('details', {class: 'queued-event'}, h('summary', {}, t('outbox.at_event')));
      more.addEventListener('toggle', async () => {
        if (more.open && more.children.length === 1) {
          more.append(await checkInPanel(ref, event), feedbackEntry(event));
        }
      }, {once: false});
      card.append(more);
    }
    return card;
  }
  if (entry.state === 'conflict') {
    actions.append(h('button', {type: 'button', class: 'primary', 'data-action': 'mine',
      onclick: async () => {
        // Written over what is there now: conditional on the version just read.
        await queue.correct(entry, {...entry.body, version: entry.theirs?.version});
        queue.sendAll(renew);
      }}, t('outbox.keep_mine')), discard);
    return card;
  }
  if (entry.state === 'duplicate' && entry.error?.duplicate_of) {
    const stored = entry.error.duplicate_of;
    const choose = (action, label, work) => h('button', {type: 'button', 'data-action': action,
        class: action === 'merge' ? 'primary' : 'secondary', onclick: async () => {
          await work();
          toast(t('outbox.duplicate_done.' + action));
          queue.sendAll(renew);
        }}, label);
    actions.append(
        choose('merge', t('outbox.merge', {id: stored}), () => queue.mergeInto(entry, stored)),
        choose('as-new', t('outbox.as_new'), () => queue.storeAsNew(entry)),
        choose('same', t('outbox.same_meeting'), () => queue.sameAs(entry, stored)));
    return card;
  }
  // Refused: corrected and sent again, or discarded. An entry an older version left without its
  // request has nothing to correct: a meeting is entered again in its form, the rest discarded.
  if (!entry.body && entry.kind !== 'event') {
    actions.append(discard);
    return card;
  }
  actions.append(correction(entry, actions), discard);
  return card;
}

// A queued meeting beside the stored one the server found it to repeat: date, place, venue, figure.
async function sameMeeting(entry) {
  const mine = entry.body || {};
  const theirs = entry.theirs || {};
  const [myPlace, theirPlace] = await Promise.all([place(mine.place_code), place(theirs.place_code)]);
  const rows = [
    [t('event.date'), mine.date ? day(mine.date) : '—', theirs.date ? day(theirs.date) : '—'],
    [t('event.place'), myPlace ? name(myPlace) : '—', theirPlace ? name(theirPlace) : '—'],
    [t('event.venue'), mine.venue || '—', theirs.venue || '—'],
    [t('event.attendance'), mine.attendance ?? t('event.no_figure'), attendanceText(theirs.attendance)],
  ];
  return h('table', {class: 'versions', id: 'duplicate-' + entry.id},
      h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, t('outbox.queued_meeting')),
        h('th', {}, t('outbox.stored_meeting', {id: entry.error.duplicate_of})))),
      h('tbody', {}, rows.map(([label, a, b]) => h('tr', {},
        h('th', {}, label), h('td', {class: 'mine'}, String(a)), h('td', {class: 'theirs'}, String(b))))));
}

// How a refused entry is corrected: an event in its form, the rest in place.
function correction(entry) {
  if (entry.kind === 'event') {
    return h('a', {class: 'button primary', href: '#/events/new?queued=' + entry.id,
                   'data-action': 'correct'}, t('outbox.correct'));
  }
  const fieldName = entry.kind === 'checkin' ? 'participant'
                  : entry.kind === 'feedback' ? 'text'
                  : entry.body.answer !== undefined ? 'answer' : 'forwarded_to';
  const input = h('input', {type: 'text', class: 'correction', value: entry.body[fieldName] ?? '',
                            'aria-label': t('outbox.correct')});
  return h('form', {class: 'inline', onsubmit: async e => {
    e.preventDefault();
    await queue.correct(entry, {...entry.body, [fieldName]: input.value.trim()});
    toast(t('outbox.corrected'));
    queue.sendAll(renew);
  }}, input, h('button', {class: 'primary', 'data-action': 'resend'}, t('outbox.resend')));
}

function confirmDiscard(entry, actions) {
  const sure = h('span', {class: 'confirm'}, t('outbox.discard_question'), ' ',
      h('button', {type: 'button', class: 'secondary danger', 'data-action': 'discard-yes',
                   onclick: async () => {
                     // Entries waiting for a discarded event go with it: they could never be sent.
                     for (const other of await queue.entries(entry.account)) {
                       if (other.after === entry.id) await queue.discard(other.id);
                     }
                     await queue.remove(entry.id);
                     toast(t('outbox.discarded'));
                   }}, t('outbox.discard_yes')),
      h('button', {type: 'button', class: 'secondary', onclick: () => sure.remove()}, t('cancel')));
  actions.append(sure);
}

// A change refused because the record changed meanwhile: what this device would write beside
// what the server holds now, field by field.
function bothVersions(entry) {
  const mine = entry.body;
  const theirs = entry.theirs || {};
  const fields = Object.keys(mine).filter(k => k !== 'version');
  for (const k of ['status', 'answer', 'forwarded_to', 'text']) {
    if (!fields.includes(k) && theirs[k] !== undefined) fields.push(k);
  }
  const show = v => (v === undefined || v === null || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return h('table', {class: 'versions', id: 'versions-' + entry.id},
      h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, t('outbox.mine')),
        h('th', {}, t('outbox.theirs', {version: theirs.version ?? '?'})))),
      // A field this device does not change is shown as the server has it, not as a difference.
      h('tbody', {}, fields.map(k => h('tr', {class: k in mine && show(mine[k]) !== show(theirs[k]) ? 'differs' : ''},
        h('th', {}, k), h('td', {class: 'mine'}, k in mine ? show(mine[k]) : ''),
        h('td', {class: 'theirs'}, show(theirs[k]))))));
}
