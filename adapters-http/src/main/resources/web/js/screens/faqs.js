// The tenant's FAQs: the table (search, filter, page by page), the editor, switching an FAQ on and
// off, import and export, and the "try a question" box that shows which FAQ would answer.
import { api, request, tenantPath, query } from '../api.js';
import { h, replace, field, checkboxField, uniqueId, showErrors, clearErrors, describeError, notify, confirmDialog } from '../dom.js';
import { register, t, plural } from '../i18n.js';
import { number } from '../format.js';
import { replaceQuery } from '../router.js';
import dictionary from '../i18n/faqs.js';

register(dictionary);

const ANSWER_PREVIEW_LENGTH = 120;
/** The filter's choices and the API's `active` value for each. */
const ACTIVE_FILTERS = { all: undefined, active: 'true', inactive: 'false' };
const IMPORT_TYPES = { json: 'application/json', csv: 'text/csv' };
const ROW_ERROR = /^row (\d+): (.+)$/;

function faqsPath(tenant, ...parts) {
  return tenantPath(tenant, 'faqs', ...parts);
}

function shortened(text, length) {
  return text.length <= length ? text : `${text.slice(0, length).trimEnd()}…`;
}

function score(value) {
  return number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}


/** The editor's modal dialog, removed from the page once closed. */
function editorDialog(titleText, ...content) {
  const titleId = uniqueId('dialog-title');
  const dialog = h('dialog', { class: 'faq-editor', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, titleText), ...content);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** The add and edit form; onSaved(faq) runs after the server accepted it. */
function openEditor(tenant, faq, onSaved) {
  const question = h('input', { name: 'question', value: faq ? faq.question : '', autocomplete: 'off' });
  const answer = h('textarea', { name: 'answer', rows: 6 }, faq ? faq.answer : '');
  const keywords = h('input', { name: 'keywords', value: faq ? faq.keywords.join(', ') : '', autocomplete: 'off' });
  const priority = h('input', { name: 'priority', type: 'number', min: 0, max: 1000, step: 1, inputmode: 'numeric',
    value: faq ? faq.priority : 1 });
  const active = h('input', { name: 'active', type: 'checkbox', checked: faq ? faq.active : true });
  const save = h('button', { type: 'submit', class: 'primary' }, t('action.save'));
  const form = h('form', { novalidate: true, class: 'faq-form' },
    field(t('faqs.field.question'), question),
    field(t('faqs.field.answer'), answer),
    field(t('faqs.field.keywords'), keywords, t('faqs.field.keywords.hint')),
    field(t('faqs.field.priority'), priority, t('faqs.field.priority.hint')),
    checkboxField(t('faqs.field.active'), active),
    h('div', { class: 'actions' }, save,
      h('button', { type: 'button', onclick: () => dialog.close() }, t('action.cancel'))));
  const dialog = editorDialog(t(faq ? 'faqs.form.edit' : 'faqs.form.new'), form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    // an empty priority takes the server's default; the keywords go as the comma-separated text
    const body = { question: question.value, answer: answer.value, keywords: keywords.value,
      priority: priority.value === '' ? undefined : Number(priority.value), active: active.checked };
    save.disabled = true;
    try {
      const saved = faq ? await api.put(faqsPath(tenant, faq.id), body) : await api.post(faqsPath(tenant), body);
      dialog.close();
      notify(t(faq ? 'notice.saved' : 'faqs.created'), 'ok');
      onSaved(saved);
    } catch (error) {
      showErrors(form, error);
    } finally {
      save.disabled = false;
    }
  });
}

