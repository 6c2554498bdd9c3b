// Feedback heard at a meeting, written down there: what kind, the stance, the words. Without a
// connection it waits in the queue; at an event itself still queued ({queued: id}) it is sent
// once the event is stored.
import {h, toast} from './dom.js';
import {t} from './i18n.js';
import * as queue from './queue.js';

const KINDS = ['question', 'opinion', 'proposal', 'concern'];
const STANCES = ['unclear', 'supports', 'neutral', 'opposes'];

export function feedbackEntry(event) {
  const prefix = 'feedback-new' + (event.queued ? '-q' + event.queued : '');
  const kind = h('select', {id: prefix + '-kind'}, KINDS.map(k => h('option', {value: k}, t('fbkind.' + k))));
  const stance = h('select', {id: prefix + '-stance'}, STANCES.map(k => h('option', {value: k}, t('stance.' + k))));
  const text = h('textarea', {id: prefix + '-text', rows: 3, 'aria-label': t('feedback.text')});
  const error = h('p', {class: 'error', role: 'alert'});
  const field = (label, control) => h('label', {class: 'field', for: control.id}, h('span', {}, label), control);
  const form = h('form', {class: 'feedback-entry', onsubmit: async e => {
    e.preventDefault();
    error.textContent = '';
    if (!text.value.trim()) return;
    try {
      const sent = await queue.submit({
        kind: 'feedback', method: 'POST', path: '/feedback', after: event.queued,
        body: {event_id: event.id ?? null, kind: kind.value, stance: stance.value, text: text.value.trim()},
        label: text.value.trim().slice(0, 80)});
      toast(sent.queued ? t('outbox.queued') : t('feedback.saved'));
      text.value = '';
    } catch (failure) {
      error.textContent = failure.message + (failure.field ? ` (${failure.field})` : '');
    }
  }},
  h('h2', {}, t('feedback.new')),
  h('div', {class: 'checkin-options'}, field(t('filter.kind'), kind), field(t('filter.stance'), stance)),
  field(t('feedback.text'), text), error,
  h('button', {class: 'secondary', id: prefix + '-save'}, t('feedback.add')));
  return h('section', {class: 'card'}, form);
}
