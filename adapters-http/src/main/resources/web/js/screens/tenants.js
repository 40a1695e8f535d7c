// The platform admin's tenant directory: create tenants, rename them, set their rate limit, suspend,
// reactivate and delete them, and choose the tenant to work in, without logging out. The API filters
// by status and pages by id; it has no search, so the search box filters the tenants loaded so far.
import { api, query } from '../api.js';
import { h, field, replace, notify, confirmDialog } from '../dom.js';
import { register, t } from '../i18n.js';
import { dateTime, number } from '../format.js';
import { navigate, replaceQuery } from '../router.js';
import admin from '../i18n/admin.js';
import {
  submitting, numberValue, loadInto, rowButton, dataTable, formDialog,
} from '../admin-parts.js';

register(admin);

const TENANTS = '/api/v1/tenants';
const PAGE = 100;
const STATUSES = ['active', 'suspended'];
const MAX_RATE_LIMIT = 100000;

export default {
  name: 'tenants',
  label: 'nav.tenants',
  needsTenant: false,
  allowed: (session) => session.isPlatformAdmin,
  render(view, context) {
    const directory = new Directory(context);
    view.append(h('h1', {}, t('nav.tenants')), newTenantCard(context, () => directory.reload()), directory.element);
    directory.reload();
  },
};

function tenantPathOf(id, ...parts) {
  return [TENANTS, encodeURIComponent(id), ...parts].join('/');
}

/** Works in the tenant: the frame shows it in the top bar once the dashboard is shown. */
function workIn(context, id, screen = 'dashboard') {
  context.chooseTenant(id);
  navigate(screen);
}

// ---- Creating a tenant ---------------------------------------------------------------------------

function newTenantCard(context, reload) {
  const created = h('div', { class: 'created-tenant', role: 'status' });
  const form = h('form', { id: 'tenant-form', novalidate: true },
    h('div', { class: 'form-grid' },
      field(t('tenants.id'), h('input', { name: 'tenant_id', autocomplete: 'off', autocapitalize: 'off',
        spellcheck: 'false' }), t('tenants.id.hint')),
      field(t('tenants.name'), h('input', { name: 'display_name', autocomplete: 'off' }), t('tenants.name.hint')),
      rateLimitField(null)),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('tenants.create'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { elements } = form;
    await submitting(form, async () => {
      const rate = numberValue(elements.rate_limit_per_minute);
      const tenant = await api.post(TENANTS, { tenant_id: elements.tenant_id.value.trim(),
        display_name: elements.display_name.value, ...(rate === null ? {} : { rate_limit_per_minute: rate }) });
      form.reset();
      replace(created, t('tenants.created', { id: tenant.tenant_id }), ' ',
        h('button', { type: 'button', class: 'compact', 'data-action': 'first-admin',
          onclick: () => workIn(context, tenant.tenant_id, 'users') }, t('tenants.addFirstAdmin')));
      reload();
    });
  });
  return h('section', { class: 'card admin-section', 'aria-labelledby': 'new-tenant-title' },
    h('h2', { id: 'new-tenant-title' }, t('tenants.new')), form, created);
}

function rateLimitField(value) {
  return field(t('tenants.rateLimit'), h('input', { type: 'number', name: 'rate_limit_per_minute', min: 1,
    max: MAX_RATE_LIMIT, step: 1, inputmode: 'numeric', value: value === null ? '' : String(value) }),
  t('tenants.rateLimit.hint', { max: number(MAX_RATE_LIMIT) }));
}

// ---- The directory -------------------------------------------------------------------------------

/** The tenants loaded so far (one status, or all), the search over them, and the table. */
class Directory {
  constructor(context) {
    this.context = context;
    this.items = [];
    this.next = null;
    this.status = STATUSES.includes(context.query.get('status')) ? context.query.get('status') : '';
    this.search = context.query.get('q') || '';
    this.table = h('div', { class: 'tenant-table' });
    this.count = h('p', { class: 'hint', role: 'status' });
    this.more = h('div', { class: 'actions load-more' });
    this.element = h('section', { class: 'admin-section', 'aria-labelledby': 'tenants-list-title' },
      h('h2', { id: 'tenants-list-title' }, t('tenants.list')), this.toolbar(), this.count, this.table, this.more);
  }

  toolbar() {
    const search = h('input', { type: 'search', name: 'q', value: this.search, autocomplete: 'off' });
    search.addEventListener('input', () => {
      this.search = search.value;
      this.remember();
      this.show();
    });
    const status = h('select', { name: 'status' },
      h('option', { value: '' }, t('tenants.status.all')),
      STATUSES.map((code) => h('option', { value: code, selected: code === this.status }, t(`tenants.status.${code}`))));
    status.addEventListener('change', () => {
      this.status = status.value;
      this.remember();
      this.reload();
    });
    return h('div', { class: 'toolbar', role: 'search' },
      field(t('tenants.search'), search, t('tenants.search.hint')),
      field(t('tenants.status'), status));
  }

  remember() {
    replaceQuery({ q: this.search.trim(), status: this.status });
  }

  reload() {
    this.items = [];
    this.next = null;
    replace(this.more);
    loadInto(this.table, () => this.fetchPage(), () => this.show());
  }

  async fetchPage() {
    const page = await api.get(TENANTS + query({ status: this.status, cursor: this.next, limit: PAGE }));
    this.items.push(...page.items);
    this.next = page.next_cursor;
  }

  async loadMore() {
    await this.fetchPage();
    this.show();
  }