/** One FAQ's row, with its switch, edit and delete; `changed()` reloads the table. */
function faqRow(tenant, faq, changed) {
  const row = h('tr', { 'data-faq-id': faq.id });
  const toggle = h('input', { type: 'checkbox', role: 'switch', name: 'active', checked: faq.active,
    'aria-label': t('faqs.active.label', { question: faq.question }) });
  toggle.addEventListener('change', async () => {
    toggle.disabled = true;
    try {
      const updated = await api.post(faqsPath(tenant, faq.id, toggle.checked ? 'activate' : 'deactivate'));
      notify(t(updated.active ? 'faqs.activated' : 'faqs.deactivated'), 'ok');
      row.replaceWith(faqRow(tenant, updated, changed));
    } catch (error) {
      toggle.checked = faq.active;
      toggle.disabled = false;
      notify(describeError(error), 'error');
    }
  });
  const edit = h('button', { type: 'button', class: 'compact', 'data-action': 'edit',
    'aria-label': t('faqs.edit.label', { question: faq.question }),
    onclick: () => openEditor(tenant, faq, changed) }, t('action.edit'));
  const remove = h('button', { type: 'button', class: 'compact danger', 'data-action': 'delete',
    'aria-label': t('faqs.delete.label', { question: faq.question }),
    onclick: () => deleteFaq(tenant, faq, changed) }, t('action.delete'));
  replace(row,
    h('th', { scope: 'row', class: 'faq-question' }, faq.question),
    h('td', { class: 'faq-answer', title: faq.answer }, shortened(faq.answer, ANSWER_PREVIEW_LENGTH)),
    // spaces between the badges, so that the keywords are read as words, not run together
    h('td', { class: 'faq-keywords' }, faq.keywords.flatMap((keyword) => [h('span', { class: 'badge' }, keyword), ' '])),
    h('td', { class: 'number faq-priority' }, number(faq.priority)),
    h('td', { class: 'faq-active' }, toggle),
    h('td', { class: 'faq-actions' }, h('div', { class: 'actions' }, edit, remove)));
  return row;
}

async function deleteFaq(tenant, faq, changed) {
  if (!await confirmDialog(t('faqs.delete.confirm', { question: faq.question }), t('action.delete'))) return;
  try {
    await api.delete(faqsPath(tenant, faq.id));
    notify(t('faqs.deleted'), 'ok');
    changed();
  } catch (error) {
    notify(describeError(error), 'error');
  }
}

/**
 * The table with its search and filter (kept in the URL's query) and "load more". Answers
 * `{ element, reload }`; reload() shows the first page again, as after any change, because the
 * API orders by priority and a change may move a row anywhere.
 */
function faqTable(tenant, routeQuery) {
  const initialFilter = Object.keys(ACTIVE_FILTERS).includes(routeQuery.get('active')) ? routeQuery.get('active') : 'all';
  const search = h('input', { type: 'search', name: 'q', value: routeQuery.get('q') || '',
    placeholder: t('faqs.search.placeholder') });
  const filter = h('select', { name: 'active' }, Object.keys(ACTIVE_FILTERS).map((key) =>
    h('option', { value: key, selected: key === initialFilter }, t(`faqs.filter.${key}`))));
  const rows = h('tbody');
  const table = h('div', { class: 'table-wrap' }, h('table', { class: 'faq-table' },
    h('caption', { class: 'visually-hidden' }, t('faqs.list.title')),
    h('thead', {}, h('tr', {}, ['question', 'answer', 'keywords', 'priority', 'active', 'actions'].map((column) =>
      h('th', { scope: 'col', class: column === 'priority' ? 'number' : null }, t(`faqs.column.${column}`))))),
    rows));
  const empty = h('p', { class: 'empty', hidden: true });
  const count = h('p', { class: 'visually-hidden', role: 'status' });
  const failure = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const more = h('button', { type: 'button', class: 'faq-more', hidden: true }, t('action.loadMore'));
  let nextCursor = null;
  let generation = 0;

  async function load(append) {
    // a later search wins over a slower earlier one
    generation += 1;
    const mine = generation;
    more.disabled = true;
    try {
      const page = await api.get(faqsPath(tenant) + query({ q: search.value.trim(),
        active: ACTIVE_FILTERS[filter.value], cursor: append ? nextCursor : undefined }));
      if (mine !== generation) return;
      failure.hidden = true;
      if (!append) replace(rows);
      rows.append(...page.items.map((faq) => faqRow(tenant, faq, reload)));
      nextCursor = page.next_cursor;
      more.hidden = !nextCursor;
      showCount();
    } catch (error) {
      if (mine !== generation) return;
      failure.textContent = describeError(error);
      failure.hidden = false;
    } finally {
      more.disabled = false;
    }
  }

  function showCount() {
    const shown = rows.children.length;
    const filtered = search.value.trim() !== '' || filter.value !== 'all';
    empty.textContent = t(filtered ? 'faqs.noMatch' : 'faqs.empty');
    empty.hidden = shown > 0;
    table.hidden = shown === 0;
    count.textContent = plural('faqs.shown', shown);
  }

  function reload() {
    return load(false);
  }

  function applySearch(event) {
    if (event) event.preventDefault();
    replaceQuery({ q: search.value.trim(), active: filter.value === 'all' ? undefined : filter.value });
    reload();
  }

  filter.addEventListener('change', () => applySearch());
  more.addEventListener('click', () => load(true));
  const searchForm = h('form', { class: 'toolbar faq-search', role: 'search', onsubmit: applySearch },
    field(t('faqs.search'), search), field(t('faqs.filter'), filter),
    h('button', { type: 'submit' }, t('action.search')));
  const newButton = h('button', { type: 'button', class: 'primary faq-new',
    onclick: () => openEditor(tenant, null, reload) }, t('faqs.new'));
  const element = h('section', { class: 'faq-list', 'aria-labelledby': 'faq-list-title' },
    h('div', { class: 'faq-list-head' }, h('h2', { id: 'faq-list-title' }, t('faqs.list.title')), newButton),
    searchForm, failure, table, empty, count, more);
  return { element, reload };
}

