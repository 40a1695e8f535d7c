// The tenant's AI settings in three sections: how the bot behaves (system message, handover mode,
// language, thresholds), its connection to n8n (webhooks, signing secret, requests that failed) and
// its integration keys. Every limit is shown at its field, but only the server judges the values.
import { api, tenantPath, query } from '../api.js';
import { h, field, checkboxField, replace, notify, confirmDialog, uniqueId } from '../dom.js';
import { register, t } from '../i18n.js';
import { dateTime, number } from '../format.js';
import admin from '../i18n/admin.js';
import {
  submitting, numberValue, textOrNull, loadInto, rowButton, dataTable, showSecret,
} from '../admin-parts.js';

register(admin);

const BOT_LANGUAGES = ['en', 'ru', 'es', 'fr', 'de'];
const HANDOVER_MODES = ['ask', 'immediate'];
/** The number thresholds the product acts on, with the ranges the server enforces (KnownThreshold). */
const NUMBER_THRESHOLDS = [
  { key: 'response_timeout', min: 1, max: 600, step: 1 },
  { key: 'max_responses', min: 1, max: 1000, step: 1 },
  { key: 'escalation_threshold', min: 0, max: 1, step: 0.01 },
  { key: 'faq_min_score', min: 0, max: 1, step: 0.01 },
  { key: 'reactivate_after_minutes', min: 0, max: 10080, step: 1 },
];
/** On when the tenant never set it, as the server reads it. */
const ATTACHMENT_SWITCH = 'handover_on_attachment';
const KNOWN_THRESHOLDS = new Set([...NUMBER_THRESHOLDS.map(({ key }) => key), ATTACHMENT_SWITCH]);
const HISTORY_MESSAGES = { min: 0, max: 50 };
const FAQ_CANDIDATES = { min: 0, max: 10 };
const MAX_OVERLAP_MINUTES = 10080;
const FAILED_SHOWN = 50;

export default {
  name: 'settings',
  label: 'nav.settings',
  needsTenant: true,
  allowed: (session) => session.administersTenant,
  render(view, context) {
    const tenant = context.tenant;
    view.append(h('h1', {}, t('nav.settings')),
      section('behaviour', t('settings.behaviour'), behaviourPart(tenant)),
      section('integration', t('integration.title'), integrationPart(tenant), outboxPart(tenant)),
      section('keys', t('keys.title'), keysPart(tenant)));
  },
};

function section(name, title, ...content) {
  const headingId = uniqueId('section');
  return h('section', { class: 'admin-section', 'data-section': name, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, title), content);
}

// ---- How the bot behaves -------------------------------------------------------------------------

function behaviourPart(tenant) {
  const card = h('div', { class: 'card' });
  loadInto(card, () => api.get(tenantPath(tenant, 'settings')),
    (settings) => replace(card, settingsForm(tenant, settings)));
  return card;
}

function settingsForm(tenant, initial) {
  let saved = initial;
  const others = h('div', { class: 'other-thresholds' });
  const form = h('form', { id: 'settings-form', novalidate: true },
    field(t('settings.systemMessage'), h('textarea', { name: 'system_message', rows: 8 }),
      t('settings.systemMessage.hint')),
    handoverModeField(),
    field(t('settings.language'), h('select', { name: 'language' },
      BOT_LANGUAGES.map((code) => h('option', { value: code }, t(`settings.language.${code}`)))),
    t('settings.language.hint')),
    h('fieldset', { class: 'thresholds' },
      h('legend', {}, t('settings.thresholds')),
      h('div', { class: 'threshold-grid' }, NUMBER_THRESHOLDS.map(thresholdField)),
      checkboxField(t(`settings.threshold.${ATTACHMENT_SWITCH}`),
        h('input', { type: 'checkbox', name: `thresholds.${ATTACHMENT_SWITCH}` }),
        t(`settings.threshold.${ATTACHMENT_SWITCH}.hint`)),
      others),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('action.save'))));
  fillSettings(form, others, saved);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const changes = settingsChanges(form, saved);
    if (Object.keys(changes).length === 0) {
      notify(t('settings.unchanged'));
      return;
    }
    await submitting(form, async () => {
      saved = await api.patch(tenantPath(tenant, 'settings'), changes);
      fillSettings(form, others, saved);
      notify(t('notice.saved'), 'ok');
    });
  });
  return form;
}

