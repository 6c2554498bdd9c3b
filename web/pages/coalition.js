// The coalition and its people: members with what each organized and reached (attribution), the
// registry's organizations, and the speakers with their positions.
import {get} from '../lib/api.js';
import {h} from '../lib/dom.js';
import {day, number, range, t} from '../lib/i18n.js';
import {isAdmin} from '../lib/session.js';

export async function render(main) {
  const [attribution, organizations, people] = await Promise.all([
    get('/analytics/attribution'), get('/organizations?limit=1000'), get('/people?limit=1000')]);
  const c = attribution.composition;
  const byId = new Map(organizations.items.map(o => [o.id, o]));
  // The registry is the administrator's: others read it.
  const edit = href => isAdmin() ? [' ', h('a', {class: 'small', href}, t('edit'))] : null;
  main.replaceChildren(
      h('div', {class: 'page-head'}, h('h1', {}, t('nav.coalition')),
        isAdmin() ? h('div', {class: 'actions'},
          h('a', {class: 'button primary', href: '#/coalition/organizations/new', id: 'org-new'}, t('org.new')),
          h('a', {class: 'button secondary', href: '#/coalition/people/new', id: 'person-new'}, t('person.new')))
          : null),
      h('div', {class: 'cards'},
        h('section', {class: 'card stat'}, h('h2', {}, t('coalition.members')), h('b', {class: 'big'}, number(c.members)),
          h('p', {class: 'muted'}, t('coalition.parties', {n: number(c.parties)}))),
        h('section', {class: 'card stat'}, h('h2', {}, t('coalition.claimed')), h('b', {class: 'big'}, number(c.claimed_members))),
        h('section', {class: 'card stat'}, h('h2', {}, t('coalition.events')),
          h('b', {class: 'big'}, number(attribution.coalition.events)),
          h('p', {class: 'muted'}, t('coalition.shared', {n: number(attribution.coalition.events_shared)})))),
      h('section', {class: 'card'}, h('h2', {}, t('coalition.by_member')),
        h('div', {class: 'scroll'}, h('table', {class: 'table'},
          h('thead', {}, h('tr', {}, h('th', {}, t('col.organization')), h('th', {}, t('col.kind')),
            h('th', {class: 'n'}, t('col.claimed')), h('th', {class: 'n'}, t('col.events')),
            h('th', {class: 'n'}, t('col.attendance')), h('th', {class: 'n'}, t('col.reach')),
            h('th', {class: 'n'}, t('col.feedback')))),
          h('tbody', {}, attribution.members.map(m => h('tr', {},
            h('td', {class: 'name'}, m.name, byId.get(m.organization_id)?.name_kk
              ? h('small', {class: 'muted block'}, byId.get(m.organization_id).name_kk) : null),
            h('td', {}, m.kind ? t('orgkind.' + m.kind) : '—'),
            h('td', {class: 'n'}, number(m.claimed_members)),
            h('td', {class: 'n'}, number(m.events)),
            h('td', {class: 'n'}, number(m.attendance.value), h('small', {}, ' ' + range(m.attendance))),
            h('td', {class: 'n'}, number(m.reach)),
            h('td', {class: 'n'}, number(m.feedback)))))))),
      h('section', {class: 'card'}, h('h2', {}, t('coalition.registry'), ' ', h('small', {}, organizations.items.length)),
        h('ul', {class: 'plain columns'}, organizations.items.map(o => h('li', {},
          h('b', {class: 'name'}, o.name), ' ', h('span', {class: 'muted'}, t('orgkind.' + o.kind)),
          o.membership ? h('span', {class: 'muted'}, ' · ' + t('coalition.joined', {date: day(o.membership.joined_on)})) : null,
          o.headcount ? h('span', {class: 'muted'}, ' · ' + t('org.headcount_n', {n: number(o.headcount)})) : null,
          edit('#/coalition/organizations/' + o.id))))),
      h('section', {class: 'card'}, h('h2', {}, t('coalition.people'), ' ', h('small', {}, people.items.length)),
        h('ul', {class: 'plain columns'}, people.items.map(p => h('li', {},
          h('b', {}, p.full_name), ' ',
          h('span', {class: 'muted'}, p.positions.map(x => x.title +
            (x.organization_id && byId.get(x.organization_id) ? ', ' + byId.get(x.organization_id).name : '')).join('; ')),
          edit('#/coalition/people/' + p.id))))));
}