/** The server's import errors as list items: "Row 3 · question: must not be blank". */
function importErrorItems(error) {
  return error.fieldErrors.map(({ field: name, message }) => {
    const match = ROW_ERROR.exec(name);
    const row = match ? Number(match[1]) : null;
    const column = match ? match[2] : name;
    return h('li', { 'data-row': row === null ? '' : row, 'data-field': column },
      row === null ? null : h('strong', {}, t('faqs.import.row', { row })), row === null ? null : ' · ',
      h('code', {}, column), `: ${message}`);
  });
}

function distinctRows(error) {
  return new Set(error.fieldErrors.map(({ field: name }) => ROW_ERROR.exec(name)).filter(Boolean)
    .map((match) => match[1])).size;
}

/** What a refused import says: the bad rows with their fields, or why the whole body was refused. */
function importRefusal(error) {
  const rows = distinctRows(error);
  const items = importErrorItems(error);
  return h('div', { class: 'form-error faq-import-errors', role: 'alert' },
    h('p', {}, rows > 0 ? plural('faqs.import.rejected', rows) : t('faqs.import.refused')),
    items.length ? h('ul', {}, items) : h('p', {}, describeError(error)));
}

/** Import from a file or pasted text, all or nothing; `imported()` reloads the table. */
function importSection(tenant, imported) {
  const file = h('input', { type: 'file', name: 'file', accept: '.json,.csv,application/json,text/csv' });
  const format = h('select', { name: 'format' }, Object.keys(IMPORT_TYPES).map((key) =>
    h('option', { value: key }, t(`faqs.import.format.${key}`))));
  const content = h('textarea', { name: 'content', rows: 7, spellcheck: 'false', class: 'faq-import-content' });
  const report = h('div', { class: 'faq-import-report' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('faqs.import.submit'));
  let reading = Promise.resolve();

  // the file's text goes into the text area, so there is one thing to import and it can be checked
  file.addEventListener('change', () => {
    const chosen = file.files[0];
    if (!chosen) return;
    format.value = /\.csv$/i.test(chosen.name) || chosen.type === 'text/csv' ? 'csv' : 'json';
    reading = chosen.text().then((text) => { content.value = text; }).catch((error) => {
      replace(report, h('div', { class: 'form-error', role: 'alert' },
        t('faqs.import.readFailed', { reason: error.message || String(error) })));
    });
  });

  async function send(event) {
    event.preventDefault();
    replace(report);
    await reading;
    if (content.value.trim() === '') {
      replace(report, h('div', { class: 'form-error', role: 'alert' }, t('faqs.import.missing')));
      return;
    }
    submit.disabled = true;
    try {
      const answer = await request('POST', faqsPath(tenant, 'import'), content.value,
        { contentType: IMPORT_TYPES[format.value] });
      const done = plural('faqs.import.done', answer.imported);
      replace(report, h('p', { class: 'faq-import-done', role: 'status' }, done));
      notify(done, 'ok');
      content.value = '';
      file.value = '';
      imported();
    } catch (error) {
      replace(report, importRefusal(error));
    } finally {
      submit.disabled = false;
    }
  }

  return h('section', { class: 'card faq-import', 'aria-labelledby': 'faq-import-title' },
    h('h2', { id: 'faq-import-title' }, t('faqs.import.title')),
    h('p', { class: 'hint' }, t('faqs.import.intro')),
    h('form', { novalidate: true, onsubmit: send },
      field(t('faqs.import.file'), file, t('faqs.import.file.hint')),
      field(t('faqs.import.format'), format),
      field(t('faqs.import.content'), content, t('faqs.import.content.hint')),
      report,
      h('div', { class: 'actions' }, submit)));
}

/** Plain links: the session cookie goes with a GET, and the server answers with a download. */
function exportSection(tenant) {
  return h('section', { class: 'card faq-export', 'aria-labelledby': 'faq-export-title' },
    h('h2', { id: 'faq-export-title' }, t('faqs.export.title')),
    h('p', { class: 'hint' }, t('faqs.export.intro')),
    h('div', { class: 'actions' }, Object.keys(IMPORT_TYPES).map((format) =>
      h('a', { class: 'button', href: faqsPath(tenant, 'export') + query({ format }), download: '',
        'data-format': format }, t(`faqs.export.${format}`)))));
}

function candidatesTable(match) {
  const answering = match.answered_by ? match.answered_by.faq_id : null;
  return h('div', { class: 'table-wrap' }, h('table', { class: 'faq-candidates' },
    h('caption', {}, t('faqs.try.candidates')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('faqs.column.question')),
      h('th', { scope: 'col', class: 'number' }, t('faqs.try.score')),
      h('th', { scope: 'col', class: 'number' }, t('faqs.column.priority')))),
    h('tbody', {}, match.candidates.map((candidate) => h('tr', { 'data-faq-id': candidate.faq_id,
      class: candidate.faq_id === answering ? 'faq-answering' : null },
    h('th', { scope: 'row' }, candidate.question, ' ',
      candidate.faq_id === answering ? h('span', { class: 'badge badge-ok' }, t('faqs.try.answers')) : null),
    h('td', { class: 'number faq-score' }, score(candidate.score)),
    h('td', { class: 'number' }, number(candidate.priority)))))));
}

