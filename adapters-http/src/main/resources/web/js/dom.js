// Building the page without innerHTML: text from the server (a customer's message, an FAQ) is only
// ever a text node, so it can never become markup or script.
import { t } from './i18n.js';

/**
 * h('button', { class: 'primary', onclick: send, 'aria-label': 'Send' }, 'Send'): an element with
 * attributes (on* are listeners; false/null/undefined are left out; true is an empty attribute) and
 * children (strings become text; null, false and undefined are skipped; arrays are flattened).
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.substring(2), value);
    } else if (name === 'value' && 'value' in element) {
      element.value = value;
    } else if (name === 'checked' || name === 'selected' || name === 'disabled') {
      element[name] = Boolean(value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces an element's content. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

let uniqueCounter = 0;

/** An id no other element of the page has, for label/aria wiring. */
export function uniqueId(prefix = 'id') {
  uniqueCounter += 1;
  return `${prefix}-${uniqueCounter}`;
}

/**
 * A labelled form field: the label, the control (given, with a name) and a hint; server errors for
 * the field's name appear under it (see showErrors).
 */
export function field(label, control, hint) {
  const id = control.id || uniqueId('field');
  control.id = id;
  const hintElement = hint ? h('p', { class: 'hint', id: id + '-hint' }, hint) : null;
  if (hintElement) control.setAttribute('aria-describedby', hintElement.id);
  return h('div', { class: 'field', 'data-field': control.getAttribute('name') || '' },
    h('label', { for: id }, label), control, hintElement);
}

/** A labelled checkbox with an optional hint, placed like field() so errors for its name land under it. */
export function checkboxField(label, control, hint) {
  const id = control.id || uniqueId('field');
  control.id = id;
  const hintElement = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintElement) control.setAttribute('aria-describedby', hintElement.id);
  return h('div', { class: 'field', 'data-field': control.getAttribute('name') || '' },
    h('div', { class: 'checkbox' }, control, h('label', { for: id }, label)), hintElement);
}

/** Clears the errors showErrors put on a form. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((element) => element.remove());
  form.querySelectorAll('[aria-invalid]').forEach((element) => {
    element.removeAttribute('aria-invalid');
    const described = (element.getAttribute('aria-describedby') || '').split(' ')
      .filter((id) => id && !id.endsWith('-error')).join(' ');
    if (described) element.setAttribute('aria-describedby', described);
    else element.removeAttribute('aria-describedby');
  });
  form.querySelectorAll('.form-error').forEach((element) => element.remove());
}

/**
 * Shows an API failure on a form: each field error under the control named like the field
 * (the first one focused), and anything not tied to a field at the top of the form.
 */
export function showErrors(form, error) {
  clearErrors(form);
  const unplaced = [];
  let first = null;
  for (const { field: name, message } of error.fieldErrors || []) {
    const control = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (!control) {
      unplaced.push(`${name}: ${message}`);
      continue;
    }
    const errorId = control.id + '-error';
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), errorId]
      .filter(Boolean).join(' '));
    const container = control.closest('.field') || control.parentElement;
    container.append(h('p', { class: 'field-error', id: errorId, role: 'alert' }, message));
    first = first || control;
  }
  if (unplaced.length || !first) {
    const text = unplaced.length ? unplaced.join('; ') : describeError(error);
    form.prepend(h('div', { class: 'form-error', role: 'alert' }, text));
  }
  if (first) first.focus();
}

/** A failure in words for the user: the server's detail, or what went wrong with the connection. */
export function describeError(error) {
  if (!error || error.status === undefined) return String(error && error.message ? error.message : error);
  if (error.status === 0) return t('error.network');
  if (error.status === 429) return t('error.throttled');
  return error.problem.detail || error.problem.title || t('error.generic');
}

/** A short message in the page's status area, read out by screen readers. */
export function notify(message, kind = 'info') {
  const area = document.getElementById('notices');
  if (!area) return;
  const notice = h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
  area.append(notice);
  setTimeout(() => notice.remove(), kind === 'error' ? 8000 : 4000);
}

/**
 * Asks for confirmation in a modal dialog (focus trapped by the browser, Escape cancels) and
 * answers true when the user confirmed.
 */
export function confirmDialog(message, confirmLabel) {
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-message' },
      h('form', { method: 'dialog' },
        h('p', { id: 'confirm-message' }, message),
        h('div', { class: 'actions' },
          h('button', { value: 'cancel', type: 'submit' }, t('action.cancel')),
          h('button', { value: 'confirm', type: 'submit', class: 'danger' }, confirmLabel || t('action.confirm')))));
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'confirm');
      dialog.remove();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
