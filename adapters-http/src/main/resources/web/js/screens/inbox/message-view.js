// One message of a conversation as the manager sees it: who wrote it and how, when, its text and
// files, and for what goes out to the customer where its delivery stands.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';
import { dateTime, shortMoment, number } from '../../format.js';
import { authorLabel, deliveryBadge, isWebAddress } from '../../conversation.js';

/** The look of a message: the customer's on one side, what goes out on the other, the system's apart. */
function kind(message) {
  if (message.author === 'customer') return 'incoming';
  if (message.author === 'system') return 'system';
  return 'outgoing';
}

function attachmentView(attachment) {
  const name = attachment.name || attachment.reference || t('inbox.attachment.unnamed');
  const size = attachment.size_bytes ? ` (${number(Math.ceil(attachment.size_bytes / 1024))} KB)` : '';
  const reference = attachment.reference || '';
  const target = isWebAddress(reference)
    ? h('a', { href: reference, target: '_blank', rel: 'noopener noreferrer' }, name)
    : h('span', { class: 'attachment-name', title: reference || false }, name);
  return h('li', { class: 'attachment', 'data-type': attachment.type },
    h('span', { class: 'badge' }, attachment.type || t('inbox.attachment.file')), ' ', target, size);
}

/** The message as a list item of the conversation's log. */
export function messageView(message, chat, session) {
  const attachments = message.attachments || [];
  return h('li', { class: `message message-${kind(message)}`, 'data-message-id': message.id,
    'data-author': message.author, 'data-source': message.source || false },
  h('div', { class: 'message-meta' },
    h('span', { class: 'message-author' }, authorLabel(message, chat, session)),
    h('time', { datetime: message.created_at, title: dateTime(message.created_at) }, shortMoment(message.created_at))),
  message.text ? h('p', { class: 'message-text' }, message.text) : null,
  attachments.length ? h('ul', { class: 'attachments', 'aria-label': t('inbox.attachments') },
    attachments.map(attachmentView)) : null,
  message.delivery ? deliveryBadge(message.delivery) : null);
}