function handoverModeField() {
  return h('fieldset', { class: 'field choices' },
    h('legend', {}, t('settings.handoverMode')),
    HANDOVER_MODES.map((mode) => {
      const id = uniqueId('handover');
      return h('div', { class: 'choice' },
        h('input', { type: 'radio', name: 'handover_mode', value: mode, id, 'aria-describedby': `${id}-hint` }),
        h('label', { for: id }, t(`settings.handover.${mode}`)),
        h('p', { class: 'hint', id: `${id}-hint` }, t(`settings.handover.${mode}.hint`)));
    }));
}

function thresholdField({ key, min, max, step }) {
  const input = h('input', { type: 'number', name: `thresholds.${key}`, min, max, step,
    inputmode: step < 1 ? 'decimal' : 'numeric' });
  return field(t(`settings.threshold.${key}`), input,
    t(`settings.threshold.${key}.hint`, { min: number(min), max: number(max) }));
}

/** Shows saved settings in the form, and the thresholds the form does not edit, which are kept. */
function fillSettings(form, others, settings) {
  const { elements } = form;
  elements.system_message.value = settings.system_message;
  elements.handover_mode.value = settings.handover_mode;
  elements.language.value = settings.language;
  for (const { key } of NUMBER_THRESHOLDS) {
    const value = settings.thresholds[key];
    elements[`thresholds.${key}`].value = value === undefined || value === null ? '' : String(value);
  }
  elements[`thresholds.${ATTACHMENT_SWITCH}`].checked = settings.thresholds[ATTACHMENT_SWITCH] !== false;
  const unknown = Object.entries(settings.thresholds).filter(([key]) => !KNOWN_THRESHOLDS.has(key));
  replace(others, unknown.length === 0 ? null : [
    h('p', { class: 'hint' }, t('settings.otherThresholds')),
    h('dl', {}, unknown.map(([key, value]) => [h('dt', {}, key), h('dd', {}, h('code', {}, JSON.stringify(value)))])),
  ]);
}

/**
 * What the form changes, as a PATCH: only the fields that differ from what was saved, so thresholds
 * the form does not show (the tenant's AI workflow may read its own) stay as they are. An emptied
 * number removes its key, and the server's default applies again.
 */
function settingsChanges(form, saved) {
  const { elements } = form;
  const changes = {};
  for (const name of ['system_message', 'handover_mode', 'language']) {
    if (elements[name].value !== saved[name]) changes[name] = elements[name].value;
  }
  const thresholds = {};
  for (const { key } of NUMBER_THRESHOLDS) {
    const value = numberValue(elements[`thresholds.${key}`]);
    if (value !== (saved.thresholds[key] ?? null)) thresholds[key] = value;
  }
  const attachment = elements[`thresholds.${ATTACHMENT_SWITCH}`].checked;
  if (attachment !== (saved.thresholds[ATTACHMENT_SWITCH] !== false)) thresholds[ATTACHMENT_SWITCH] = attachment;
  if (Object.keys(thresholds).length > 0) changes.thresholds = thresholds;
  return changes;
}

// ---- The connection to n8n -----------------------------------------------------------------------

function integrationPart(tenant) {
  const container = h('div', { class: 'integration' });
  loadInto(container, () => api.get(tenantPath(tenant, 'integration')),
    (integration) => replace(container, integrationForm(tenant, integration), secretCard(tenant, integration)));
  return container;
}

