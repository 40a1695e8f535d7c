// How the inbox names things: customers, modes, channels, authors and deliveries, in the page's
// language. Shared by the chat list and the conversation so both always say the same.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';

export const KNOWN_CHANNELS = ['telegram', 'whatsapp', 'instagram', 'web'];
const MODE_BADGES = { bot: 'badge-accent', awaiting_confirmation: 'badge-warn', manager: 'badge-ok' };
const DELIVERY_BADGES = { pending: 'badge-warn', sent: 'badge-ok', failed: 'badge-danger', not_sent: 'badge-danger' };

/** The best name the chat has for its customer. */
export function customerName(chat) {
  const customer = chat.customer || {};
  return customer.display_name || customer.username || customer.phone || chat.channel_chat_id
    || t('inbox.customer.unknown');
}

/** The badge telling who answers the chat now: the bot, the bot waiting for a yes or no, a manager. */
export function modeBadge(mode) {
  return h('span', { class: `badge mode-badge ${MODE_BADGES[mode] || ''}`, 'data-mode': mode }, modeLabel(mode));
}

export function modeLabel(mode) {
  return t(`inbox.mode.${mode}`);
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
  return KNOWN_CHANNELS.includes(channel) ? t(`inbox.channel.${channel}`) : channel;
}

/**
 * Who wrote a message, as its label says: the customer by name, the bot with where its answer came
 * from (FAQ, AI, fallback), a manager (you, when it was you), or the system.
 */
export function authorLabel(message, chat, session) {
  switch (message.author) {
    case 'customer':
      return chat ? customerName(chat) : t('inbox.author.customer');
    case 'bot':
      return message.source ? t(`inbox.author.bot.${message.source}`) : t('inbox.author.bot');
    case 'manager':
      return message.author_user_id && message.author_user_id === session.userId
        ? t('inbox.author.you') : t('inbox.author.manager');
    default:
      return t('inbox.author.system');
  }
}

/** The author of a list row's last message, as a word before its text. */
export function previewAuthor(author) {
  return t(`inbox.preview.${author}`);
}

/** An outgoing message's delivery: a badge with its status, and why it failed when it did. */
export function deliveryBadge(delivery) {
  const error = delivery.error || '';
  return h('span', { class: 'delivery', 'data-status': delivery.status },
    h('span', { class: `badge ${DELIVERY_BADGES[delivery.status] || ''}`, title: error || false },
      t(`inbox.delivery.${delivery.status}`)),
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
