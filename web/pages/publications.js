// Publications: the register of releases kenes wrote from confirmed events, filtered by status
// (in the address: #/publications?status=draft), in pages of 100, and the way to write a new one.
import {get, query} from '../lib/api.js';
import {h} from '../lib/dom.js';
import {name, number, t} from '../lib/i18n.js';
import {badge} from '../lib/labels.js';
import {reference, regionOf} from '../lib/reference.js';
import {canWrite} from '../lib/session.js';

export const STATUSES = ['draft', 'approved', 'published'];

export async function render(main, {params}) {
  const ref = await reference();
  const status = STATUSES.includes(params.status) ? params.status : '';
  const list = h('div', {class: 'list', id: 'publication-list'});
  const more = h('button', {type: 'button', class: 'secondary', hidden: true}, t('more'));
  const filter = h('nav', {class: 'chips', id: 'publication-status', 'aria-label': t('filter.status')},
      ['', ...STATUSES].map(s => h('a', {
        class: 'chip', href: '#/publications' + (s ? '?status=' + s : ''),
        'aria-current': s === status ? 'page' : null},
        s ? t('pubstatus.' + s) : t('filter.any'))));
  main.replaceChildren(
      h('div', {class: 'page-head'}, h('h1', {}, t('nav.publications')),
        canWrite() ? h('a', {class: 'button primary', href: '#/publications/new', id: 'publication-new'},
                       t('pub.new')) : null),
      h('p', {class: 'muted'}, t('pub.intro')),
      filter, list, more);

  const shown = [];
  let after = null;
  const load = async () => {
    const page = await get('/publications' + query({status, after, limit: 100}));
    shown.push(...page.items);
    after = page.next_after;
    more.hidden = !after;
    list.replaceChildren(...(shown.length ? shown.map(p => row(ref, p))
                                          : [h('p', {class: 'muted'}, t('empty'))]));
  };
  more.addEventListener('click', load);
  await load();
}

function row(ref, publication) {
  const region = publication.region_code ? name(regionOf(ref, publication.region_code))
                                         : t('pub.regions_several');
  return h('a', {class: 'row card', href: '#/publications/' + publication.id,
                 dataset: {id: publication.id, status: publication.status}},
      h('div', {class: 'row-main'},
        h('b', {}, publication.title || t('intake.untitled')),
        h('span', {class: 'muted'}, [t('pub.number', {id: publication.id}),
                                     t('language.' + publication.language), region].join(' · '))),
      h('div', {class: 'row-side'},
        badge('pubstatus', publication.status),
        h('span', {class: 'muted'}, t('pub.text_version_n', {n: number(publication.text_version)}))));
}
