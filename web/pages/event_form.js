// A new event, made to be filled in on a phone after a meeting: the place by typing its name,
// the figure as said ("около 300") and read back before saving. Without a connection the event
// waits in the queue (lib/queue.js); a queued event refused by the server is corrected here too
// (#/events/new?queued=ID).
import * as queue from '../lib/queue.js';
import {h, toast} from '../lib/dom.js';
import {attendanceInput} from '../lib/attendance_input.js';
import {dateField} from '../lib/date_field.js';
import {name, t, title} from '../lib/i18n.js';
import {placePicker} from '../lib/place_picker.js';
import {organizations as listOrganizations, reference, renew} from '../lib/reference.js';
import {session} from '../lib/session.js';
import {refusalText} from './outbox.js';

const KINDS = ['meeting', 'open_dialogue', 'forum', 'round_table', 'final_session'];

// Today in Kazakhstan (UTC+5), clamped to the campaign's days.
function defaultDay(campaign) {
  const today = new Date(Date.now() + 5 * 3600 * 1000).toISOString().slice(0, 10);
  if (!campaign) return today;
  if (today < campaign.starts_on) return campaign.starts_on;
  if (campaign.ends_on && today > campaign.ends_on) return campaign.ends_on;
  return today;
}

export async function render(main, {params}) {
  const [ref, organizations] = await Promise.all([
    reference(), listOrganizations().catch(() => ({items: []}))]);
  const queued = params.queued ? await queue.entry(Number(params.queued)) : null;
  const was = queued?.body || {};
  const field = (label, control, forId) =>
    h('div', {class: 'field'}, h('label', {for: forId}, label), control);
  const date = dateField({id: 'event-date', value: was.date || defaultDay(ref.campaign),
                          min: ref.campaign?.starts_on, max: ref.campaign?.ends_on});
  const place = placePicker({id: 'event-place', code: was.place_code});
  const venue = h('input', {id: 'event-venue', type: 'text', placeholder: t('event.venue_hint'),
                            value: was.venue || ''});
  const eventTitle = h('input', {id: 'event-title', type: 'text', value: was.title || ''});
  const sourceUrl = h('input', {id: 'event-source-url', type: 'url', placeholder: t('event.source_url_hint'),
                                value: was.source_url || ''});
  const language = h('select', {id: 'event-language'}, h('option', {value: ''}, '—'),
      ['ru', 'kk'].map(l => h('option', {value: l, selected: was.language === l}, t('language.' + l))));
  // The host: whose people came, so a figure can be checked against its headcount. A reporter
  // writes for their own organization.
  const host = h('select', {id: 'event-host'}, h('option', {value: ''}, t('event.no_host')),
      organizations.items.map(o => h('option', {value: o.id,
                                                 selected: (was.host_organization_id ?? session.me?.organization) === o.id}, o.name)));
  const kind = h('select', {id: 'event-kind'},
                 KINDS.map(k => h('option', {value: k, selected: was.kind === k}, t('kind.' + k))));
  const attendance = attendanceInput({id: 'event-attendance', value: was.attendance});
  const chips = (items, prefix, label) => h('fieldset', {class: 'chips'}, h('legend', {}, label),
      items.map(item => h('label', {class: 'chip'},
        h('input', {type: 'checkbox', name: prefix, value: item.code,
                    checked: (prefix === 'provision' ? was.provisions : was.audience)?.includes(item.code)}),
        h('span', {}, prefix === 'provision' ? title(item) : name(item)))));
  const error = h('p', {class: 'error', role: 'alert'});
  const save = h('button', {class: 'primary', id: 'event-save'}, t('event.save'));
  const form = h('form', {class: 'card form', novalidate: true}, 
      field(t('event.date'), date, 'event-date'),
      field(t('event.place'), place, 'event-place'),
      field(t('event.venue'), venue, 'event-venue'),
      field(t('event.title_field'), eventTitle, 'event-title'),
      field(t('event.kind'), kind, 'event-kind'),
      field(t('event.host'), host, 'event-host'),
      field(t('event.source_url'), sourceUrl, 'event-source-url'),
      field(t('language'), language, 'event-language'),
      h('div', {class: 'field'}, h('label', {for: 'event-attendance'}, t('event.attendance')),
        attendance.input, attendance.reading),
      chips(ref.segments, 'segment', t('event.audience')),
      h('details', {}, h('summary', {}, t('event.provisions')),
        chips(ref.provisions, 'provision', t('event.provisions'))),
      error,
      h('div', {class: 'actions'}, save,
        h('a', {class: 'button secondary', href: '#/events'}, t('cancel'))));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    error.textContent = '';
    if (!date.value()) { error.textContent = t('event.need_date'); return; }
    if (!place.value()) { error.textContent = t('event.need_place'); return; }
    const checked = key => [...form.querySelectorAll(`input[name=${key}]:checked`)].map(x => x.value);
    const body = {date: date.value(), place_code: place.value(), kind: kind.value,
                  audience: checked('segment'), provisions: checked('provision')};
    if (venue.value.trim()) body.venue = venue.value.trim();
    if (host.value) body.host_organization_id = Number(host.value);
    if (eventTitle.value.trim()) body.title = eventTitle.value.trim();
    if (sourceUrl.value.trim()) body.source_url = sourceUrl.value.trim();
    if (language.value) body.language = language.value;
    if (attendance.text()) body.attendance = attendance.text();
    save.disabled = true;
    try {
      if (queued) {
        await queue.correct(queued, body);
        toast(t('outbox.corrected'));
        queue.sendAll(renew);
        location.hash = '#/outbox';
        return;
      }
      const label = [date.value(), place.label() || place.value(), body.venue].filter(Boolean).join(' · ');
      const sent = await queue.submit({kind: 'event', method: 'POST', path: '/events', body, label});
      if (sent.queued) {
        toast(t('outbox.queued_event'));
        location.hash = '#/outbox';
      } else {
        toast(t('event.saved'));
        location.hash = '#/events/' + sent.data.id;
      }
    } catch (failure) {
      error.textContent = failure.message + (failure.field ? ` (${failure.field})` : '');
    } finally {
      save.disabled = false;
    }
  });
  main.replaceChildren(h('h1', {}, queued ? t('outbox.correct_event') : t('events.new')),
      queued?.error ? h('p', {class: 'error', id: 'event-refusal'}, refusalText(queued.error)) : null,
      form);
}
