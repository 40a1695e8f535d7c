// "Try the bot": the admin writes as a customer on the built-in web channel and watches what the
// bot does with it (an FAQ answer, the AI's later answer, the handover question, the switch to a
// manager) live, as the inbox shows the same chat.
import { api, tenantPath, query } from '../api.js';
import { h, replace, field, showErrors, clearErrors, describeError, notify } from '../dom.js';
import { register, t } from '../i18n.js';
import { dateTime, shortMoment } from '../format.js';
import { href } from '../router.js';
import { subscribe } from '../live.js';
import dictionary from '../i18n/faqs.js';
import { modeBadge, modeLabel, deliveryBadge, position, isOutdated } from '../conversation.js';

register(dictionary);

const HISTORY_LIMIT = 50;
const SOURCE_BADGES = { faq: 'badge-ok', ai: 'badge-accent', fallback: 'badge-warn', system: '' };

/** The admin's try-the-bot chat is their own, so it is remembered per tenant and user, for this tab. */
function storageKey(tenant, session) {
  return `aggregator.tryBot.${tenant}.${session.userId}`;
}

/** Where a bot or system message came from; none for what the customer or a manager wrote. */
function sourceOf(message) {
  if (message.author === 'system') return 'system';
  return message.author === 'bot' ? message.source : null;
}

function sourceBadge(message) {
  const source = sourceOf(message);
  if (!source) return null;
  return h('span', { class: `badge try-bot-source ${SOURCE_BADGES[source] || ''}` },
    h('span', { class: 'visually-hidden' }, `${t('tryBot.source')}: `), t(`tryBot.source.${source}`));
}

function deliveryNote(message) {
  return message.delivery ? h('span', { class: 'try-bot-delivery' }, deliveryBadge(message.delivery)) : null;
}

function messageItem(message) {
  return h('li', { class: `try-bot-message from-${message.author}`, 'data-message-id': message.id,
    'data-author': message.author, 'data-source': sourceOf(message) || '' },
  h('div', { class: 'try-bot-meta' },
    h('span', { class: 'try-bot-author' }, t(`tryBot.author.${message.author}`)), sourceBadge(message),
    h('time', { datetime: message.created_at, title: dateTime(message.created_at) }, shortMoment(message.created_at)),
    deliveryNote(message)),
  h('p', { class: 'try-bot-text' }, message.text));
}

/**
 * The conversation, oldest at the top. Messages come from pages and live events in any order and
 * more than once; each is kept once, by id, and placed by its time.
 */
function conversationLog() {
  const messages = new Map();
  const list = h('ol', { class: 'try-bot-log', role: 'log', 'aria-label': t('tryBot.conversation'), tabindex: '0' });
  const empty = h('p', { class: 'empty try-bot-empty' }, t('tryBot.empty'));

  function upsert(message) {
    const known = messages.get(message.id);
    // a page read before an event must not undo what the event brought
    const chosen = known && isOutdated(message, known.message) ? known.message : message;
    const item = messageItem(chosen);
    if (known) {
      known.item.replaceWith(item);
    } else {
      const at = position(chosen);
      const later = [...list.children].find((shown) => position(messages.get(shown.dataset.messageId).message) > at);
      list.insertBefore(item, later || null);
      list.scrollTop = list.scrollHeight;
    }
    messages.set(chosen.id, { message: chosen, item });
    empty.hidden = true;
  }

  function clear() {
    messages.clear();
    replace(list);
    empty.hidden = false;
  }

  return { element: h('div', { class: 'try-bot-conversation' }, empty, list), upsert, clear };
}

