// One publication: its title, text and imprint, its status and the texts approved before with
// their SHA-256, downloads as text, HTML and PDF; an administrator or analyst approves a draft and
// publishes an approved one; a writer changes the title and text (conditional on the version
// read: an approved or published one becomes a draft of its next text version).
import {api, get, newKey, patch} from '../lib/api.js';
import {h, toast} from '../lib/dom.js';
import {lang, name, number, t} from '../lib/i18n.js';
import {badge} from '../lib/labels.js';
import {reference, regionOf} from '../lib/reference.js';
import {canReview, canWrite} from '../lib/session.js';

const when = at => (at ? new Date(at).toLocaleString(lang()) : '—');

export async function render(main, {id}) {
  const ref = await reference();
  const p = await get('/publications/' + id);
  const path = '/publications/' + id;
  const error = h('p', {class: 'error', role: 'alert', id: 'publication-error'});

  const reload = async message => {
    toast(message);
    await render(main, {id});
  };
  const step = (verb, label, done) => h('button', {
    type: 'button', class: 'primary', id: 'publication-' + verb, onclick: async e => {
      e.target.disabled = true;
      error.textContent = '';
      try {
        // Keyed, so a retry after a busy server or a lost answer acts once.
        await api('POST', `${path}/${verb}`, {version: p.version}, {key: newKey()});
        await reload(done);
      } catch (failure) {
        error.textContent = failure.message + (failure.field ? ` (${failure.field})` : '');
        e.target.disabled = false;
      }
    }}, label);
  const actions = [];
  if (canReview() && p.status === 'draft') actions.push(step('approve', t('pub.approve'), t('pub.approved')));
  if (canReview() && p.status === 'approved') actions.push(step('publish', t('pub.publish'), t('pub.published')));

  const download = format => h('a', {class: 'button secondary', id: 'publication-download-' + format,
                                     href: `/api/v1${path}?format=${format}`, download: ''},
                               t('pub.download_' + format));
  const region = p.region_code ? name(regionOf(ref, p.region_code)) : t('pub.regions_several');
  const facts = [
    [t('pub.status'), badge('pubstatus', p.status)],
    [t('pub.language'), t('language.' + p.language)],
    [t('pub.text_version'), number(p.text_version)],
    [t('filter.region'), region],
    [t('pub.events'), p.events.flatMap((e, i) => [i ? ', ' : '', h('a', {href: '#/events/' + e}, '#' + e)])],
    [t('pub.created'), `${p.created_by} · ${when(p.created_at)}`],
    p.approved_by ? [t('pub.approved_by'), `${p.approved_by} · ${when(p.approved_at)}`] : null,
    p.text_sha256 ? [t('pub.sha256'), h('code', {class: 'hash', id: 'publication-sha256'}, p.text_sha256)] : null,
    p.published_at ? [t('pub.published_at'), when(p.published_at)] : null,
  ].filter(Boolean);

  const versions = p.approved_versions || [];
  main.replaceChildren(
      h('p', {}, h('a', {href: '#/publications'}, t('pub.back'))),
      h('div', {class: 'page-head'}, h('h1', {id: 'publication-title'}, p.title || t('intake.untitled')),
        badge('pubstatus', p.status)),
      h('section', {class: 'card'},
        h('dl', {class: 'facts', id: 'publication-facts'}, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
        h('div', {class: 'actions'}, download('txt'), download('html'), download('pdf'), actions),
        error),
      h('section', {class: 'card'}, h('h2', {}, t('pub.text')),
        h('div', {class: 'source-text', id: 'publication-text'}, p.text)),
      h('section', {class: 'card'}, h('h2', {}, t('pub.imprint')),
        h('dl', {class: 'facts', id: 'publication-imprint'},
          ['made_by', 'ordered_by', 'paid_by'].map(part =>
            [h('dt', {}, t('imprint.' + part)), h('dd', {}, p.imprint?.[part] || '—')]))),
      h('section', {class: 'card'}, h('h2', {}, t('pub.versions')),
        versions.length
          ? h('div', {class: 'scroll'}, h('table', {class: 'table', id: 'publication-versions'},
              h('thead', {}, h('tr', {}, h('th', {class: 'n'}, t('pub.text_version')),
                                h('th', {}, t('pub.sha256')), h('th', {}, t('pub.approved_by')))),
              h('tbody', {}, versions.map(v => h('tr', {},
                h('td', {class: 'n'}, number(v.text_version)),
                h('td', {}, h('code', {class: 'hash'}, v.text_sha256)),
                h('td', {}, `${v.approved_by} · ${when(v.approved_at)}`))))))
          : h('p', {class: 'muted'}, t('pub.no_versions'))),
      canWrite() ? editor(p, path, reload) : null);
}

// The title and text, changed in place (a draft) or as the next text version (approved or
// published); only what changed is sent, with the version read.
function editor(p, path, reload) {
  const title = h('input', {id: 'publication-edit-title', type: 'text', value: p.title || ''});
  const text = h('textarea', {id: 'publication-edit-text', rows: 16}, p.text || '');
  const error = h('p', {class: 'error', role: 'alert'});
  const save = h('button', {class: 'primary', id: 'publication-save'}, t('save'));
  const form = h('form', {class: 'form', onsubmit: async e => {
    e.preventDefault();
    error.textContent = '';
    const change = {version: p.version};
    if (title.value.trim() !== (p.title || '')) change.title = title.value.trim();
    if (text.value !== (p.text || '')) change.text = text.value;
    if (Object.keys(change).length === 1) return toast(t('draft.nothing'));
    save.disabled = true;
    try {
      await patch(path, change);
      await reload(t('pub.saved'));
    } catch (failure) {
      error.textContent = failure.message + (failure.field ? ` (${failure.field})` : '');
      save.disabled = false;
    }
  }},
  p.status === 'draft' ? null : h('p', {class: 'muted'}, t('pub.edit_next', {n: number(p.text_version + 1)})),
  h('div', {class: 'field'}, h('label', {for: 'publication-edit-title'}, t('pub.title')), title),
  h('div', {class: 'field'}, h('label', {for: 'publication-edit-text'}, t('pub.text')), text),
  error, h('div', {class: 'actions'}, save));
  return h('section', {class: 'card', id: 'publication-editor'},
      h('details', {open: p.status === 'draft'}, h('summary', {}, t('pub.edit')), form));
}
