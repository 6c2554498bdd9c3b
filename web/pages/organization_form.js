// An organization of the registry, new or changed: its names in Russian and Kazakh, kind, region,
// headcount (what plausibility checks figures against) and its membership of the coalition.
// Changes are conditional on the version read, so two people editing at once cannot overwrite
// each other unseen.
import {get} from '../lib/api.js';
import {dateField} from '../lib/date_field.js';
import {h} from '../lib/dom.js';
import {name, t} from '../lib/i18n.js';
import {reference} from '../lib/reference.js';
import {saveRecord} from '../lib/save_record.js';

const KINDS = ['party', 'public_association', 'trade_union', 'youth', 'business_association',
               'company', 'state_body', 'education', 'health', 'culture', 'media', 'other'];

export async function render(main, {id}) {
  const ref = await reference();
  const org = id ? await get('/organizations/' + id) : null;
  const field = (label, control, forId, hint) => h('div', {class: 'field'},
      h('label', {for: forId}, label), control, hint ? h('small', {class: 'muted'}, hint) : null);
  const text = (fieldId, value) => h('input', {id: fieldId, type: 'text', value: value || ''});
  const nameRu = text('org-name', org?.name);
  const nameKk = text('org-name-kk', org?.name_kk);
  const kind = h('select', {id: 'org-kind'}, KINDS.map(k =>
      h('option', {value: k, selected: org?.kind === k}, t('orgkind.' + k))));
  const region = h('select', {id: 'org-region'}, h('option', {value: ''}, t('org.whole_country')),
      ref.regions.map(r => h('option', {value: r.code, selected: org?.region_code === r.code}, name(r))));
  const headcount = h('input', {id: 'org-headcount', type: 'number', min: 0, step: 1, inputmode: 'numeric',
                                value: org?.headcount ?? ''});
  const member = h('input', {id: 'org-member', type: 'checkbox', checked: Boolean(org?.membership)});
  const joined = dateField({id: 'org-joined', value: org?.membership?.joined_on || ref.campaign?.starts_on,
                            label: t('org.joined')});
  const claimed = h('input', {id: 'org-claimed', type: 'number', min: 0, step: 1, inputmode: 'numeric',
                              value: org?.membership?.claimed_members ?? ''});
  const membership = h('fieldset', {class: 'membership', disabled: !member.checked},
      h('legend', {}, h('label', {class: 'chip'}, member, h('span', {}, t('org.member')))),
      field(t('org.joined'), joined, 'org-joined'),
      field(t('org.claimed'), claimed, 'org-claimed', t('org.claimed_hint')));
  member.addEventListener('change', () => (membership.disabled = !member.checked));
  const error = h('p', {class: 'error', role: 'alert'});
  const save = h('button', {class: 'primary', id: 'org-save'}, t('save'));
  const form = h('form', {class: 'card form', novalidate: true},
      field(t('org.name'), nameRu, 'org-name'),
      field(t('org.name_kk'), nameKk, 'org-name-kk'),
      field(t('col.kind'), kind, 'org-kind'),
      field(t('filter.region'), region, 'org-region'),
      field(t('org.headcount'), headcount, 'org-headcount', t('org.headcount_hint')),
      membership, error,
      h('div', {class: 'actions'}, save, h('a', {class: 'button secondary', href: '#/coalition'}, t('cancel'))));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    error.textContent = '';
    const whole = input => (input.value === '' ? null : Number(input.value));
    const body = {name: nameRu.value.trim(), name_kk: nameKk.value.trim() || null, kind: kind.value,
                  region_code: region.value || null, headcount: whole(headcount)};
    if (!body.name) { error.textContent = t('org.need_name'); nameRu.focus(); return; }
    if (member.checked) {
      if (!joined.value()) { error.textContent = t('event.need_date'); return; }
      body.membership = {campaign_id: ref.campaign?.id, joined_on: joined.value(),
                         claimed_members: whole(claimed)};
    } else {
      body.membership = null;
    }
    await saveRecord({path: '/organizations', record: org, body, button: save, error,
                      saved: t('org.saved'), next: '#/coalition'});
  });
  main.replaceChildren(h('h1', {}, org ? org.name : t('org.new')), form);
}
