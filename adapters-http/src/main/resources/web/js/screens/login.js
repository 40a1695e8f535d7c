// The login form: tenant, username and password (no tenant for the platform admin).
import { h, field, describeError } from '../dom.js';
import { t } from '../i18n.js';
import { logIn } from '../session.js';

/** Shows the form in the container and calls onLoggedIn(session) after a successful login. */
export function renderLogin(container, onLoggedIn, notice) {
  const tenant = h('input', { name: 'tenant_id', autocomplete: 'organization', spellcheck: 'false',
    autocapitalize: 'off', value: localStorage.getItem('aggregator.lastTenant') || '' });
  const username = h('input', { name: 'username', autocomplete: 'username', required: true,
    autocapitalize: 'off', spellcheck: 'false' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password',
    required: true });
  const message = h('div', { class: 'form-error', role: 'alert', hidden: !notice }, notice || '');
  const submit = h('button', { type: 'submit', class: 'primary' }, t('login.submit'));
  const form = h('form', { class: 'login-form', novalidate: true },
    h('h1', {}, t('login.title')),
    message,
    field(t('login.tenant'), tenant, t('login.tenant.hint')),
    field(t('login.username'), username),
    field(t('login.password'), password),
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.hidden = true;
    submit.disabled = true;
    try {
      const session = await logIn(tenant.value.trim(), username.value.trim(), password.value);
      localStorage.setItem('aggregator.lastTenant', tenant.value.trim());
      onLoggedIn(session);
    } catch (error) {
      message.textContent = error.status === 401 ? t('login.failed')
        : error.status === 429 ? t('login.throttled') : describeError(error);
      message.hidden = false;
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });
  container.replaceChildren(h('main', { id: 'main', class: 'login-page' }, h('div', { class: 'login-card' },
    h('p', { class: 'brand' }, t('app.name')), form)));
  (tenant.value ? username : tenant).focus();
}