function integrationForm(tenant, initial) {
  const updated = h('p', { class: 'hint updated' });
  const urlInput = (name) => h('input', { type: 'url', name, inputmode: 'url', spellcheck: 'false',
    autocapitalize: 'off', placeholder: 'https://' });
  const form = h('form', { id: 'integration-form', novalidate: true },
    field(t('integration.aiUrl'), urlInput('ai_webhook_url'), t('integration.aiUrl.hint')),
    field(t('integration.deliveryUrl'), urlInput('delivery_webhook_url'), t('integration.deliveryUrl.hint')),
    h('div', { class: 'threshold-grid' },
      countField('history_messages', HISTORY_MESSAGES), countField('faq_candidates', FAQ_CANDIDATES)),
    updated,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('action.save'))));
  fillIntegration(form, updated, initial);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { elements } = form;
    await submitting(form, async () => {
      const saved = await api.put(tenantPath(tenant, 'integration'), {
        ai_webhook_url: textOrNull(elements.ai_webhook_url),
        delivery_webhook_url: textOrNull(elements.delivery_webhook_url),
        history_messages: numberValue(elements.history_messages),
        faq_candidates: numberValue(elements.faq_candidates),
      });
      fillIntegration(form, updated, saved);
      notify(t('notice.saved'), 'ok');
    });
  });
  return h('div', { class: 'card' }, h('h3', {}, t('integration.webhooks')), form);
}

function countField(name, { min, max }) {
  return field(t(`integration.${name}`), h('input', { type: 'number', name, min, max, step: 1, inputmode: 'numeric' }),
    t(`integration.${name}.hint`, { min, max }));
}

function fillIntegration(form, updated, integration) {
  const { elements } = form;
  elements.ai_webhook_url.value = integration.ai_webhook_url || '';
  elements.delivery_webhook_url.value = integration.delivery_webhook_url || '';
  elements.history_messages.value = String(integration.history_messages);
  elements.faq_candidates.value = String(integration.faq_candidates);
  updated.textContent = integration.updated_at ? t('integration.updated', { when: dateTime(integration.updated_at) }) : '';
}

function secretCard(tenant, integration) {
  const status = h('p', { class: 'secret-status' });
  const revealed = h('div', { class: 'secret-reveal' });
  showSecretStatus(status, integration);
  const overlap = h('input', { type: 'number', name: 'overlap_minutes', min: 0, max: MAX_OVERLAP_MINUTES, step: 1,
    value: '0', inputmode: 'numeric' });
  const form = h('form', { id: 'secret-form', novalidate: true },
    field(t('integration.overlap'), overlap, t('integration.overlap.hint', { max: number(MAX_OVERLAP_MINUTES) })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'danger' }, t('integration.rotate'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!(await confirmDialog(t('integration.rotate.confirm'), t('integration.rotate')))) return;
    await submitting(form, async () => {
      const minutes = numberValue(overlap);
      const rotated = await api.post(tenantPath(tenant, 'integration', 'secret'),
        minutes === null ? {} : { overlap_minutes: minutes });
      showSecretStatus(status, { secret_set: true, secret_rotated_at: rotated.rotated_at,
        previous_secret_valid_until: rotated.previous_secret_valid_until });
      showSecret(revealed, { label: t('integration.newSecret'), value: rotated.secret, name: 'signing-secret' });
    });
  });
  return h('div', { class: 'card' },
    h('h3', {}, t('integration.secret')),
    h('p', { class: 'hint' }, t('integration.secret.about')),
    status, form, revealed);
}

/** Whether there is a secret, since when, and until when the one before it still verifies answers. */
function showSecretStatus(status, integration) {
  status.dataset.secretSet = String(integration.secret_set);
  if (!integration.secret_set) {
    replace(status, h('span', { class: 'badge badge-warn' }, t('integration.secret.none')),
      h('span', {}, t('integration.secret.needed')));
    return;
  }
  const rotated = integration.secret_rotated_at;
  const previousUntil = integration.previous_secret_valid_until;
  replace(status, h('span', { class: 'badge badge-ok' }, t('integration.secret.set')),
    rotated ? h('span', {}, t('integration.secret.rotatedAt', { when: dateTime(rotated) })) : null,
    previousUntil ? h('span', {}, t('integration.secret.previousUntil', { when: dateTime(previousUntil) })) : null);
}

// ---- Requests to n8n that failed for good --------------------------------------------------------

