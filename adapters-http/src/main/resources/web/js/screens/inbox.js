// The inbox, where managers spend their day: the chat list and the open conversation side by side
// (one at a time on a phone), kept current by the tenant's live events. The tab's title counts the
// unread customer messages, so a manager working in another tab sees when someone writes.
import { h, replace, describeError, notify } from '../dom.js';
import { register, t } from '../i18n.js';
import dictionary from '../i18n/inbox.js';
import { api, tenantPath } from '../api.js';
import { href } from '../router.js';
import { subscribe } from '../live.js';
import { createChatList } from './inbox/chat-list.js';
import { createConversation } from './inbox/conversation.js';
import { filtersFromQuery } from './inbox/filters.js';

register(dictionary);

const PHONE_WIDTH = '(max-width: 720px)';

function placeholder() {
  return h('section', { class: 'conversation-pane conversation-empty', 'aria-label': t('inbox.conversation') },
    h('p', { class: 'empty' }, t('inbox.choose')));
}

function render(view, context) {
  const { tenant, session, setTitle } = context;
  let stopped = false;
  let openId = context.params[0] || null;
  let conversation = null;
  const list = createChatList({ tenant, filters: filtersFromQuery(context.query), activeId: openId,
    onOpen: (chatId) => {
      if (chatId === openId) return;
      history.pushState(null, '', href('inbox', [chatId], list.query()));
      openChat(chatId);
    },
    onFiltersChanged: () => history.replaceState(null, '', href('inbox', openId ? [openId] : [], list.query())) });
  const slot = h('div', { class: 'conversation-slot' });
  const inbox = h('div', { class: 'inbox', 'data-pane': 'list' }, list.element, slot);
  view.append(inbox);

  /** Opens a chat in the conversation pane; the URL is the caller's business. */
  function openChat(chatId) {
    if (conversation) conversation.stop();
    openId = chatId;
    list.setActive(chatId);
    inbox.dataset.pane = 'conversation';
    const phone = window.matchMedia(PHONE_WIDTH).matches;
    conversation = createConversation({ tenant, session, chatId, onChange: list.merge, onRead: afterRead,
      onBack: backToList, focusOnLoad: phone });
    replace(slot, conversation.element);
  }

  /** The phone's back button: the list again, with the chat that was open focused. */
  function backToList() {
    history.pushState(null, '', href('inbox', [], list.query()));
    if (conversation) conversation.stop();
    conversation = null;
    openId = null;
    inbox.dataset.pane = 'list';
    replace(slot, placeholder());
    list.focusActive();
    list.setActive(null);
  }

  // the server announces the read chat and the new numbers to every manager of the tenant
  function afterRead(chat) {
    list.merge(chat);
  }

  function showStats(stats) {
    list.showStats(stats);
    const unread = stats.unread_messages;
    setTitle(unread ? `(${unread}) ${t('nav.inbox')}` : t('nav.inbox'));
  }

  async function loadStats() {
    try {
      const stats = await api.get(tenantPath(tenant, 'stats'));
      if (!stopped) showStats(stats);
    } catch (error) {
      if (!stopped) notify(`${t('inbox.error.stats')} ${describeError(error)}`, 'error');
    }
  }

  const onEvent = {
    message: ({ chat_id: chatId, message }) => {
      list.noteMessage(chatId, message);
      if (chatId === openId) conversation.onMessage(message);
    },
    // a delivery may come before the message's own event: the conversation then shows the message
    delivery: ({ chat_id: chatId, message }) => {
      if (chatId === openId) conversation.onMessage(message);
    },
    chat: (chat) => {
      list.merge(chat);
      if (chat.id === openId) conversation.onChat(chat);
    },
    stats: showStats,
    // events were missed: everything shown is loaded again
    reset: () => {
      list.reload();
      if (openId) openChat(openId);
      loadStats();
    },
    // the stream is (again) connected: what happened before it was is fetched once
    ready: () => {
      // marks the view as listening: what the browser tests wait for before customers write
      inbox.dataset.live = 'ready';
      list.refresh();
      if (conversation) conversation.refresh();
      loadStats();
    },
  };

  // listening starts before the first load, so nothing that happens while it loads is missed
  const unsubscribe = subscribe(tenant, (type, body) => {
    if (!stopped && onEvent[type]) onEvent[type](body);
  });
  const onVisible = () => {
    if (conversation) conversation.markRead();
  };
  document.addEventListener('visibilitychange', onVisible);

  list.reload();
  if (openId) openChat(openId);
  else replace(slot, placeholder());
  loadStats();

  return () => {
    stopped = true;
    unsubscribe();
    document.removeEventListener('visibilitychange', onVisible);
    list.stop();
    if (conversation) conversation.stop();
  };
}

export default {
  name: 'inbox',
  label: 'nav.inbox',
  needsTenant: true,
  allowed: (session) => session.isTenantUser,
  render,
};
