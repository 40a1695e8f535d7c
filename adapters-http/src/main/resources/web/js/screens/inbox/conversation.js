// The open conversation: who the customer is and who answers them now, the actions on the chat
// (take over, give back to the bot, hide), the messages, and the reply box.
import { h, replace, field, describeError, showErrors, clearErrors, notify } from '../../dom.js';
import { t } from '../../i18n.js';
import { api, tenantPath } from '../../api.js';
import { customerName, modeBadge, channelLabel } from '../../conversation.js';
import { messageView } from './message-view.js';
import { createMessageLog } from './message-log.js';

/** The longest reply the API takes (Message.MAX_TEXT_LENGTH). */
const MAX_REPLY_LENGTH = 20000;

/** Each action on the chat: its route, its button, what is said when done, and when it applies. */
const ACTIONS = [
  { route: 'take-over', label: 'inbox.action.takeOver', done: 'inbox.notice.takenOver',
    applies: (chat) => chat.mode !== 'manager' },
  { route: 'give-back', label: 'inbox.action.giveBack', done: 'inbox.notice.givenBack',
    applies: (chat) => chat.mode !== 'bot' },
  { route: 'hide', label: 'inbox.action.hide', done: 'inbox.notice.hidden', applies: (chat) => !chat.hidden },
  { route: 'unhide', label: 'inbox.action.unhide', done: 'inbox.notice.unhidden', applies: (chat) => chat.hidden },
];

/** The actions answer the chat with an unread count of 0 whatever it is: that count is not taken. */
function withoutUnreadCount(chat) {
  const changed = { ...chat };
  delete changed.unread_count;
  return changed;
}

/**
 * The pane for one chat; it starts loading at once. onChange(chat) hears of every change to the
 * chat (whole or in part), onRead(chat) of it being marked read, onBack() of the back button (phones).
 * With focusOnLoad, the heading takes the focus once the chat is shown.
 */
