// Check-ins at one event, as a registration desk takes them: a person's IIN or phone (kenes keeps
// only a keyed hash of it, never the number), their audience and age band; one at a time at the
// door, or a whole list pasted from a sign-up sheet, with progress and every line that failed.
// Without a connection each check-in waits in the queue (lib/queue.js) with its own key; an event
// itself still queued ({queued: id}) takes check-ins too, sent once the event is stored.
import {get, query} from './api.js';
import * as queue from './queue.js';
import {h} from './dom.js';
import {name, number, t} from './i18n.js';
import {canWrite} from './session.js';

const AGE_BANDS = ['under_18', '18_29', '30_44', '45_59', '60_plus'];

async function countCheckIns(eventId) {
  let count = 0;
  let after = null;
  do {
    const page = await get('/checkins' + query({event: eventId, after, limit: 1000}));
    count += page.items.length;
    after = page.next_after;
  } while (after);
  return count;
}

// Check-ins of this event waiting in the queue.
async function countQueued(event) {
  const all = await queue.entries(queue.status.account);
  return all.filter(e => e.kind === 'checkin' &&
      (event.queued ? e.after === event.queued : e.body.event_id === event.id)).length;
}

export async function checkInPanel(ref, event) {
  // Stored ones are counted by the server; none when the event is queued or there is no answer.
  let count = event.queued ? 0 : await countCheckIns(event.id).catch(() => null);
  let waiting = await countQueued(event);
  const total = h('b', {class: 'big', id: 'checkin-count'}, count === null ? '—' : number(count));
  const queuedNote = h('span', {class: 'muted', id: 'checkin-queued'});
  const show = n => (total.textContent = n === null ? '—' : number((count = n)));
  const showQueued = n => (queuedNote.textContent = (waiting = n) ? ' · ' + t('checkin.queued', {n: number(n)}) : '');
  showQueued(waiting);
  const section = h('section', {class: 'card', id: 'checkins'},
      h('h2', {}, t('checkin.title')),
      h('p', {class: 'stat'}, total, ' ', h('span', {class: 'muted'}, t('checkin.people')), queuedNote));
  if (!canWrite() || event.status === 'cancelled') return section;

  const select = (id, options) => h('select', {id}, h('option', {value: ''}, t('filter.any')),
      options.map(([value, text]) => h('option', {value}, text)));
  const segment = select('checkin-segment', ref.segments.map(s => [s.code, name(s)]));
  const age = select('checkin-age', AGE_BANDS.map(b => [b, t('age.' + b)]));
  const field = (label, control) =>
    h('label', {class: 'field', for: control.id}, h('span', {}, label), control);
  const person = h('input', {id: 'checkin-person', type: 'text', inputmode: 'tel', autocomplete: 'off',
                             placeholder: t('checkin.person_hint')});
  const status = h('p', {class: 'reading', id: 'checkin-status', 'aria-live': 'polite'});
  const common = () => {
    const body = {event_id: event.id ?? null};
    if (segment.value) body.segment = segment.value;
    if (age.value) body.age_band = age.value;
    return body;
  };
  // Sent now, or queued; answers whether it was queued. A refusal is thrown.
  const checkIn = async participant => {
    const sent = await queue.submit({kind: 'checkin', method: 'POST', path: '/checkins',
                                     body: {...common(), participant}, after: event.queued,
                                     label: participant});
    if (sent.queued) showQueued(waiting + 1);
    return sent.queued;
  };
  const one = h('form', {class: 'checkin-one', onsubmit: async e => {
    e.preventDefault();
    const participant = person.value.trim();
    if (!participant) return;
    try {
      const queued = await checkIn(participant);
      status.className = 'reading ok';
      status.textContent = queued ? t('checkin.added_queued') : t('checkin.added');
      person.value = '';
      person.focus();
      // The server took it: no need to count the event's check-ins again.
      if (!queued && count !== null) show(count + 1);
    } catch (failure) {
      status.className = 'reading bad';
      status.textContent = failure.status === 409 ? t('checkin.already') : failure.message;
    }
  }},
  field(t('checkin.person'), person),
  h('div', {class: 'checkin-options'}, field(t('checkin.segment'), segment),
    field(t('checkin.age'), age)),
  h('button', {class: 'primary', id: 'checkin-add'}, t('checkin.add')));

  const list = h('textarea', {id: 'checkin-list', rows: 5, placeholder: t('checkin.list_hint'),
                              'aria-label': t('checkin.list')});
  const progress = h('progress', {max: 1, value: 0, hidden: true});
  const report = h('div', {id: 'checkin-report', 'aria-live': 'polite'});
  const run = h('button', {type: 'button', class: 'secondary', id: 'checkin-import', onclick: async () => {
    const lines = list.value.split('\n').map(x => x.trim()).filter(Boolean);
    if (!lines.length) return;
    run.disabled = true;
    progress.hidden = false;
    progress.max = lines.length;
    const failed = [];
    let added = 0;
    let queuedLines = 0;
    // One request at a time: the list is a sheet of a meeting (tens to hundreds of lines), and a
    // failure is reported against its line.
    for (const [i, participant] of lines.entries()) {
      try {
        if (await checkIn(participant)) ++queuedLines;
        else ++added;
      } catch (failure) {
        failed.push([i + 1, participant, failure.status === 409 ? t('checkin.already') : failure.message]);
      }
      progress.value = i + 1;
      report.textContent = t('checkin.progress', {done: number(i + 1), of: number(lines.length)});
    }
    report.replaceChildren(
        h('p', {class: failed.length ? 'warn' : 'ok'},
          t('checkin.imported', {added: number(added), failed: number(failed.length)}),
          queuedLines ? ' ' + t('checkin.imported_queued', {n: number(queuedLines)}) : ''),
        failed.length ? h('ul', {class: 'plain small'}, failed.map(([line, text, why]) =>
          h('li', {}, t('checkin.line', {n: line}) + ': ' + text + ' — ' + why))) : null);
    // The lines that failed stay in the box to correct and send again; the rest are done.
    list.value = failed.map(([, text]) => text).join('\n');
    progress.hidden = true;
    run.disabled = false;
    // Counted afresh once: other desks may have checked people in meanwhile.
    if (!event.queued) show(await countCheckIns(event.id).catch(() => count));
  }}, t('checkin.import'));
  section.append(one, status,
      h('details', {}, h('summary', {}, t('checkin.list')),
        h('p', {class: 'muted small'}, t('checkin.list_note')), list,
        h('div', {class: 'actions'}, run, progress), report));
  return section;
}