function outboxPart(tenant) {
  const body = h('div', { class: 'outbox' });
  const refresh = () => loadInto(body, () => api.get(tenantPath(tenant, 'outbox', 'failed') + query({ limit: FAILED_SHOWN })),
    ({ items }) => replace(body, items.length === 0 ? h('p', { class: 'empty' }, t('outbox.none'))
      : dataTable(t('outbox.title'), [t('outbox.kind'), t('outbox.created'), [t('outbox.attempts'), 'number'],
        t('outbox.lastError'), h('span', { class: 'visually-hidden' }, t('outbox.actions'))],
      items.map((entry) => outboxRow(tenant, entry)))));
  refresh();
  return h('div', { class: 'card' },
    h('div', { class: 'card-head' }, h('h3', {}, t('outbox.title')),
      h('button', { type: 'button', class: 'compact', onclick: refresh }, t('outbox.refresh'))),
    h('p', { class: 'hint' }, t('outbox.about')),
    body);
}

function outboxRow(tenant, entry) {
  const row = h('tr', { 'data-entry-id': entry.id },
    h('th', { scope: 'row' }, t(`outbox.kind.${entry.kind}`)),
    h('td', {}, dateTime(entry.created_at)),
    h('td', { class: 'number' }, number(entry.attempts)),
    h('td', { class: 'last-error' }, entry.last_error || '–'),
    h('td', { class: 'row-actions' }, rowButton({ 'data-action': 'retry' }, t('action.retry'), async () => {
      await api.post(tenantPath(tenant, 'outbox', entry.id, 'retry'));
      replace(row.lastElementChild, h('span', { class: 'badge badge-accent' }, t('outbox.queued')));
      notify(t('outbox.queued'), 'ok');
    })));
  return row;
}

// ---- Integration keys ----------------------------------------------------------------------------

function keysPart(tenant) {
  const list = h('div', { class: 'keys' });
  const revealed = h('div', { class: 'secret-reveal' });
  const name = h('input', { name: 'name', autocomplete: 'off' });
  const form = h('form', { id: 'key-form', novalidate: true, class: 'inline-form' },
    field(t('keys.name'), name, t('keys.name.hint')),
    h('button', { type: 'submit', class: 'primary' }, t('keys.create')));
  const refresh = () => loadInto(list, () => api.get(tenantPath(tenant, 'integration-keys')),
    ({ items }) => replace(list, items.length === 0 ? h('p', { class: 'empty' }, t('keys.none'))
      : dataTable(t('keys.title'), [t('keys.name'), t('keys.prefix'), t('keys.created'), t('keys.lastUsed'),
        t('keys.status'), h('span', { class: 'visually-hidden' }, t('keys.actions'))],
      items.map((key) => keyRow(tenant, key, refresh)))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await submitting(form, async () => {
      const created = await api.post(tenantPath(tenant, 'integration-keys'), { name: name.value });
      form.reset();
      showSecret(revealed, { label: t('keys.newKey', { name: created.name }), value: created.key,
        name: 'integration-key' });
      refresh();
    });
  });
  refresh();
  return h('div', { class: 'card' }, h('p', { class: 'hint' }, t('keys.about')), form, revealed, list);
}

function keyRow(tenant, key, refresh) {
  const revoked = Boolean(key.revoked_at);
  return h('tr', { 'data-key-id': key.id, 'data-revoked': String(revoked) },
    h('th', { scope: 'row' }, key.name),
    h('td', {}, h('code', {}, key.prefix)),
    h('td', {}, dateTime(key.created_at)),
    h('td', {}, key.last_used_at ? dateTime(key.last_used_at) : t('keys.neverUsed')),
    h('td', {}, revoked
      ? h('span', { class: 'badge badge-danger' }, t('keys.revokedAt', { when: dateTime(key.revoked_at) }))
      : h('span', { class: 'badge badge-ok' }, t('keys.active'))),
    h('td', { class: 'row-actions' }, revoked ? null : rowButton({ class: 'compact danger', 'data-action': 'revoke',
      'aria-label': t('keys.revoke.named', { name: key.name }) }, t('keys.revoke'), async () => {
      await api.post(tenantPath(tenant, 'integration-keys', key.id, 'revoke'));
      notify(t('keys.revoked', { name: key.name }), 'ok');
      refresh();
    }, () => confirmDialog(t('keys.revoke.confirm', { name: key.name }), t('keys.revoke')))));
}