/** The verdict (announced), the threshold and the ranked candidates. */
function matchView(match) {
  const verdict = match.answered_by
    ? h('div', { class: 'faq-verdict faq-verdict-answered', 'data-faq-id': match.answered_by.faq_id },
      h('p', {}, t('faqs.try.answeredBy'), ' ', h('strong', {}, match.answered_by.question), ' ',
        h('span', { class: 'badge badge-ok' }, `${t('faqs.try.score')}: ${score(match.answered_by.score)}`)),
      h('p', { class: 'faq-verdict-answer' }, match.answered_by.answer))
    : h('p', { class: 'faq-verdict faq-verdict-none' }, t('faqs.try.noAnswer'));
  return [verdict, h('p', { class: 'hint faq-min-score' }, t('faqs.try.minScore', { score: score(match.min_score) })),
    match.candidates.length ? candidatesTable(match) : h('p', { class: 'empty' }, t('faqs.try.noCandidates'))];
}

function trySection(tenant) {
  const question = h('input', { name: 'question', autocomplete: 'off' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('faqs.try.submit'));
  const result = h('div', { class: 'faq-try-result', role: 'status' });
  const form = h('form', { novalidate: true, class: 'faq-try-form' },
    field(t('faqs.try.question'), question), h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    submit.disabled = true;
    try {
      replace(result, matchView(await api.post(faqsPath(tenant, 'test'), { question: question.value })));
    } catch (error) {
      replace(result);
      showErrors(form, error);
    } finally {
      submit.disabled = false;
    }
  });
  return h('section', { class: 'card faq-try', 'aria-labelledby': 'faq-try-title' },
    h('h2', { id: 'faq-try-title' }, t('faqs.try.title')),
    h('p', { class: 'hint' }, t('faqs.try.intro')), form, result);
}

export default {
  name: 'faqs',
  label: 'nav.faqs',
  needsTenant: true,
  allowed: (session) => session.administersTenant,
  render(view, { tenant, query: routeQuery }) {
    const table = faqTable(tenant, routeQuery);
    view.append(h('h1', {}, t('nav.faqs')), h('p', { class: 'hint faqs-intro' }, t('faqs.intro')),
      table.element,
      h('div', { class: 'faq-tools' }, h('div', {}, trySection(tenant), exportSection(tenant)),
        importSection(tenant, table.reload)));
    table.reload();
  },
};
