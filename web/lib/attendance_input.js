// Attendance typed as people say it ("около 300", "более 400", "200–300") and read back before
// saving as the value and range kenes will store, by the server's own parser.
import {get, query} from './api.js';
import {debounce, h} from './dom.js';
import {number, t} from './i18n.js';

export function attendanceInput({id, value}) {
  const input = h('input', {id, type: 'text', inputmode: 'text', autocomplete: 'off',
                            value: value || '', placeholder: t('attendance.placeholder'),
                            'aria-describedby': id + '-reading'});
  const reading = h('output', {id: id + '-reading', class: 'reading', 'aria-live': 'polite'});
  const read = debounce(async () => {
    const text = input.value.trim();
    if (!text) { reading.textContent = t('attendance.none'); reading.className = 'reading'; return; }
    try {
      const a = await get('/attendance' + query({text}));
      if (input.value.trim() !== text) return;
      reading.className = 'reading ok';
      reading.replaceChildren(
          h('span', {}, t('attendance.value')), ' ', h('b', {class: 'value'}, number(a.value)), ' · ',
          h('span', {}, t('attendance.range')), ' ',
          h('b', {class: 'range'}, number(a.low) + '–' + number(a.high)), ' · ',
          h('span', {class: 'muted'}, t('qualifier.' + a.qualifier)));
    } catch (error) {
      if (input.value.trim() !== text) return;
      reading.className = 'reading bad';
      // Without a connection the figure is read when the event is sent.
      reading.textContent = error.offline ? t('offline.reading_later') : error.message;
    }
  }, 200);
  input.addEventListener('input', read);
  read();
  return {input, reading, text: () => input.value.trim()};
}
