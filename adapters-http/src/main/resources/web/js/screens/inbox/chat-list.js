// The list pane: the tenant's chats newest activity first, filtered and searched, page after page as
// the user scrolls (or presses "load more"), kept current by the live events the screen passes on.
import { h, replace, describeError, showErrors, clearErrors } from '../../dom.js';
import { t, plural } from '../../i18n.js';
import { api, tenantPath, query } from '../../api.js';
import { href } from '../../router.js';
import { dateTime, shortMoment } from '../../format.js';
import { customerName, modeBadge, channelLabel, previewAuthor } from '../../conversation.js';
import { filterForm, filterQuery, apiQuery } from './filters.js';

/** The API keeps the first 200 characters of a message as its preview; a live one is cut the same. */
const PREVIEW_LENGTH = 200;
const ROW_KEYS = { ArrowDown: 1, ArrowUp: -1 };

function moment(iso) {
  return Date.parse(iso) || 0;
}

function unreadBadge(count) {
  if (!count) return null;
  return h('span', { class: 'chat-unread', 'data-count': count },
    h('span', { 'aria-hidden': 'true' }, String(count)),
    h('span', { class: 'visually-hidden' }, plural('inbox.unread', count)));
}

function preview(last) {
  if (!last) return h('span', { class: 'chat-preview' }, t('chat.preview.none'));
  return h('span', { class: 'chat-preview' },
    h('span', { class: 'chat-preview-author' }, `${previewAuthor(last.author)}: `),
    last.text || t('chat.preview.noText'));
}

/**
 * The pane. onOpen(chatId) is called when the user picks a chat; onFiltersChanged(filters) when the
 * filters change (the list reloads itself).
 */
