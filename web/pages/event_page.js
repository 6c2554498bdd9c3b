// One event: what it is, its figure with the range, the press release it came from (the words
// of the meeting marked), its feedback, and its history.
import {get, query} from '../lib/api.js';
import {h} from '../lib/dom.js';
import {day, name, t, title} from '../lib/i18n.js';
import {checkInPanel} from '../lib/checkin_panel.js';
import {feedbackEntry} from '../lib/feedback_entry.js';
import {canWrite} from '../lib/session.js';
import {attendanceText, badge} from '../lib/labels.js';
import {place, provisionOf, reference, regionOf, segmentOf} from '../lib/reference.js';
import {byteToCharIndex} from '../lib/spans.js';

export async function render(main, {id}) {
  const ref = await reference();
  const event = await get('/events/' + id);
  const [where, host, feedback, history, document_, drafts] = await Promise.all([
    place(event.place_code),
    event.host_organization_id ? get('/organizations/' + event.host_organization_id).catch(() => null) : null,
    get('/feedback' + query({event: id, limit: 1000})),
    get('/events/' + id + '/history').catch(() => ({items: []})),
    event.source_document_id ? get('/documents/' + event.source_document_id) : null,
    event.source_document_id ? get('/drafts' + query({document: event.source_document_id})) : null,
  ]);
  const region = regionOf(ref, event.region_code);
  const facts = [
    [t('event.date'), day(event.date, 'long') + (event.time ? ' ' + event.time : '')],
    [t('event.place'), [name(where), region && region.code !== where?.code ? name(region) : null]
                         .filter(Boolean).join(', ')],
    [t('event.venue'), event.venue || '—'],
    [t('event.kind'), t('kind.' + event.kind)],
    [t('event.host'), host?.name || '—'],
    [t('event.attendance'), attendanceText(event.attendance)],
    [t('event.audience'), event.audience.map(c => name(segmentOf(ref, c))).join(', ') || '—'],
    [t('event.provisions'), event.provisions.map(c => title(provisionOf(ref, c))).join('; ') || '—'],
  ];
  if (event.source_url) {
    facts.push([t('event.source_url'),
                h('a', {href: event.source_url, rel: 'noopener noreferrer', target: '_blank'}, event.source_url)]);
  }
  if (event.language) facts.push([t('language'), t('language.' + event.language)]);
  const source = [];
  if (document_) {
    const draft = drafts?.items.find(d => d.event_id === event.id);
    const span = draft?.proposal?.extracted?.span;
    const text = document_.text || '';
    let excerpt = h('p', {class: 'source-text'}, text);
    if (span) {
      const at = byteToCharIndex(text);
      const [from, to] = [at(span[0]), at(span[1])];
      excerpt = h('p', {class: 'source-text'}, text.slice(0, from),
                  h('mark', {}, text.slice(from, to)), text.slice(to));
    }
    source.push(h('section', {class: 'card'},
        h('h2', {}, t('event.source')),
        h('p', {}, h('a', {href: '#/intake/' + document_.id}, document_.title || t('intake.untitled'))),
        h('details', {open: true}, h('summary', {}, t('event.source_text')), excerpt)));
  }
  const checkins = await checkInPanel(ref, event);
  main.replaceChildren(
      h('div', {class: 'page-head'},
        h('h1', {}, event.title || event.venue || t('kind.' + event.kind)), badge('status', event.status)),
      h('section', {class: 'card'}, h('dl', {class: 'facts'},
        facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]))),
      checkins,
      canWrite() && event.status !== 'cancelled' ? feedbackEntry(event) : null,
      h('section', {class: 'card'}, h('h2', {}, t('event.feedback'), ' ', h('small', {}, feedback.items.length)),
        feedback.items.length
          ? h('ul', {class: 'plain'}, feedback.items.map(f => h('li', {},
              badge('fbkind', f.kind), ' ', badge('stance', f.stance), ' ', f.text)))
          : h('p', {class: 'muted'}, t('empty'))),
      source,
      h('section', {class: 'card'}, h('h2', {}, t('event.history')),
        h('ol', {class: 'plain'}, history.items.map(entry => h('li', {},
          h('b', {}, entry.actor), ' · ', t('action.' + entry.action), ' · ',
          new Date(entry.at).toLocaleString(document.documentElement.lang),
          entry.changed.length ? ' · ' + entry.changed.join(', ') : '')))));
}
