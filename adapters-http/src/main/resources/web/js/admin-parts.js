// Parts the administration screens share, and that other screens could use too: a box that shows a
// secret the server reveals only once, forms whose server errors land at their fields (inline or in a
// modal dialog), loading with a retry, row buttons that report their failures, and labelled tables.
import { h, replace, uniqueId, clearErrors, showErrors, describeError, notify } from './dom.js';
import { t } from './i18n.js';

/**
 * Runs a form's submission: its submit buttons disabled meanwhile, earlier errors cleared and a
 * failure shown on the form (at the fields the server named). Answers whether it succeeded.
 */
export async function submitting(form, action) {
  const buttons = [...form.querySelectorAll('button[type=submit]')];
  clearErrors(form);
  buttons.forEach((button) => { button.disabled = true; });
  try {
    await action();
    return true;
  } catch (error) {
    showErrors(form, error);
    return false;
  } finally {
    buttons.forEach((button) => { button.disabled = false; });
  }
}

/**
 * A number input's value for the API: null when left empty, else the number typed. What the browser
 * cannot read as a number is sent as the empty text, so that the server's refusal names the field.
 */
export function numberValue(input) {
  if (input.validity.badInput) return '';
  if (input.value.trim() === '') return null;
  return Number(input.value);
}

/** Text for the API: null when only spaces were typed. */
export function textOrNull(input) {
  const text = input.value.trim();
  return text === '' ? null : text;
}

/**
 * Fills the container with what `load` answers, through `show(result)`; says it is loading meanwhile,
 * and on failure says why with a button to try again.
 */
export async function loadInto(container, load, show) {
  container.setAttribute('aria-busy', 'true');
  replace(container, h('p', { class: 'empty' }, t('screen.loading')));
  try {
    show(await load());
  } catch (error) {
    replace(container, h('div', { class: 'form-error', role: 'alert' }, describeError(error), ' ',
      h('button', { type: 'button', class: 'compact', onclick: () => loadInto(container, load, show) },
        t('action.retry'))));
  } finally {
    container.removeAttribute('aria-busy');
  }
}

/**
 * A button for one row's action (retry, revoke, suspend): disabled while the action runs, and its
 * failure told to the user. `confirmation`, when given, is asked first (answers true to go on).
 */
export function rowButton(attributes, label, action, confirmation) {
  const button = h('button', { type: 'button', class: 'compact', ...attributes }, label);
  button.addEventListener('click', async () => {
    if (confirmation && !(await confirmation())) return;
    button.disabled = true;
    try {
      await action();
    } catch (error) {
      notify(describeError(error), 'error');
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/**
 * A table with a caption for screen readers, column headers (text, or [text, class]) and the rows
 * given; the caller makes each row's first cell a th scope=row, so every cell is announced with it.
 */
export function dataTable(caption, headers, rows) {
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, headers.map((header) => (Array.isArray(header)
      ? h('th', { scope: 'col', class: header[1] }, header[0]) : h('th', { scope: 'col' }, header))))),
    h('tbody', {}, rows)));
}

/**
 * Shows a secret (a signing secret, a new key) in the container: read-only, selected for copying, with
 * a copy button and a note that it is shown only now. `name` marks it for tests (data-secret).
 */
export function showSecret(container, { label, value, name }) {
  const id = uniqueId('secret');
  const input = h('input', { id, class: 'secret-value', readonly: true, value, spellcheck: 'false',
    autocomplete: 'off', 'data-secret': name, 'aria-describedby': `${id}-note` });
  const box = h('div', { class: 'secret-box' },
    h('label', { for: id }, label),
    h('div', { class: 'secret-row' }, input,
      h('button', { type: 'button', class: 'primary', onclick: () => copy(input) }, t('secret.copy'))),
    h('p', { class: 'secret-note', id: `${id}-note` }, t('secret.onlyNow')),
    h('button', { type: 'button', class: 'link', onclick: () => replace(container) }, t('secret.done')));
  replace(container, box);
  input.focus();
  input.select();
}

async function copy(input) {
  input.select();
  try {
    await navigator.clipboard.writeText(input.value);
    notify(t('secret.copied'), 'ok');
  } catch (failure) {
    // the clipboard may be refused (permissions, an insecure origin); the text is selected for Ctrl+C
    notify(t('secret.copyByHand'), 'error');
  }
}

/**
 * A form in a modal dialog (Escape or Cancel closes it). `submit(form)` sends it; while it fails, the
 * dialog stays open with the server's errors at the fields. Answers true once it was submitted.
 */
export function formDialog({ title, fields, submitLabel, danger = false, submit, name }) {
  return new Promise((resolve) => {
    const titleId = uniqueId('dialog-title');
    let done = false;
    const form = h('form', { novalidate: true, class: 'dialog-form' },
      h('h2', { id: titleId }, title),
      fields,
      h('div', { class: 'actions' },
        h('button', { type: 'button', onclick: () => dialog.close() }, t('action.cancel')),
        h('button', { type: 'submit', class: danger ? 'danger' : 'primary' }, submitLabel)));
    const dialog = h('dialog', { class: 'form-dialog', 'aria-labelledby': titleId, 'data-dialog': name }, form);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      done = await submitting(form, () => submit(form));
      if (done) dialog.close();
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(done);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
