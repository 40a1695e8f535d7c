// What the tenant's dashboard and the overview of all tenants share: the range of UTC days they
// show (kept in the URL), summary tiles and the messages-per-day chart.
import { h, field, showErrors, clearErrors } from './dom.js';
import { register, t } from './i18n.js';
import * as format from './format.js';
import { stackedBarChart } from './charts.js';
import dictionary from './i18n/dashboard.js';

register(dictionary);

const PRESETS = [7, 30, 90];
const DEFAULT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Who wrote a day's messages: the series of the messages chart, and the fields of a day that count them. */
export const SOURCES = [
  ['customer', 'customer_messages'], ['faq', 'faq_answers'], ['ai', 'ai_answers'], ['fallback', 'fallbacks'],
  ['manager', 'manager_messages'], ['system', 'system_messages'],
];

/** Today as the API's days are counted: in UTC. */
function utcToday() {
  return new Date().toISOString().slice(0, 10);
}

function plusDays(isoDay, days) {
  return new Date(Date.parse(isoDay + 'T00:00:00Z') + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from one to the other, both included ('2026-11-01'…). */
export function daysBetween(from, to) {
  const days = [];
  for (let day = from; day <= to; day = plusDays(day, 1)) days.push(day);
  return days;
}

/** The range a URL asks for: { days: 7 | 30 | 90 }, or { from, to } as the user typed them. */
export function rangeFromQuery(query) {
  if (query.has('from') || query.has('to')) return { from: query.get('from') || '', to: query.get('to') || '' };
  const days = Number(query.get('days'));
  return { days: PRESETS.includes(days) ? days : DEFAULT_DAYS };
}

/** The URL query of a range, the inverse of rangeFromQuery. */
export function rangeQuery(range) {
  return range.days ? { days: range.days } : { from: range.from, to: range.to };
}

/** The from and to query parameters of the API for a range; the last n days end today (UTC). */
export function rangeDates(range) {
  if (!range.days) return { from: range.from, to: range.to };
  const to = utcToday();
  return { from: plusDays(to, 1 - range.days), to };
}

/**
 * The choice of days: the last 7, 30 or 90, or any from/to dates (the server checks them, and its
 * errors show at the dates). onChange(range) is called with the chosen range.
 * Answers { element, showRange(from, to), showError(error), busy() }.
 */
export function rangePicker(initial, onChange) {
  const choice = initial.days ? String(initial.days) : 'custom';
  const from = h('input', { type: 'date', name: 'from', value: initial.from || '' });
  const to = h('input', { type: 'date', name: 'to', value: initial.to || '' });
  const custom = h('div', { class: 'range-custom', hidden: choice !== 'custom' },
    field(t('range.from'), from), field(t('range.to'), to),
    h('button', { type: 'submit', class: 'primary' }, t('range.apply')));
  const options = [...PRESETS.map((days) => [String(days), t('range.lastDays', { count: days })]),
    ['custom', t('range.custom')]];
  const shown = h('p', { class: 'range-shown', role: 'status' }, t('screen.loading'));
  const form = h('form', { class: 'range-picker', novalidate: true },
    h('fieldset', { class: 'range-options' }, h('legend', {}, t('range.label')),
      options.map(([value, label]) => h('label', { class: 'range-option', 'data-range': value },
        h('input', { type: 'radio', name: 'range', value, checked: value === choice }), label))),
    custom,
    h('div', { class: 'range-status' }, shown,
      h('p', { class: 'hint' }, t('range.utcNote', { zone: format.timeZone() }))));

  form.addEventListener('change', (event) => {
    if (event.target.name !== 'range') return;
    custom.hidden = event.target.value !== 'custom';
    if (event.target.value !== 'custom') {
      clearErrors(form);
      onChange({ days: Number(event.target.value) });
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(form);
    onChange({ from: from.value, to: to.value });
  });

  return {
    element: form,
    busy() {
      form.setAttribute('aria-busy', 'true');
      shown.textContent = t('screen.loading');
    },
    /** The days the server answered for; the dates start from them when the user picks other days. */
    showRange(fromDay, toDay) {
      form.removeAttribute('aria-busy');
      shown.textContent = t('range.shown', { from: format.day(fromDay), to: format.day(toDay) });
      if (custom.hidden) {
        from.value = fromDay;
        to.value = toDay;
      }
    },
    showError(error) {
      form.removeAttribute('aria-busy');
      shown.textContent = '';
      // an error about the dates is shown at them, so they must be on screen
      if (error.fieldErrors && error.fieldErrors.length) {
        custom.hidden = false;
        form.querySelector('input[value="custom"]').checked = true;
      }
      showErrors(form, error);
    },
  };
}

/** A card of the page with its heading; data-section names it for tests and styles. */
export function section(name, title, ...content) {
  const id = `section-${name}-heading`;
  return h('section', { class: 'card stats-section', 'data-section': name, 'aria-labelledby': id },
    h('h2', { id }, title), ...content);
}

/** Numbers in tiles: [{ key, label, value, hint, tone ('danger'…) }] as a description list. */
export function tiles(items) {
  return h('dl', { class: 'tiles' }, items.map((item) =>
    h('div', { class: item.tone ? `tile tile-${item.tone}` : 'tile', 'data-tile': item.key },
      h('dt', {}, item.label),
      h('dd', { class: 'tile-value' }, item.value),
      item.hint ? h('dd', { class: 'tile-hint' }, item.hint) : null)));
}

/** The sum of a field over days (or any rows). */
export function sum(rows, fieldName) {
  return rows.reduce((total, row) => total + (row[fieldName] || 0), 0);
}

/** Messages by day, stacked by who wrote them. */
export function messagesChart(days, description) {
  return stackedBarChart({
    name: 'messages',
    title: t('messages.title'),
    description,
    categoryHeader: t('chart.day'),
    categories: days.map((day) => ({ key: day.day, label: format.day(day.day) })),
    series: SOURCES.map(([key, fieldName]) => ({ key, label: t('source.' + key),
      values: days.map((day) => day[fieldName]) })),
    formatValue: format.number,
  });
}
