// Saving a record from a form: POST for a new one, a PATCH conditional on the version read for a
// change (so an edit made meanwhile by someone else is refused, not overwritten). The server's
// refusal is shown under the form naming its field; on success, a toast and the next page.
import {patch, post} from './api.js';
import {toast} from './dom.js';

export async function saveRecord({path, record, body, button, error, saved, next}) {
  button.disabled = true;
  try {
    if (record) await patch(`${path}/${record.id}`, {...body, version: record.version});
    else await post(path, body);
    toast(saved);
    location.hash = next;
  } catch (failure) {
    error.textContent = failure.message + (failure.field ? ` (${failure.field})` : '');
  } finally {
    button.disabled = false;
  }
}
