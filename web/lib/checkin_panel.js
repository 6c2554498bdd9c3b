// Check-ins at one event, as a registration desk takes them: a person's IIN or phone (kenes keeps
// only a keyed hash of it, never the number), their audience and age band; one at a time at the
// door, or a whole list pasted from a sign-up sheet, with progress and every line that failed.
import {get, post, query} from './api.js';
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

export async function checkInPanel(ref, event) {
  let count = await countCheckIns(event.id);
  const total = h('b', {class: 'big', id: 'checkin-count'}, number(count));
  const show = n => (total.textContent = number((count = n)));
  const section = h('section', {class: 'card', id: 'checkins'},
      h('h2', {}, t('checkin.title')),
      h('p', {class: 'stat'}, total, ' ', h('span', {class: 'muted'}, t('checkin.people'))));
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
    const body = {event_id: event.id};
    if (segment.value) body.segment = segment.value;
    if (age.value) body.age_band = age.value;
    return body;
  };
  const one = h('form', {class: 'checkin-one', onsubmit: async e => {
    e.preventDefault();
    const participant = person.value.trim();
    if (!participant) return;
    try {
      await post('/checkins', {...common(), participant});
      status.className = 'reading ok';
      status.textContent = t('checkin.added');
      person.value = '';
      person.focus();
      show(count + 1);  // the server took it: no need to count the event's check-ins again
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
    // One request at a time: the list is a sheet of a meeting (tens to hundreds of lines), and a
    // failure is reported against its line.
    for (const [i, participant] of lines.entries()) {
      try {
        await post('/checkins', {...common(), participant});
        ++added;
      } catch (failure) {
        failed.push([i + 1, participant, failure.status === 409 ? t('checkin.already') : failure.message]);
      }
      progress.value = i + 1;
      report.textContent = t('checkin.progress', {done: number(i + 1), of: number(lines.length)});
    }
    report.replaceChildren(
        h('p', {class: failed.length ? 'warn' : 'ok'},
          t('checkin.imported', {added: number(added), failed: number(failed.length)})),
        failed.length ? h('ul', {class: 'plain small'}, failed.map(([line, text, why]) =>
          h('li', {}, t('checkin.line', {n: line}) + ': ' + text + ' — ' + why))) : null);
    // The lines that failed stay in the box to correct and send again; the rest are done.
    list.value = failed.map(([, text]) => text).join('\n');
    progress.hidden = true;
    run.disabled = false;
    // Counted afresh once: other desks may have checked people in meanwhile.
    show(await countCheckIns(event.id));
  }}, t('checkin.import'));
  section.append(one, status,
      h('details', {}, h('summary', {}, t('checkin.list')),
        h('p', {class: 'muted small'}, t('checkin.list_note')), list,
        h('div', {class: 'actions'}, run, progress), report));
  return section;
}
