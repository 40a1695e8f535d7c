// A conversation as the pages show it: how customers, modes, channels, authors and deliveries are
// named in the page's language, and in what order messages go. Shared by the inbox and the
// try-the-bot panel, so both always say the same.
import { h } from './dom.js';
import { register, t } from './i18n.js';
import dictionary from './i18n/conversation.js';

register(dictionary);

export const KNOWN_CHANNELS = ['telegram', 'whatsapp', 'instagram', 'web'];
const MODE_BADGES = { bot: 'badge-accent', awaiting_confirmation: 'badge-warn', manager: 'badge-ok' };
const DELIVERY_BADGES = { pending: 'badge-warn', sent: 'badge-ok', failed: 'badge-danger', not_sent: 'badge-danger' };

/** The best name the chat has for its customer. */
export function customerName(chat) {
  const customer = chat.customer || {};
  return customer.display_name || customer.username || customer.phone || chat.channel_chat_id
    || t('chat.customer.unknown');
}

/** The badge telling who answers the chat now: the bot, the bot waiting for a yes or no, a manager. */
export function modeBadge(mode) {
  return h('span', { class: `badge mode-badge ${MODE_BADGES[mode] || ''}`, 'data-mode': mode }, modeLabel(mode));
}

export function modeLabel(mode) {
  return t(`chat.mode.${mode}`);
}

/** The channel as a short mark (a letter in a coloured square) and its name. */
export function channelLabel(channel) {
  const known = KNOWN_CHANNELS.includes(channel);
  return h('span', { class: 'channel', 'data-channel': known ? channel : 'other' },
    h('span', { class: 'channel-mark', 'aria-hidden': 'true' }, channel.charAt(0).toUpperCase()),
    h('span', { class: 'channel-name' }, channelName(channel)));
}

/** A known channel by its proper name; any other connector by its own code. */
export function channelName(channel) {
  return KNOWN_CHANNELS.includes(channel) ? t(`chat.channel.${channel}`) : channel;
}

/**
 * Who wrote a message, as its label says: the customer by name, the bot with where its answer came
 * from (FAQ, AI, fallback), a manager (you, when it was you), or the system.
 */
export function authorLabel(message, chat, session) {
  switch (message.author) {
    case 'customer':
      return chat ? customerName(chat) : t('chat.author.customer');
    case 'bot':
      return message.source ? t(`chat.author.bot.${message.source}`) : t('chat.author.bot');
    case 'manager':
      return message.author_user_id && message.author_user_id === session.userId
        ? t('chat.author.you') : t('chat.author.manager');
    default:
      return t('chat.author.system');
  }
}

/** The author of a list row's last message, as a word before its text. */
export function previewAuthor(author) {
  return t(`chat.preview.${author}`);
}

/** An outgoing message's delivery: a badge with its status, and why it failed when it did. */
export function deliveryBadge(delivery) {
  const error = delivery.error || '';
  return h('span', { class: 'delivery', 'data-status': delivery.status },
    h('span', { class: `badge ${DELIVERY_BADGES[delivery.status] || ''}`, title: error || false },
      t(`chat.delivery.${delivery.status}`)),
    error ? h('span', { class: 'delivery-error' }, error) : null);
}

/** Only web addresses become links: any other reference (a file id of a channel) stays text. */
export function isWebAddress(reference) {
  try {
    const url = new URL(reference);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch (notAnAddress) {
    return false;
  }
}

/**
 * A moment as sortable text, to the microsecond the server keeps (Date drops all but milliseconds).
 * The API writes times in UTC ('…:05.123456Z'), so the text padded to nanoseconds sorts as time does.
 */
function preciseTime(iso) {
  const [, seconds, fraction = ''] = /^(.*?)(?:\.(\d+))?Z$/.exec(iso || '') || ['', iso || ''];
  return `${seconds}.${fraction.padEnd(9, '0')}`;
}

/** A message's place in its chat as the server orders them: the time it was stored, then its id. */
export function position(message) {
  return `${preciseTime(message.created_at)} ${message.id}`;
}

/**
 * Whether an arriving copy is older news than the one shown: a message comes with its event, with
 * the answer to a reply and with each delivery change, in no promised order.
 */
export function isOutdated(arriving, shown) {
  if (!shown.delivery || !arriving.delivery) return !arriving.delivery && Boolean(shown.delivery);
  return preciseTime(arriving.delivery.updated_at) < preciseTime(shown.delivery.updated_at);
}
