// Press-release intake: paste a text, kenes reads one draft event per meeting it describes; the
// documents taken in so far are listed below.
import {get, post} from '../lib/api.js';
import {h} from '../lib/dom.js';
import {day, name, t} from '../lib/i18n.js';
import {reference, regionOf} from '../lib/reference.js';
import {canWrite} from '../lib/session.js';

export async function render(main) {
  const ref = await reference();
  const documents = await get('/documents?limit=200');
  const text = h('textarea', {id: 'intake-text', rows: 12, placeholder: t('intake.paste')});
  const titleInput = h('input', {id: 'intake-title', type: 'text'});
  const error = h('p', {class: 'error', role: 'alert'});
  const submit = h('button', {class: 'primary', id: 'intake-read'}, t('intake.read'));
  const form = h('form', {class: 'card form'},
      h('div', {class: 'field'}, h('label', {for: 'intake-title'}, t('intake.title_field')), titleInput),
      h('div', {class: 'field'}, h('label', {for: 'intake-text'}, t('intake.text')), text),
      error, h('div', {class: 'actions'}, submit));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    error.textContent = '';
    if (!text.value.trim()) { error.textContent = t('intake.empty'); return; }
    submit.disabled = true;
    submit.textContent = t('intake.reading');
    try {
      const body = {text: text.value};
      if (titleInput.value.trim()) body.title = titleInput.value.trim();
      const taken = await post('/intake', body);
      location.hash = '#/intake/' + (taken.document?.id ?? taken.id);
    } catch (failure) {
      error.textContent = failure.message;
    } finally {
      submit.disabled = false;
      submit.textContent = t('intake.read');
    }
  });
  main.replaceChildren(
      h('h1', {}, t('nav.intake')),
      canWrite() ? form : h('p', {class: 'muted'}, t('readonly')),
      h('h2', {}, t('intake.documents')),
      h('div', {class: 'list'}, documents.items.length
        ? [...documents.items].reverse().map(d => h('a', {class: 'row card', href: '#/intake/' + d.id},
            h('div', {class: 'row-main'}, h('b', {}, d.title || t('intake.untitled')),
              h('span', {class: 'muted'}, name(regionOf(ref, d.region_code)))),
            h('div', {class: 'row-side'}, h('span', {}, day(d.date)))))
        : h('p', {class: 'muted'}, t('empty'))));
}
