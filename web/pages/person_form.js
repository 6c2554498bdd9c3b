// A person of the registry: a speaker or delegate, with names in Russian and Kazakh and the
// positions they hold (a title, and the organization it is in). Positions are a list to add to
// and remove from; saving sends the whole list.
import {get} from '../lib/api.js';
import {h} from '../lib/dom.js';
import {t} from '../lib/i18n.js';
import {saveRecord} from '../lib/save_record.js';

export async function render(main, {id}) {
  const [person, organizations] = await Promise.all([
    id ? get('/people/' + id) : null, get('/organizations?limit=1000')]);
  const field = (label, control, forId) =>
    h('div', {class: 'field'}, h('label', {for: forId}, label), control);
  const fullName = h('input', {id: 'person-name', type: 'text', value: person?.full_name || ''});
  const fullNameKk = h('input', {id: 'person-name-kk', type: 'text', value: person?.full_name_kk || ''});
  const positions = h('div', {class: 'positions', id: 'person-positions'});
  const addPosition = position => {
    const n = positions.children.length;
    const titleInput = h('input', {type: 'text', id: `person-title-${n}`, value: position?.title || '',
                                   'aria-label': t('person.title')});
    const org = h('select', {id: `person-org-${n}`, 'aria-label': t('col.organization')},
        h('option', {value: ''}, t('person.no_org')),
        organizations.items.map(o => h('option', {value: o.id, selected: position?.organization_id === o.id}, o.name)));
    const row = h('div', {class: 'position'}, titleInput, org,
        h('button', {type: 'button', class: 'link', onclick: () => row.remove()}, t('person.remove')));
    row.read = () => ({title: titleInput.value.trim(),
                       organization_id: org.value ? Number(org.value) : null,
                       from: position?.from ?? null, to: position?.to ?? null});
    positions.append(row);
    return titleInput;
  };
  (person?.positions.length ? person.positions : [null]).forEach(addPosition);
  const error = h('p', {class: 'error', role: 'alert'});
  const save = h('button', {class: 'primary', id: 'person-save'}, t('save'));
  const form = h('form', {class: 'card form', novalidate: true},
      field(t('person.name'), fullName, 'person-name'),
      field(t('person.name_kk'), fullNameKk, 'person-name-kk'),
      h('fieldset', {class: 'plain-set'}, h('legend', {}, t('person.positions')), positions,
        h('button', {type: 'button', class: 'secondary', onclick: () => addPosition().focus()},
          t('person.add_position'))),
      error,
      h('div', {class: 'actions'}, save, h('a', {class: 'button secondary', href: '#/coalition'}, t('cancel'))));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    error.textContent = '';
    const body = {full_name: fullName.value.trim(), full_name_kk: fullNameKk.value.trim() || null,
                  positions: [...positions.children].map(row => row.read()).filter(p => p.title)};
    if (!body.full_name) { error.textContent = t('person.need_name'); fullName.focus(); return; }
    await saveRecord({path: '/people', record: person, body, button: save, error,
                      saved: t('person.saved'), next: '#/coalition'});
  });
  main.replaceChildren(h('h1', {}, person ? person.full_name : t('person.new')), form);
}