  /** The loaded tenants that match the search (and the status, which an action may have changed). */
  visible() {
    const words = this.search.trim().toLowerCase();
    return this.items.filter((tenant) => (!this.status || tenant.status === this.status)
      && (!words || tenant.tenant_id.includes(words) || tenant.display_name.toLowerCase().includes(words)));
  }

  show() {
    const shown = this.visible();
    this.count.textContent = t('tenants.count', { shown: number(shown.length), loaded: number(this.items.length) })
      + (this.next ? ' ' + t('tenants.count.more') : '');
    replace(this.table, shown.length === 0
      ? h('p', { class: 'empty' }, this.items.length === 0 ? t('tenants.none') : t('tenants.noMatch'))
      : dataTable(t('tenants.list'), [t('tenants.id'), t('tenants.name'), t('tenants.status'),
        [t('tenants.rateLimit'), 'number'], t('tenants.createdAt'),
        h('span', { class: 'visually-hidden' }, t('tenants.actions'))],
      shown.map((tenant) => this.row(tenant))));
    replace(this.more, this.next
      ? rowButton({ 'data-action': 'load-more' }, t('action.loadMore'), () => this.loadMore())
      : null);
  }

  replaceItem(changed) {
    this.items = this.items.map((tenant) => (tenant.tenant_id === changed.tenant_id ? changed : tenant));
    this.show();
  }

  row(tenant) {
    const id = tenant.tenant_id;
    const current = this.context.session.tenant === id;
    const named = (key) => t(key, { name: id });
    return h('tr', { 'data-tenant-id': id, 'data-status': tenant.status, class: current ? 'current' : null,
      'aria-current': current ? 'true' : null },
    h('th', { scope: 'row' }, h('code', {}, id),
      current ? [' ', h('span', { class: 'badge badge-accent', 'data-current': 'true' }, t('tenants.current'))] : null),
    h('td', {}, tenant.display_name),
    h('td', {}, tenant.status === 'active'
      ? h('span', { class: 'badge badge-ok' }, t('tenants.status.active'))
      : h('span', { class: 'badge badge-warn' }, t('tenants.status.suspended'))),
    h('td', { class: 'number' }, tenant.rate_limit_per_minute === null ? t('tenants.rateLimit.default')
      : number(tenant.rate_limit_per_minute)),
    h('td', {}, dateTime(tenant.created_at)),
    h('td', { class: 'row-actions' },
      h('button', { type: 'button', class: 'compact primary', 'data-action': 'switch',
        'aria-label': named('tenants.workIn.named'), onclick: () => workIn(this.context, id) }, t('tenants.workIn')),
      h('button', { type: 'button', class: 'compact', 'data-action': 'edit', 'aria-label': named('tenants.edit.named'),
        onclick: () => this.edit(tenant) }, t('action.edit')),
      tenant.status === 'active'
        ? rowButton({ 'data-action': 'suspend', 'aria-label': named('tenants.suspend.named') }, t('tenants.suspend'),
          () => this.changeStatus(id, 'suspend'),
          () => confirmDialog(named('tenants.suspend.confirm'), t('tenants.suspend')))
        : rowButton({ 'data-action': 'reactivate', 'aria-label': named('tenants.reactivate.named') },
          t('tenants.reactivate'), () => this.changeStatus(id, 'reactivate')),
      h('button', { type: 'button', class: 'compact danger', 'data-action': 'delete',
        'aria-label': named('tenants.delete.named'), onclick: () => this.delete(tenant) }, t('action.delete'))));
  }

  async changeStatus(id, action) {
    const changed = await api.post(tenantPathOf(id, action));
    notify(t(`tenants.${action}.done`, { name: id }), 'ok');
    this.replaceItem(changed);
  }

  async edit(tenant) {
    let changed = null;
    await formDialog({
      name: 'edit-tenant',
      title: t('tenants.edit.title', { name: tenant.tenant_id }),
      fields: [
        field(t('tenants.name'), h('input', { name: 'display_name', value: tenant.display_name, autocomplete: 'off' }),
          t('tenants.name.hint')),
        rateLimitField(tenant.rate_limit_per_minute),
      ],
      submitLabel: t('action.save'),
      submit: async (form) => {
        const rate = numberValue(form.elements.rate_limit_per_minute);
        changed = await api.patch(tenantPathOf(tenant.tenant_id), { display_name: form.elements.display_name.value,
          ...(rate === null ? { reset_rate_limit: true } : { rate_limit_per_minute: rate }) });
      },
    });
    if (changed) {
      notify(t('notice.saved'), 'ok');
      this.replaceItem(changed);
    }
  }

  async delete(tenant) {
    const id = tenant.tenant_id;
    const deleted = await formDialog({
      name: 'delete-tenant',
      title: t('tenants.delete.title', { name: id }),
      fields: [
        h('p', { class: 'warning' }, t('tenants.delete.warning', { name: tenant.display_name })),
        field(t('tenants.delete.confirmLabel', { id }), h('input', { name: 'confirm', autocomplete: 'off',
          autocapitalize: 'off', spellcheck: 'false' })),
      ],
      submitLabel: t('tenants.delete.submit'),
      danger: true,
      submit: (form) => api.post(tenantPathOf(id, 'delete'), { confirm: form.elements.confirm.value.trim() }),
    });
    if (!deleted) return;
    notify(t('tenants.deleted', { name: id }), 'ok');
    if (this.context.session.tenant === id) {
      // the page must not keep working in a tenant that is gone; showing the screen again updates the top bar
      this.context.chooseTenant(null);
      navigate('tenants');
      return;
    }
    this.items = this.items.filter((item) => item.tenant_id !== id);
    this.show();
  }
}
