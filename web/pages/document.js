// One press release and its drafts. The text sits beside the drafts with the words each fact
// came from highlighted (for the draft in focus); each draft's fields can be corrected, and the
// draft confirmed as an event, rejected, or merged into the event it duplicates. Below, the
// text's claims checked against the ledger (POST /claims/check): each claim underlined in the
// text with its number and verdict in words, and listed with the ledger's figure and why.
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
// A sign beside each verdict's words, so it never rests on colour alone.
const VERDICT_SIGN = {supported: '✓', not_supported: '✗', not_checkable: '?'};
const VERDICTS = Object.keys(VERDICT_SIGN);

export async function render(main, {id}) {
  const ref = await reference();
  const document_ = await get('/documents/' + id);
  const text = document_.text || '';
  const textBox = h('div', {class: 'source-text', id: 'document-text', tabindex: 0});
  const legend = h('p', {class: 'legend'}, FIELDS.map(f => h('mark', {class: 'f-' + f}, t('field.' + f))));
  let focused = document_.drafts[0]?.id;
  let claims = [];  // the claim check's answer, once it comes

  const showEvidence = (draft, {scroll = true} = {}) => {
    const marks = draft ? evidenceMarks(draft.proposal?.extracted?.evidence) : [];
    const meeting = draft?.proposal?.extracted?.span;
    if (meeting) marks.push({field: 'meeting', begin: meeting[0], end: meeting[1]});
    claims.forEach((claim, i) => marks.push({field: 'claim', n: i + 1, claim,
                                             begin: claim.span[0], end: claim.span[1]}));
    const pieces = highlight(text, marks);
    const nodes = [];
    pieces.forEach((piece, i) => {
      const fact = piece.marks.find(m => m.field !== 'meeting' && m.field !== 'claim');
      let node = piece.text;
      if (fact) {
        node = h('mark', {class: 'f-' + fact.field, title: t('field.' + fact.field) +
                                                      (fact.detail ? ': ' + fact.detail : '')},
                 piece.text);
      } else if (piece.marks.some(m => m.field === 'meeting')) {
        node = h('span', {class: 'meeting'}, piece.text);
      }
      const covering = piece.marks.filter(m => m.field === 'claim');
      for (const m of covering) {
        node = h('span', {class: 'claim v-' + m.claim.verdict, dataset: {claim: m.n}}, node);
      }
      nodes.push(node);
      // After a claim's last piece, its number and verdict in words.
      const next = pieces[i + 1];
      for (const m of covering) {
        if (!next || !next.marks.includes(m)) nodes.push(claimLabel(m.claim, m.n));
      }
    });
    textBox.replaceChildren(...nodes);
    const first = textBox.querySelector('mark');
    if (first && draft && scroll) first.scrollIntoView({block: 'nearest'});
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
  const claimBody = h('div', {id: 'claims-body', 'aria-live': 'polite'});
  const recheck = h('button', {type: 'button', class: 'secondary', id: 'claims-recheck'},
                    t('claims.recheck'));
  const checkClaims = async () => {
    recheck.disabled = true;
    claimBody.replaceChildren(h('p', {class: 'muted'}, t('claims.checking')));
    try {
      // It writes nothing: asked again, like a read, when the server is busy.
      claims = (await post('/claims/check', {text}, {safe: true})).claims;
      claimBody.replaceChildren(...claimList(claims));
      showEvidence(document_.drafts.find(d => d.id === focused), {scroll: false});
    } catch (failure) {
      if (failure.status === 401) return;
      claimBody.replaceChildren(h('p', {class: 'error', role: 'alert'}, failure.message));
    } finally {
      recheck.disabled = false;
    }
  };
  recheck.addEventListener('click', checkClaims);
  main.replaceChildren(
      h('div', {class: 'page-head'}, h('h1', {}, document_.title || t('intake.untitled')),
        h('span', {class: 'muted'}, day(document_.date))),
      language,
      h('p', {class: 'muted', id: 'draft-summary'},
        t('intake.summary', {n: number(document_.drafts.length), pending: number(pending)})),
      h('div', {class: 'intake'},
        h('section', {class: 'card text-pane'}, h('h2', {}, t('intake.source')), legend, textBox),
        h('section', {class: 'draft-pane'}, h('h2', {}, t('intake.drafts')), cards)),
      h('section', {class: 'card claims', id: 'claims'},
        h('div', {class: 'page-head'}, h('h2', {}, t('claims.title')), recheck),
        h('p', {class: 'muted small'}, t('claims.intro')),
        claimBody));
  if (text.trim()) checkClaims();
  else claimBody.replaceChildren(h('p', {class: 'muted'}, t('claims.none')));
}

// "[2 ✗ не подтверждено]": a claim's number and verdict, after its words in the text.
function claimLabel(claim, n) {
  return h('a', {class: 'claim-label v-' + claim.verdict, href: '#claim-' + n,
                 onclick: e => {
                   e.preventDefault();  // the hash is the router's
                   document.getElementById('claim-' + n)?.scrollIntoView({block: 'nearest'});
                 }},
           t('claims.label', {n, sign: VERDICT_SIGN[claim.verdict] || '',
                              verdict: t('verdict.' + claim.verdict)}));
}

// The claims in the text's order: verdict, the words claimed, the ledger's figure and why (the
// server's words, as given), after a count by verdict.
function claimList(claims) {
  if (!claims.length) return [h('p', {class: 'muted', id: 'claims-none'}, t('claims.none'))];
  const count = verdict => number(claims.filter(c => c.verdict === verdict).length);
  return [
    h('p', {id: 'claims-summary'}, t('claims.summary', {
      n: number(claims.length), supported: count('supported'),
      not_supported: count('not_supported'), not_checkable: count('not_checkable')})),
    h('ol', {class: 'claim-list', id: 'claim-list'}, claims.map((claim, i) => h('li', {
      class: 'claim-item v-' + claim.verdict, id: 'claim-' + (i + 1),
      dataset: {verdict: claim.verdict}},
      h('div', {class: 'claim-head'},
        h('span', {class: 'verdict v-' + claim.verdict},
          (VERDICT_SIGN[claim.verdict] || '') + ' ' +
          (VERDICTS.includes(claim.verdict) ? t('verdict.' + claim.verdict) : claim.verdict)),
        ' ', h('q', {}, claim.text)),
      h('dl', {class: 'facts'},
        h('dt', {}, t('claims.figure')), h('dd', {class: 'claim-figure'}, claim.figure || '—'),
        h('dt', {}, t('claims.why')), h('dd', {class: 'claim-why'}, claim.why || '—'))))),
  ];
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
