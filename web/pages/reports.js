// Reports: the final report for the chosen filters, to download as HTML (screen and print), PDF
// or XLSX: the same files `kenes report` writes.
import {query} from '../lib/api.js';
import {h} from '../lib/dom.js';
import {analyticsFilter, filterBar} from '../lib/filters.js';
import {t} from '../lib/i18n.js';
import {reference} from '../lib/reference.js';

export async function render(main, {params}) {
  const ref = await reference();
  const link = (format, note) => h('li', {class: 'card row'},
      h('div', {class: 'row-main'}, h('b', {}, t('report.' + format)), h('span', {class: 'muted'}, note)),
      h('a', {class: 'button primary', id: 'report-' + format, download: '',
              href: '/api/v1/report' + query({format, ...analyticsFilter(params)})},
        t('report.download')));
  main.replaceChildren(
      h('h1', {}, t('nav.reports')),
      h('p', {class: 'muted'}, t('report.intro')),
      filterBar(ref, params),
      h('ul', {class: 'plain list'},
        link('html', t('report.html_note')), link('xlsx', t('report.xlsx_note')),
        link('pdf', t('report.pdf_note'))));
}