export function createChatList({ tenant, filters: initialFilters, activeId, onOpen, onFiltersChanged }) {
  let filters = initialFilters;
  let active = activeId;
  let cursor = null;
  let generation = 0;
  let loadingGeneration = null;
  const rows = new Map();
  const fetching = new Set();

  const list = h('ul', { class: 'chat-list', 'aria-label': t('inbox.list.label') });
  const status = h('p', { class: 'chat-list-status', role: 'status' });
  const failure = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const more = h('button', { type: 'button', class: 'load-more', hidden: true, onclick: () => loadMore() },
    t('action.loadMore'));
  const scroller = h('div', { class: 'chat-list-scroll' }, list, status, more);
  const summary = h('p', { class: 'inbox-summary' });
  const filterControls = filterForm(filters, changeFilters);
  const element = h('section', { class: 'chat-list-pane', 'aria-labelledby': 'inbox-heading' },
    h('div', { class: 'chat-list-head' }, h('h1', { id: 'inbox-heading' }, t('nav.inbox')), summary),
    filterControls.element, failure, scroller);
  // Scrolling the "load more" button into view loads the next page, so the list reads as one.
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) loadMore();
  }, { root: scroller, rootMargin: '200px' });
  observer.observe(more);
  list.addEventListener('keydown', moveBetweenRows);

  function changeFilters(chosen) {
    filters = chosen;
    onFiltersChanged(filters);
    reload();
  }

  /** Arrow keys move between the chats, as in a list box; Enter opens the focused one. */
  function moveBetweenRows(event) {
    if (!(event.key in ROW_KEYS)) return;
    const links = [...list.querySelectorAll('a.chat-row')];
    const next = links[links.indexOf(document.activeElement) + ROW_KEYS[event.key]];
    if (!next) return;
    event.preventDefault();
    next.focus();
  }

  function openFromClick(event, chatId) {
    // a click with a modifier keeps the browser's meaning (a new tab or window)
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(chatId);
  }

  function rowView(chat) {
    const last = chat.last_message;
    return h('li', { 'data-chat-id': chat.id },
      h('a', { class: 'chat-row', href: href('inbox', [chat.id], filterQuery(filters)), 'data-chat-id': chat.id,
        'aria-current': chat.id === active ? 'true' : false, onclick: (event) => openFromClick(event, chat.id) },
      h('span', { class: 'chat-row-top' },
        h('span', { class: 'chat-name' }, customerName(chat)),
        h('time', { datetime: chat.last_message_at, title: dateTime(chat.last_message_at) },
          shortMoment(chat.last_message_at))),
      preview(last),
      h('span', { class: 'chat-row-bottom' },
        channelLabel(chat.channel), modeBadge(chat.mode),
        chat.hidden ? h('span', { class: 'badge' }, t('inbox.hidden')) : null,
        unreadBadge(chat.unread_count))));
  }

  /** Draws the row anew where it was (keeping focus on it), or at the end for a new one. */
  function draw(chat) {
    const old = rows.get(chat.id);
    const element = rowView(chat);
    rows.set(chat.id, { chat, element });
    if (old) {
      const focused = old.element.contains(document.activeElement);
      old.element.replaceWith(element);
      if (focused) element.querySelector('a').focus();
    } else {
      list.append(element);
    }
    return element;
  }

  /**
   * Puts a row where its last activity belongs. A row older than everything shown while more pages
   * wait belongs to a later page: it is left for that page to bring.
   */
  function place(chat) {
    const focused = Boolean(rows.get(chat.id)?.element.contains(document.activeElement));
    const element = draw(chat);
    const newer = moment(chat.last_message_at);
    const before = [...list.children].find((other) => other !== element
      && moment(rows.get(other.dataset.chatId)?.chat.last_message_at) < newer);
    if (before) list.insertBefore(element, before);
    else if (cursor) remove(chat.id);
    else list.append(element);
    // moving an element takes the focus from it: a keyboard user stays on the chat they were on
    if (focused && element.isConnected) element.querySelector('a').focus();
  }

  function remove(chatId) {
    const entry = rows.get(chatId);
    if (!entry) return;
    entry.element.remove();
    rows.delete(chatId);
  }

  /** Whether a chat shown belongs in the list still: a change of mode, channel or hiding can take it out. */
  function stays(chat) {
    return (!filters.mode || chat.mode === filters.mode) && (!filters.channel || chat.channel === filters.channel)
      && Boolean(chat.hidden) === filters.hidden;
  }

  /**
   * Whether a chat not shown yet may join: it must also be unread when only unread chats are asked
   * for, and hold the search text in a name or the newest text (the server searches every message;
   * a chat that matched earlier is already in the list).
   */
  function mayJoin(chat, text) {
    if (!stays(chat) || (filters.unread && !chat.unread_count)) return false;
    const search = filters.q.trim().toLocaleLowerCase();
    if (!search) return true;
    const customer = chat.customer || {};
    return [customer.display_name, customer.username, text, chat.last_message?.text]
      .some((value) => value && value.toLocaleLowerCase().includes(search));
  }

  async function fetchAndAdd(chatId, text) {
    if (fetching.has(chatId)) return;
    fetching.add(chatId);
    const mine = generation;
    try {
      const chat = await api.get(tenantPath(tenant, 'chats', chatId));
      if (mine === generation && !rows.has(chatId) && mayJoin(chat, text)) place(chat);
      showState();
    } catch (error) {
      if (mine === generation) showFailure(error, () => fetchAndAdd(chatId, text));
    } finally {
      fetching.delete(chatId);
    }
  }

  function showState() {
    const filtered = filters.mode || filters.channel || filters.hidden || filters.unread || filters.q.trim();
    status.textContent = rows.size ? '' : t(filtered ? 'inbox.list.emptyFiltered' : 'inbox.list.empty');
    more.hidden = !cursor;
    // observing again reports where the button is now: a short page loads the next at once
    observer.unobserve(more);
    observer.observe(more);
  }

  function showFailure(error, retry) {
    if (error.fieldErrors.length) {
      showErrors(filterControls.element, error);
      return;
    }
    replace(failure, describeError(error), ' ',
      h('button', { type: 'button', class: 'link', onclick: retry }, t('action.retry')));
    failure.hidden = false;
  }

  async function loadPage(from) {
    const mine = generation;
    loadingGeneration = mine;
    list.setAttribute('aria-busy', 'true');
    failure.hidden = true;
    clearErrors(filterControls.element);
    if (!rows.size) status.textContent = t('screen.loading');
    try {
      const page = await api.get(tenantPath(tenant, 'chats') + query({ ...apiQuery(filters), cursor: from }));
      if (mine !== generation) return;
      page.items.filter((chat) => !rows.has(chat.id)).forEach(draw);
      cursor = page.next_cursor;
      showState();
    } catch (error) {
      if (mine !== generation) return;
      status.textContent = '';
      showFailure(error, () => loadPage(from));
    } finally {
      if (loadingGeneration === mine) {
        loadingGeneration = null;
        list.removeAttribute('aria-busy');
      }
    }
  }

  function loadMore() {
    if (cursor && loadingGeneration === null) loadPage(cursor);
  }

  /** Starts over from the first page (new filters, or events were missed). */
  function reload() {
    generation += 1;
    cursor = null;
    rows.clear();
    replace(list);
    more.hidden = true;
    return loadPage(null);
  }

  /**
   * Brings the first page up to date without starting over, so the place in a long list and the
   * focus stay (the live stream has just connected: what happened meanwhile is fetched).
   */
  async function refresh() {
    if (loadingGeneration !== null) {
      reload();
      return;
    }
    const mine = generation;
    try {
      const page = await api.get(tenantPath(tenant, 'chats') + query(apiQuery(filters)));
      if (mine !== generation) return;
      page.items.forEach((chat) => (rows.has(chat.id) ? merge(chat) : place(chat)));
      showState();
    } catch (error) {
      if (mine === generation) showFailure(error, refresh);
    }
  }

  /** A changed chat (a chat event, an action's answer): its row follows, leaves or joins. */
  function merge(chat) {
    const entry = rows.get(chat.id);
    if (!entry) {
      if (!mayJoin(chat, '')) return;
      // a chat event carries no last message: then the row is fetched whole
      if ('last_message' in chat) place(chat);
      else fetchAndAdd(chat.id, '');
    } else {
      const merged = { ...entry.chat, ...chat };
      if (!stays(merged)) remove(chat.id);
      else if (merged.last_message_at !== entry.chat.last_message_at) place(merged);
      else draw(merged);
    }
    showState();
  }

  /** A new message: its chat moves to the top with it as the preview, or is fetched and joins. */
  function noteMessage(chatId, message) {
    const entry = rows.get(chatId);
    if (!entry) {
      fetchAndAdd(chatId, message.text);
      return;
    }
    if (moment(message.created_at) < moment(entry.chat.last_message_at)) return;
    place({ ...entry.chat, last_message_at: message.created_at,
      last_message: { author: message.author, text: (message.text || '').slice(0, PREVIEW_LENGTH),
        created_at: message.created_at } });
    showState();
  }

  function setActive(chatId) {
    active = chatId;
    list.querySelectorAll('a.chat-row').forEach((link) => {
      if (link.dataset.chatId === chatId) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
  }

  function focusActive() {
    const link = list.querySelector('a.chat-row[aria-current="true"]') || list.querySelector('a.chat-row');
    (link || filterControls.element.querySelector('input')).focus();
  }

  function showStats(stats) {
    summary.textContent = plural('inbox.waiting', stats.waiting_for_manager);
  }

  function stop() {
    generation += 1;
    observer.disconnect();
    filterControls.stop();
  }

  return { element, reload, refresh, merge, noteMessage, setActive, focusActive, showStats, stop,
    query: () => filterQuery(filters) };
}