export function createConversation({ tenant, session, chatId, onChange, onRead, onBack, focusOnLoad }) {
  let chat = null;
  let stopped = false;
  let reading = false;
  let readAgain = false;
  let sending = false;
  const path = (...parts) => tenantPath(tenant, 'chats', chatId, ...parts);
  const log = createMessageLog(tenant, chatId, (message) => messageView(message, chat, session));

  const back = h('button', { type: 'button', class: 'back compact', onclick: onBack }, t('inbox.back'));
  const heading = h('h2', { id: 'conversation-heading', tabindex: '-1' });
  const meta = h('p', { class: 'conversation-meta' });
  const state = h('p', { class: 'conversation-state' });
  const buttons = ACTIONS.map((action) => h('button', { type: 'button', class: 'compact',
    'data-action': action.route, onclick: () => act(action) }, t(action.label)));
  const actionError = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const textarea = h('textarea', { name: 'text', rows: '3', maxlength: MAX_REPLY_LENGTH,
    placeholder: t('inbox.reply.placeholder') });
  const send = h('button', { type: 'submit', class: 'primary' }, t('inbox.reply.send'));
  const form = h('form', { class: 'reply-form', novalidate: true, onsubmit: submit },
    field(t('inbox.reply.label'), textarea, t('inbox.reply.hint')), send);
  const body = h('div', { class: 'conversation-body', hidden: true },
    h('header', { class: 'conversation-head' },
      h('div', { class: 'conversation-title' }, heading, meta, state),
      h('div', { class: 'actions conversation-actions' }, buttons)),
    actionError, log.element, form);
  const status = h('p', { class: 'conversation-status', role: 'status' }, t('screen.loading'));
  const element = h('section', { class: 'conversation-pane', id: 'conversation', 'data-chat-id': chatId,
    'aria-labelledby': 'conversation-heading' }, back, status, body);
  textarea.addEventListener('keydown', sendOnEnter);
  const loading = load();

  /** Enter sends and Shift+Enter starts a new line, as in the messengers managers know. */
  function sendOnEnter(event) {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    form.requestSubmit();
  }

  function showChat() {
    replace(heading, customerName(chat));
    const customer = chat.customer || {};
    replace(meta, channelLabel(chat.channel),
      customer.username ? h('span', { class: 'customer-username' }, customer.username) : null,
      customer.phone ? h('span', { class: 'customer-phone' }, customer.phone) : null);
    replace(state, h('span', { class: 'visually-hidden' }, `${t('chat.mode')}: `), modeBadge(chat.mode),
      chat.hidden ? h('span', { class: 'badge hidden-badge' }, t('inbox.hidden')) : null);
    const focused = buttons.find((button) => button === document.activeElement);
    ACTIONS.forEach((action, index) => {
      buttons[index].hidden = !action.applies(chat);
    });
    // the pressed button may have gone with the change it made: the focus stays among the actions
    if (focused && focused.hidden) (buttons.find((button) => !button.hidden) || heading).focus();
  }

  function showNotFound() {
    replace(element, back, h('div', { class: 'chat-not-found', role: 'alert' },
      h('h2', { id: 'conversation-heading', tabindex: '-1' }, t('inbox.notFound.title')),
      h('p', {}, t('inbox.notFound.text'))));
  }

  function showLoadFailure(error) {
    replace(status, h('span', { class: 'form-error', role: 'alert' }, describeError(error), ' ',
      h('button', { type: 'button', class: 'link', onclick: retryLoad }, t('action.retry'))));
  }

  function retryLoad() {
    replace(status, t('screen.loading'));
    load();
  }

  async function load() {
    try {
      const found = await api.get(path());
      if (stopped) return;
      chat = found;
      const page = await api.get(path('messages'));
      if (stopped) return;
      replace(status);
      body.hidden = false;
      showChat();
      log.redraw();
      log.showNewest(page);
      onChange(chat);
      if (focusOnLoad) heading.focus();
      markRead();
    } catch (error) {
      if (stopped) return;
      if (error.status === 404) showNotFound();
      else showLoadFailure(error);
      if (focusOnLoad) element.querySelector('h2, button')?.focus();
    }
  }

  /** Marks the chat read when there is something unread and the page is seen (not a tab behind others). */
  function markRead() {
    if (chat && chat.unread_count && document.visibilityState === 'visible') readNow();
  }

  async function readNow() {
    if (reading) {
      // more came while the chat was being marked: mark it again once that answer is in
      readAgain = true;
      return;
    }
    reading = true;
    readAgain = false;
    try {
      const row = await api.post(path('read'));
      if (stopped) return;
      chat = { ...chat, unread_count: row.unread_count };
      onRead(row);
    } catch (error) {
      if (!stopped) notify(`${t('inbox.error.markRead')} ${describeError(error)}`, 'error');
    } finally {
      reading = false;
    }
    if (readAgain && !stopped) readNow();
  }

  async function act(action) {
    buttons.forEach((button) => { button.disabled = true; });
    actionError.hidden = true;
    try {
      const changed = withoutUnreadCount(await api.post(path(action.route)));
      if (stopped) return;
      chat = { ...chat, ...changed };
      showChat();
      onChange(changed);
      notify(t(action.done), 'ok');
    } catch (error) {
      if (stopped) return;
      actionError.textContent = describeError(error);
      actionError.hidden = false;
    } finally {
      buttons.forEach((button) => { button.disabled = false; });
    }
  }

  async function submit(event) {
    event.preventDefault();
    if (sending) return;
    sending = true;
    send.disabled = true;
    clearErrors(form);
    try {
      const message = await api.post(path('reply'), { text: textarea.value });
      if (stopped) return;
      textarea.value = '';
      log.add([message], { follow: true });
      // replying makes the chat the manager's: the header shows it without waiting for the event
      refreshChat();
    } catch (error) {
      if (!stopped) showErrors(form, error);
    } finally {
      sending = false;
      send.disabled = false;
    }
  }

  async function refreshChat() {
    try {
      const found = await api.get(path());
      if (stopped) return;
      onChat(found);
      onChange(found);
    } catch (error) {
      if (!stopped) notify(describeError(error), 'error');
    }
  }

  /** The chat changed (its event, or fetched again); unread messages in the open chat are read. */
  function onChat(changed) {
    if (!chat) return;
    const nameBefore = customerName(chat);
    chat = { ...chat, ...changed };
    showChat();
    if (customerName(chat) !== nameBefore) log.redraw();
    if (changed.unread_count) markRead();
  }

  /** What happened while the live stream was away: the chat and its newest messages fetched again. */
  async function refresh() {
    await loading;
    if (stopped || !chat) return;
    try {
      const page = await api.get(path('messages'));
      if (!stopped) log.add(page.items);
    } catch (error) {
      if (!stopped) notify(describeError(error), 'error');
    }
    refreshChat();
  }

  function stop() {
    stopped = true;
    log.stop();
  }

  return { element, onChat, refresh, markRead, stop, onMessage: (message) => log.add([message]) };
}
