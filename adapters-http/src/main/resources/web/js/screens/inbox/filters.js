// The chat list's filters: read from the screen's URL query and written back to it, so a filtered
// inbox can be bookmarked and survives a reload.
import { h, field } from '../../dom.js';
import { t } from '../../i18n.js';
import { KNOWN_CHANNELS, channelName, modeLabel } from '../../conversation.js';

const MODES = ['bot', 'awaiting_confirmation', 'manager'];
const SEARCH_DELAY_MS = 300;
const SEARCH_MAX_LENGTH = 200;

/** The filters a URL query names; anything unknown is left out. */
export function filtersFromQuery(query) {
  const mode = query.get('mode');
  return {
    mode: MODES.includes(mode) ? mode : '',
    channel: query.get('channel') || '',
    hidden: query.get('hidden') === 'true',
    unread: query.get('unread') === 'true',
    q: (query.get('q') || '').slice(0, SEARCH_MAX_LENGTH),
  };
}

/** The filters as URL query values (router.href leaves out the empty ones). */
export function filterQuery(filters) {
  return { mode: filters.mode, channel: filters.channel, hidden: filters.hidden ? 'true' : '',
    unread: filters.unread ? 'true' : '', q: filters.q };
}

/** The filters as the chat list API's query parameters. */
export function apiQuery(filters) {
  return { mode: filters.mode, channel: filters.channel, hidden: filters.hidden || '', unread: filters.unread || '',
    q: filters.q.trim() };
}

function select(name, allLabel, values, chosen, labelOf) {
  const options = values.includes(chosen) || !chosen ? values : [...values, chosen];
  return h('select', { name },
    h('option', { value: '' }, allLabel),
    options.map((value) => h('option', { value, selected: value === chosen }, labelOf(value))));
}

function checkbox(name, label, checked) {
  const input = h('input', { type: 'checkbox', name, checked });
  return { input, element: h('label', { class: 'checkbox' }, input, label) };
}

/**
 * The filter form. onChange(filters) is called when a choice changes, and after a pause in typing
 * the search text (or at once on Enter); stop() forgets a pause still running when the screen goes.
 */
export function filterForm(filters, onChange) {
  const search = h('input', { type: 'search', name: 'q', value: filters.q, maxlength: SEARCH_MAX_LENGTH,
    autocomplete: 'off', placeholder: t('inbox.filter.searchPlaceholder') });
  const mode = select('mode', t('inbox.filter.allModes'), MODES, filters.mode, modeLabel);
  const channel = select('channel', t('inbox.filter.allChannels'), KNOWN_CHANNELS, filters.channel, channelName);
  const hidden = checkbox('hidden', t('inbox.filter.hidden'), filters.hidden);
  const unread = checkbox('unread', t('inbox.filter.unread'), filters.unread);
  const current = () => ({ mode: mode.value, channel: channel.value, hidden: hidden.input.checked,
    unread: unread.input.checked, q: search.value });
  let searchTimer = null;
  const changed = () => {
    clearTimeout(searchTimer);
    onChange(current());
  };
  const form = h('form', { class: 'inbox-filters', role: 'search', 'aria-label': t('inbox.filter.label'),
    novalidate: true, onsubmit: (event) => {
      event.preventDefault();
      changed();
    } },
  field(t('action.search'), search),
  h('div', { class: 'inbox-filter-row' },
    field(t('inbox.filter.mode'), mode), field(t('inbox.filter.channel'), channel)),
  h('div', { class: 'inbox-filter-row' }, hidden.element, unread.element));
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(changed, SEARCH_DELAY_MS);
  });
  [mode, channel, hidden.input, unread.input].forEach((control) => control.addEventListener('change', changed));
  return { element: form, stop: () => clearTimeout(searchTimer) };
}
