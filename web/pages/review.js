// Figures held back for review: an attendance figure above the host's headcount, the venue's
// capacity or the place's population, or one that counts the same collective again within days.
// Until an analyst confirms it, it stays out of the totals; each row says why it was flagged,
// and confirming or rejecting takes a note, recorded in the audit log with who decided.
import {get, post, query} from '../lib/api.js';
import {h, toast} from '../lib/dom.js';
import {analyticsFilter, filterBar} from '../lib/filters.js';
import {day, name, number, t} from '../lib/i18n.js';
import {attendanceText} from '../lib/labels.js';
import {placesOf, reference} from '../lib/reference.js';
import {canReview} from '../lib/session.js';

export async function render(main, {params}) {
  const ref = await reference();
  const flagged = await get('/analytics/plausibility' + query(analyticsFilter(params)));
  const places = await placesOf(flagged.items.map(f => f.place_code));
  const waiting = flagged.items.filter(f => f.state === 'awaiting_review');
  main.replaceChildren(
      h('h1', {}, t('nav.review')),
      h('p', {class: 'muted'}, t('review.intro')),
      filterBar(ref, params),
      h('p', {id: 'review-count'}, t('review.count', {n: number(waiting.length),
                                                    of: number(flagged.items.length)})),
      h('div', {class: 'list', id: 'review-list'},
        flagged.items.length ? flagged.items.map(f => card(f, places))
                             : h('p', {class: 'muted'}, t('review.none'))));
}

// A reason in the interface's words, with the figure it exceeds.
function reason(r, figure) {
  const low = number(figure.attendance.low);
  switch (r.code) {
    case 'over_headcount': return t('reason.over_headcount', {low, limit: number(r.limit)});
    case 'over_capacity': return t('reason.over_capacity', {low, limit: number(r.limit)});
    case 'over_population': return t('reason.over_population', {low, limit: number(r.limit)});
    case 'repeat_collective':
      return h('span', {}, t('reason.repeat_collective') + ' ',
               h('a', {href: '#/events/' + r.repeat_of}, '#' + r.repeat_of));
    default: return r.message;
  }
}

function card(figure, places) {
  const id = 'review-' + figure.event_id;
  const note = h('input', {type: 'text', id: id + '-note', placeholder: t('review.note'),
                           'aria-label': t('review.note')});
  const error = h('p', {class: 'error', role: 'alert'});
  const decide = decision => async () => {
    error.textContent = '';
    try {
      await post('/analytics/reviews', {event_id: figure.event_id, decision,
                                        attendance_text: figure.attendance.text,
                                        note: note.value.trim()});
      toast(t('review.saved.' + decision));
      article.replaceWith(card({...figure, state: decision}, places));
    } catch (failure) {
      error.textContent = failure.message;
    }
  };
  const article = h('article', {class: 'card review state-' + figure.state, id},
      h('header', {class: 'row'},
        h('div', {class: 'row-main'},
          h('a', {href: '#/events/' + figure.event_id}, h('b', {}, name(places.get(figure.place_code)))),
          h('span', {class: 'muted'}, day(figure.date))),
        h('div', {class: 'row-side'},
          h('span', {class: 'figure'}, attendanceText(figure.attendance)),
          h('span', {class: 'badge figure-' + figure.state}, t('figure.' + figure.state)))),
      h('ul', {class: 'reasons'}, figure.reasons.map(r => h('li', {}, reason(r, figure)))),
      figure.state === 'awaiting_review' && canReview()
        ? h('div', {class: 'actions'}, note,
            h('button', {type: 'button', class: 'primary', id: id + '-confirm',
                         onclick: decide('confirmed')}, t('review.confirm')),
            h('button', {type: 'button', class: 'danger', id: id + '-reject',
                         onclick: decide('rejected')}, t('review.reject')))
        : null,
      error);
  return article;
}
