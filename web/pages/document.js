// One press release and its drafts. The text sits beside the drafts with the words each fact
// came from highlighted (for the draft in focus); each draft's fields can be corrected, and the
// draft confirmed as an event, rejected, or merged into the event it duplicates.
import {get, patch, post} from '../lib/api.js';
import {h, toast} from '../lib/dom.js';
import {attendanceInput} from '../lib/attendance_input.js';
import {dateField} from '../lib/date_field.js';
import {day, name, number, percent, t} from '../lib/i18n.js';
import {badge} from '../lib/labels.js';
import {placePicker} from '../lib/place_picker.js';
import {reference, segmentOf} from '../lib/reference.js';
import {canWrite} from '../lib/session.js';
import {evidenceMarks, highlight} from '../lib/spans.js';

const KINDS = ['meeting', 'open_dialogue', 'forum', 'round_table', 'final_session'];
const FIELDS = ['date', 'region', 'district', 'place', 'venue', 'kind', 'attendance', 'audience',
                'host_organization', 'speakers'];

export async function render(main, {id}) {
  const ref = await reference();
  const document_ = await get('/documents/' + id);
  const text = document_.text || '';
  const textBox = h('div', {class: 'source-text', id: 'document-text', tabindex: 0});
  const legend = h('p', {class: 'legend'}, FIELDS.map(f => h('mark', {class: 'f-' + f}, t('field.' + f))));
  let focused = document_.drafts[0]?.id;

  const showEvidence = draft => {
    const marks = draft ? evidenceMarks(draft.proposal?.extracted?.evidence) : [];
    const meeting = draft?.proposal?.extracted?.span;
    const pieces = highlight(text, meeting ? [...marks, {field: 'meeting', begin: meeting[0],
                                                          end: meeting[1]}] : marks);
    textBox.replaceChildren(...pieces.map(piece => {
      if (!piece.marks.length) return piece.text;
      const fact = piece.marks.find(m => m.field !== 'meeting');
      if (!fact) return h('span', {class: 'meeting'}, piece.text);
      return h('mark', {class: 'f-' + fact.field, title: t('field.' + fact.field) +
                                                   (fact.detail ? ': ' + fact.detail : '')},
               piece.text);
    }));
    const first = textBox.querySelector('mark');
    if (first && draft) first.scrollIntoView({block: 'nearest'});
  };

  const cards = h('div', {class: 'drafts'});
  const drawCards = () => {
    cards.replaceChildren(...document_.drafts.map(draft => draftCard(ref, draft, {
      focused: draft.id === focused,
      onFocus: () => { if (focused !== draft.id) { focused = draft.id; showEvidence(draft); markFocus(); } },
      onChanged: async () => {
        const fresh = await get('/documents/' + id);
        document_.drafts = fresh.drafts;
        drawCards();
        showEvidence(document_.drafts.find(d => d.id === focused));
      },
    })));
  };
  const markFocus = () => {
    for (const card of cards.children) {
      card.classList.toggle('focused', Number(card.dataset.id) === focused);
    }
  };
  drawCards();
  showEvidence(document_.drafts.find(d => d.id === focused));
  const pending = document_.drafts.filter(d => d.status === 'pending').length;
  // The language the engine read the text in; a third language gives no drafts, and says why.
  const code = document_.extraction?.language;
  const read = ['ru', 'kk', 'mixed'].includes(code);
  const language = code ? h('p', {class: read ? 'muted' : 'error', id: 'document-language',
                                  'data-language': code},
                            t('intake.language', {language: t('language.' + code)}),
                            read ? '' : ' — ' + t('intake.foreign'))
                        : '';
  main.replaceChildren(
      h('div', {class: 'page-head'}, h('h1', {}, document_.title || t('intake.untitled')),
        h('span', {class: 'muted'}, day(document_.date))),
      language,
      h('p', {class: 'muted', id: 'draft-summary'},
        t('intake.summary', {n: number(document_.drafts.length), pending: number(pending)})),
      h('div', {class: 'intake'},
        h('section', {class: 'card text-pane'}, h('h2', {}, t('intake.source')), legend, textBox),
        h('section', {class: 'draft-pane'}, h('h2', {}, t('intake.drafts')), cards)));
}

