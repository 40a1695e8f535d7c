// The tenant's users: who may log in, as admin or manager. Admins add users, change a role or
// deactivate someone, reset a forgotten password and delete users; the server refuses what would
// leave the tenant without an active admin, and the refusal is shown at the field it names.
import { api, tenantPath } from '../api.js';
import { h, field, checkboxField, replace, notify, confirmDialog } from '../dom.js';
import { register, t } from '../i18n.js';
import { dateTime } from '../format.js';
import admin from '../i18n/admin.js';
import { submitting, loadInto, rowButton, dataTable, formDialog} from '../admin-parts.js';

register(admin);

const ROLES = ['manager', 'admin'];

export default {
  name: 'users',
  label: 'nav.users',
  needsTenant: true,
  allowed: (session) => session.administersTenant,
  render(view, context) {
    const list = h('div', { class: 'users' });
    const refresh = () => loadInto(list, () => api.get(tenantPath(context.tenant, 'users')),
      ({ items }) => replace(list, usersTable(context, items, refresh)));
    view.append(h('h1', {}, t('nav.users')),
      newUserCard(context.tenant, refresh),
      h('section', { class: 'admin-section', 'aria-labelledby': 'users-list-title' },
        h('h2', { id: 'users-list-title' }, t('users.list')), list));
    refresh();
  },
};

function roleSelect(selected) {
  return h('select', { name: 'role' },
    ROLES.map((role) => h('option', { value: role, selected: role === selected }, t(`users.role.${role}`))));
}

function passwordInput(name) {
  return h('input', { type: 'password', name, autocomplete: 'new-password' });
}

function newUserCard(tenant, refresh) {
  const form = h('form', { id: 'user-form', novalidate: true },
    h('div', { class: 'form-grid' },
      field(t('users.username'), h('input', { name: 'username', autocomplete: 'off', autocapitalize: 'off',
        spellcheck: 'false' }), t('users.username.hint')),
      field(t('users.password'), passwordInput('password'), t('users.password.hint')),
      field(t('users.role'), roleSelect('manager'), t('users.role.hint'))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('users.create'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { elements } = form;
    await submitting(form, async () => {
      const created = await api.post(tenantPath(tenant, 'users'), { username: elements.username.value.trim(),
        password: elements.password.value, role: elements.role.value });
      form.reset();
      notify(t('users.createdNotice', { name: created.username }), 'ok');
      refresh();
    });
  });
  return h('section', { class: 'card admin-section', 'aria-labelledby': 'new-user-title' },
    h('h2', { id: 'new-user-title' }, t('users.new')), form);
}

function usersTable(context, users, refresh) {
  if (users.length === 0) return h('p', { class: 'empty' }, t('users.none'));
  return dataTable(t('users.list'), [t('users.username'), t('users.role'), t('users.status'), t('users.created'),
    h('span', { class: 'visually-hidden' }, t('users.actions'))],
  users.map((user) => userRow(context, user, refresh)));
}

function userRow(context, user, refresh) {
  // a tenant user cannot change, reset or delete their own account here (the server refuses it too)
  const self = context.session.isTenantUser && context.session.userId === user.id;
  return h('tr', { 'data-user-id': user.id, 'data-username': user.username },
    h('th', { scope: 'row' }, user.username, self ? [' ', h('span', { class: 'badge badge-accent' }, t('users.you'))] : null),
    h('td', { 'data-role': user.role }, t(`users.role.${user.role}`)),
    h('td', { 'data-active': String(user.active) }, user.active
      ? h('span', { class: 'badge badge-ok' }, t('users.active'))
      : h('span', { class: 'badge' }, t('users.inactive'))),
    h('td', {}, dateTime(user.created_at)),
    h('td', { class: 'row-actions' }, self ? null : [
      h('button', { type: 'button', class: 'compact', 'data-action': 'edit',
        'aria-label': t('users.edit.named', { name: user.username }),
        onclick: () => editUser(context.tenant, user, refresh) }, t('action.edit')),
      h('button', { type: 'button', class: 'compact', 'data-action': 'password',
        'aria-label': t('users.resetPassword.named', { name: user.username }),
        onclick: () => resetPassword(context.tenant, user) }, t('users.resetPassword')),
      rowButton({ class: 'compact danger', 'data-action': 'delete',
        'aria-label': t('users.delete.named', { name: user.username }) }, t('action.delete'), async () => {
        await api.delete(tenantPath(context.tenant, 'users', user.id));
        notify(t('users.deleted', { name: user.username }), 'ok');
        refresh();
      }, () => confirmDialog(t('users.delete.confirm', { name: user.username }), t('action.delete'))),
    ]));
}

async function editUser(tenant, user, refresh) {
  const saved = await formDialog({
    name: 'edit-user',
    title: t('users.edit.title', { name: user.username }),
    fields: [
      field(t('users.role'), roleSelect(user.role), t('users.role.hint')),
      checkboxField(t('users.activeLabel'), h('input', { type: 'checkbox', name: 'active', checked: user.active }),
        t('users.active.hint')),
    ],
    submitLabel: t('action.save'),
    submit: (form) => api.patch(tenantPath(tenant, 'users', user.id), {
      role: form.elements.role.value, active: form.elements.active.checked }),
  });
  if (saved) {
    notify(t('notice.saved'), 'ok');
    refresh();
  }
}

async function resetPassword(tenant, user) {
  const done = await formDialog({
    name: 'reset-password',
    title: t('users.resetPassword.title', { name: user.username }),
    fields: [
      h('p', {}, t('users.resetPassword.about')),
      field(t('users.newPassword'), passwordInput('new_password'), t('users.password.hint')),
    ],
    submitLabel: t('users.resetPassword'),
    submit: (form) => api.post(tenantPath(tenant, 'users', user.id, 'password'),
      { new_password: form.elements.new_password.value }),
  });
  if (done) notify(t('users.passwordReset', { name: user.username }), 'ok');
}
