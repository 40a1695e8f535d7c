// A conversation's messages in time order: the newest page first, older pages as the user scrolls up
// (or presses the button), and live ones as they come, each message once however often it arrives.
import { h, replace, describeError } from '../../dom.js';
import { t } from '../../i18n.js';
import { api, tenantPath, query } from '../../api.js';
import { position, isOutdated } from '../../conversation.js';

/** Closer to the end than this, the log follows new messages; further up, the reader keeps their place. */
const FOLLOW_DISTANCE_PX = 80;

/** The log of one chat; render(message) makes a message's element. */
export function createMessageLog(tenant, chatId, render) {
  const entries = new Map();
  let older = null;
  let loadingOlder = false;
  let stopped = false;
  const list = h('ol', { class: 'messages' });
  const olderButton = h('button', { type: 'button', class: 'load-older', hidden: true, onclick: loadOlder },
    t('inbox.loadOlder'));
  const failure = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const element = h('div', { class: 'message-scroll', role: 'log', tabindex: '0',
    'aria-label': t('inbox.messages') }, olderButton, failure, list);
  // The top of the history coming into view loads the page before it.
  const observer = new IntersectionObserver((seen) => {
    if (seen.some((entry) => entry.isIntersecting)) loadOlder();
  }, { root: element, rootMargin: '100px' });
  observer.observe(olderButton);
  // A log read at its end stays at its end when it changes size (a phone turned, the window resized).
  let atEnd = true;
  element.addEventListener('scroll', () => { atEnd = nearEnd(); });
  const resizes = new ResizeObserver(() => {
    if (atEnd) scrollToEnd();
  });
  resizes.observe(element);

  function nearEnd() {
    return element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_DISTANCE_PX;
  }

  function scrollToEnd() {
    element.scrollTop = element.scrollHeight;
  }

  /** Shows the message in its place by time, or draws it anew where it is. */
  function put(message) {
    const shown = entries.get(message.id);
    if (shown && isOutdated(message, shown.message)) return;
    const item = render(message);
    entries.set(message.id, { message, element: item });
    if (shown) {
      shown.element.replaceWith(item);
      return;
    }
    const at = position(message);
    const earlier = [...list.children].reverse()
      .find((other) => position(entries.get(other.dataset.messageId).message) <= at);
    if (earlier) earlier.after(item);
    else list.prepend(item);
  }

  function showOlderState() {
    olderButton.hidden = !older;
    // observing again reports where the button is now: a short history loads the page before at once
    observer.unobserve(olderButton);
    observer.observe(olderButton);
  }

  function showFailure(error, retry) {
    replace(failure, describeError(error), ' ',
      h('button', { type: 'button', class: 'link', onclick: retry }, t('action.retry')));
    failure.hidden = false;
  }

  async function loadOlder() {
    if (!older || loadingOlder || stopped) return;
    loadingOlder = true;
    failure.hidden = true;
    try {
      const page = await api.get(tenantPath(tenant, 'chats', chatId, 'messages') + query({ before: older }));
      if (stopped) return;
      // keep what the reader looks at in place while the older messages go in above it
      const fromEnd = element.scrollHeight - element.scrollTop;
      page.items.forEach(put);
      element.scrollTop = element.scrollHeight - fromEnd;
      older = page.next_cursor;
      showOlderState();
    } catch (error) {
      if (!stopped) showFailure(error, loadOlder);
    } finally {
      loadingOlder = false;
    }
  }

  /** The newest page, as the chat opens: shown from its end. */
  function showNewest(page) {
    page.items.forEach(put);
    older = page.next_cursor;
    scrollToEnd();
    showOlderState();
  }

  /** Messages that came meanwhile (live, or fetched again); the log follows them when it was at its end. */
  function add(messages, { follow = false } = {}) {
    const following = follow || atEnd;
    messages.forEach(put);
    if (following) scrollToEnd();
  }

  /** Draws every message anew (the customer's name they show has changed). */
  function redraw() {
    entries.forEach((entry) => {
      const item = render(entry.message);
      entry.element.replaceWith(item);
      entry.element = item;
    });
  }

  function stop() {
    stopped = true;
    observer.disconnect();
    resizes.disconnect();
  }

  return { element, showNewest, add, redraw, stop };
}