function draftCard(ref, draft, {focused, onFocus, onChanged}) {
  const event = draft.proposal?.event || {};
  const extracted = draft.proposal?.extracted || {};
  const pending = draft.status === 'pending' && canWrite();
  const prefix = 'draft-' + draft.id;
  const error = h('p', {class: 'error', role: 'alert'});
  const act = async (label, fn) => {
    error.textContent = '';
    try {
      await fn();
      toast(label);
      await onChanged();
    } catch (failure) {
      if (failure.status === 409 && failure.field === 'duplicate_of') {
        error.replaceChildren(failure.message, ' ',
            h('button', {type: 'button', class: 'secondary', onclick: () =>
              act(t('draft.merged'), () => post(`/drafts/${draft.id}/merge`))}, t('draft.merge')),
            ' ',
            h('button', {type: 'button', class: 'secondary', onclick: () =>
              act(t('draft.confirmed'), () => post(`/drafts/${draft.id}/confirm`, {as_new: true}))},
              t('draft.as_new')));
      } else {
        error.textContent = failure.message + (failure.field ? ` (${failure.field})` : '');
      }
    }
  };

  const summary = [
    extracted.speakers?.length ? t('draft.speakers') + ': ' +
      extracted.speakers.map(s => s.name + (s.title ? ` (${s.title})` : '')).join(', ') : null,
    extracted.host_organization ? t('draft.host') + ': ' + extracted.host_organization : null,
    event.audience?.length ? t('event.audience') + ': ' +
      event.audience.map(c => name(segmentOf(ref, c))).join(', ') : null,
  ].filter(Boolean);

  let body;
  if (pending) {
    const date = dateField({id: prefix + '-date', value: event.date || ''});
    const place = placePicker({id: prefix + '-place', code: event.place_code});
    const venue = h('input', {id: prefix + '-venue', type: 'text', value: event.venue || ''});
    const kind = h('select', {id: prefix + '-kind'},
                   KINDS.map(k => h('option', {value: k, selected: event.kind === k}, t('kind.' + k))));
    const attendance = attendanceInput({id: prefix + '-attendance',
                                        value: typeof event.attendance === 'string'
                                          ? event.attendance : event.attendance?.text});
    const field = (label, control, forId) =>
      h('div', {class: 'field'}, h('label', {for: forId}, label), control);
    const corrections = () => {
      const changed = {};
      if (date.value() && date.value() !== event.date) changed.date = date.value();
      if (place.value() && place.value() !== event.place_code) changed.place_code = place.value();
      if (venue.value.trim() !== (event.venue || '')) changed.venue = venue.value.trim() || null;
      if (kind.value !== event.kind) changed.kind = kind.value;
      const figure = attendance.text();
      const before = typeof event.attendance === 'string' ? event.attendance : event.attendance?.text;
      if (figure !== (before || '')) changed.attendance = figure || null;
      return changed;
    };
    body = h('div', {class: 'draft-fields'},
        field(t('event.date'), date, prefix + '-date'),
        field(t('event.place'), place, prefix + '-place'),
        field(t('event.venue'), venue, prefix + '-venue'),
        field(t('event.kind'), kind, prefix + '-kind'),
        h('div', {class: 'field'}, h('label', {for: prefix + '-attendance'}, t('event.attendance')),
          attendance.input, attendance.reading),
        h('div', {class: 'actions'},
          h('button', {type: 'button', class: 'secondary', id: prefix + '-save', onclick: () => {
            const changed = corrections();
            if (!Object.keys(changed).length) return toast(t('draft.nothing'));
            act(t('draft.saved'), () => patch(`/drafts/${draft.id}`,
                                              {event: changed, version: draft.version}));
          }}, t('draft.save')),
          h('button', {type: 'button', class: 'primary', id: prefix + '-confirm', onclick: () =>
            act(t('draft.confirmed'), async () => {
              const changed = corrections();
              if (Object.keys(changed).length) {
                await patch(`/drafts/${draft.id}`, {event: changed, version: draft.version});
              }
              await post(`/drafts/${draft.id}/confirm`);
            })}, t('draft.confirm')),
          draft.duplicate_of ? h('button', {type: 'button', class: 'secondary', id: prefix + '-merge',
            onclick: () => act(t('draft.merged'), () => post(`/drafts/${draft.id}/merge`))},
            t('draft.merge_into', {id: draft.duplicate_of})) : null,
          h('button', {type: 'button', class: 'danger', id: prefix + '-reject', onclick: () =>
            act(t('draft.rejected'), () => post(`/drafts/${draft.id}/reject`))}, t('draft.reject'))));
  } else {
    body = h('dl', {class: 'facts'},
        h('dt', {}, t('event.date')), h('dd', {}, day(event.date)),
        h('dt', {}, t('event.venue')), h('dd', {}, event.venue || '—'),
        h('dt', {}, t('event.attendance')),
        h('dd', {}, (typeof event.attendance === 'string' ? event.attendance : event.attendance?.text) || '—'),
        draft.event_id ? [h('dt', {}, t('draft.event')),
                          h('dd', {}, h('a', {href: '#/events/' + draft.event_id}, '#' + draft.event_id))] : null);
  }
  return h('article', {class: 'card draft' + (focused ? ' focused' : ''), dataset: {id: draft.id},
                       id: prefix, onfocusin: onFocus, onclick: onFocus},
      h('header', {}, h('b', {}, t('draft.n', {n: draft.ordinal})), ' ',
        badge('draft', draft.status), ' ',
        h('span', {class: 'muted'}, t('draft.confidence', {p: percent(draft.confidence)})),
        draft.duplicate_of ? h('span', {class: 'badge warn'}, t('draft.duplicate', {id: draft.duplicate_of})) : null),
      summary.length ? h('ul', {class: 'plain small'}, summary.map(s => h('li', {}, s))) : null,
      body, error);
}