/** Who answers the chat now, with what that means for the admin trying it. */
function modeIndicator() {
  const badge = h('span', { class: 'try-bot-mode-value' });
  const hint = h('p', { class: 'hint try-bot-mode-hint', hidden: true });
  const element = h('div', { class: 'try-bot-mode', hidden: true },
    h('p', {}, `${t('tryBot.mode')}: `, badge), hint);
  let current = null;

  function show(mode) {
    if (mode === current) return;
    const announce = current !== null;
    current = mode;
    element.hidden = false;
    element.dataset.mode = mode;
    replace(badge, modeBadge(mode));
    hint.hidden = mode === 'bot';
    hint.textContent = mode === 'bot' ? '' : t(`tryBot.hint.${mode}`);
    if (announce) notify(t('tryBot.mode.changed', { mode: modeLabel(mode) }));
  }

  function reset() {
    current = null;
    element.hidden = true;
  }

  return { element, show, reset };
}

export default {
  name: 'try-bot',
  label: 'nav.tryBot',
  needsTenant: true,
  allowed: (session) => session.isTenantAdmin,
  render(view, { session, tenant }) {
    const key = storageKey(tenant, session);
    const log = conversationLog();
    const mode = modeIndicator();
    const inboxLink = h('a', { class: 'try-bot-inbox', hidden: true }, t('tryBot.openInInbox'));
    const failure = h('div', { class: 'form-error', role: 'alert', hidden: true });
    const text = h('textarea', { name: 'text', rows: 3, class: 'try-bot-input' });
    const send = h('button', { type: 'submit', class: 'primary' }, t('tryBot.send'));
    const form = h('form', { novalidate: true, class: 'try-bot-form' },
      field(t('tryBot.message'), text, t('tryBot.message.hint')), h('div', { class: 'actions' }, send));
    let chatId = sessionStorage.getItem(key);
    let stopped = false;

    function useChat(id) {
      chatId = id;
      if (id) sessionStorage.setItem(key, id);
      else sessionStorage.removeItem(key);
      inboxLink.hidden = !id;
      if (id) inboxLink.href = href('inbox', [id]);
    }

    /** The chat's mode and latest page again: on opening, after sending, and when events were missed. */
    async function reload() {
      if (!chatId) return;
      const id = chatId;
      try {
        const [chat, page] = await Promise.all([api.get(tenantPath(tenant, 'chats', id)),
          api.get(tenantPath(tenant, 'chats', id, 'messages') + query({ limit: HISTORY_LIMIT }))]);
        if (stopped || id !== chatId) return;
        failure.hidden = true;
        mode.show(chat.mode);
        page.items.forEach(log.upsert);
      } catch (error) {
        if (stopped) return;
        if (error.status === 404) {
          // the remembered chat is gone: the next message starts a new one
          useChat(null);
          log.clear();
          mode.reset();
          return;
        }
        failure.textContent = describeError(error);
        failure.hidden = false;
      }
    }

    function onEvent(type, body) {
      if (!chatId) return;
      if ((type === 'message' || type === 'delivery') && body.chat_id === chatId) log.upsert(body.message);
      else if (type === 'chat' && body.id === chatId) mode.show(body.mode);
      else if (type === 'reset' || type === 'ready') reload();
    }

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      send.disabled = true;
      try {
        const receipt = await api.post(tenantPath(tenant, 'try-bot', 'messages'), { text: text.value });
        text.value = '';
        if (receipt.chat_id !== chatId) useChat(receipt.chat_id);
        mode.show(receipt.mode);
        if (receipt.bot_reply) log.upsert(receipt.bot_reply);
        await reload();
      } catch (error) {
        showErrors(form, error);
      } finally {
        send.disabled = false;
        text.focus();
      }
    });
    // Enter sends as in a messenger; Shift+Enter, and Enter while an input method composes, do not
    text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        if (!send.disabled) form.requestSubmit();
      }
    });

    view.append(h('h1', {}, t('nav.tryBot')), h('p', { class: 'hint' }, t('tryBot.intro')),
      h('section', { class: 'card try-bot-panel', 'aria-label': t('tryBot.conversation') },
        h('div', { class: 'try-bot-head' }, mode.element, inboxLink),
        failure, log.element, form));
    useChat(chatId);
    reload();
    const unsubscribe = subscribe(tenant, onEvent);
    return () => {
      stopped = true;
      unsubscribe();
    };
  },
};
