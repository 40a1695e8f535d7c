// The overview of all tenants for the platform admin: the platform's totals, every tenant's
// counters in a sortable, paged table (each with a way into that tenant's dashboard), and the
// activity of all tenants by UTC day.
import { h, replace, describeError } from '../dom.js';
import { register, t } from '../i18n.js';
import { api, query } from '../api.js';
import { navigate, replaceQuery } from '../router.js';
import * as format from '../format.js';
import {
  rangeFromQuery, rangeQuery, rangeDates, rangePicker, section, tiles, messagesChart, daysBetween, SOURCES,
} from '../stats.js';
import dictionary from '../i18n/dashboard.js';

register(dictionary);

const PAGE_SIZE = 25;

/**
 * The table's columns: sort (the API's sort code, when the column sorts) and firstOrder (how a click
 * on a new column sorts: names A to Z, numbers and dates largest first, as one usually wants them).
 */
const COLUMNS = [
  { key: 'tenant_id', sort: 'tenant_id', firstOrder: 'asc', cell: (row) => h('code', {}, row.tenant_id) },
  { key: 'display_name', sort: 'display_name', firstOrder: 'asc', cell: (row) => [row.display_name, ' ',
    h('span', { class: `badge ${row.status === 'active' ? 'badge-ok' : 'badge-warn'}`, 'data-status': row.status },
      t('status.' + row.status))] },
  { key: 'chats', sort: 'chats', firstOrder: 'desc', number: true, cell: (row) => format.number(row.total_chats) },
  { key: 'messages', sort: 'messages', firstOrder: 'desc', number: true,
    cell: (row) => format.number(row.total_messages) },
  { key: 'faqs', sort: 'faqs', firstOrder: 'desc', number: true, cell: (row) => format.number(row.total_faqs) },
  { key: 'users', sort: 'users', firstOrder: 'desc', number: true, cell: (row) => format.number(row.total_users) },
  { key: 'last_updated', sort: 'last_updated', firstOrder: 'desc', cell: (row) => format.dateTime(row.last_updated) },
];

/** The table's state from the URL: a known sort column, asc or desc, a page from 1. */
function tableStateFromQuery(params) {
  const sortable = COLUMNS.some((column) => column.sort && column.sort === params.get('sort'));
  const sort = sortable ? params.get('sort') : 'tenant_id';
  const order = params.get('order') === 'desc' ? 'desc' : 'asc';
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  return { sort, order, page };
}

function totalsTiles(page) {
  return tiles([
    { key: 'tenants', label: t('overview.tenants'), value: format.number(page.total) },
    { key: 'chats', label: t('overview.chats'), value: format.number(page.totals.chats) },
    { key: 'messages', label: t('overview.messages'), value: format.number(page.totals.messages) },
    { key: 'faqs', label: t('overview.faqs'), value: format.number(page.totals.faqs) },
    { key: 'users', label: t('overview.users'), value: format.number(page.totals.users) },
  ]);
}

/** The platform's days: the API leaves out the days without activity, the chart shows every day. */
function everyDay(activity) {
  const known = new Map(activity.days.map((day) => [day.day, day]));
  const zero = Object.fromEntries(SOURCES.map(([, fieldName]) => [fieldName, 0]));
  return daysBetween(activity.from, activity.to).map((day) => known.get(day) || { ...zero, day });
}

/** The sortable, paged table of tenants; onWorkIn(row) opens a tenant. */
function tenantTable(initial, onChangeState, onWorkIn) {
  let state = initial;
  const caption = h('caption', { class: 'visually-hidden' });
  const headers = COLUMNS.map((column) => {
    const label = t(`overview.column.${column.key}`);
    if (!column.sort) return h('th', { scope: 'col', 'data-column': column.key }, label);
    return h('th', { scope: 'col', 'data-column': column.key, class: column.number ? 'number' : null },
      h('button', { type: 'button', class: 'sort', onclick: () => sortBy(column) },
        label, h('span', { class: 'sort-arrow', 'aria-hidden': 'true' })));
  });
  const body = h('tbody', {});
  const table = h('table', { class: 'overview-table' }, caption,
    h('thead', {}, h('tr', {}, headers, h('th', { scope: 'col' },
      h('span', { class: 'visually-hidden' }, t('overview.column.actions'))))),
    body);
  const error = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const position = h('p', { class: 'overview-position', role: 'status' });
  const previous = h('button', { type: 'button', class: 'compact', 'data-page': 'previous',
    onclick: () => goTo(state.page - 1) }, t('overview.previous'));
  const next = h('button', { type: 'button', class: 'compact', 'data-page': 'next',
    onclick: () => goTo(state.page + 1) }, t('overview.next'));
  const paging = h('nav', { class: 'overview-paging', 'aria-label': t('overview.pages') }, previous, position, next);

  function sortBy(column) {
    const order = state.sort === column.sort ? (state.order === 'asc' ? 'desc' : 'asc') : column.firstOrder;
    onChangeState({ sort: column.sort, order, page: 1 });
  }

  function goTo(page) {
    onChangeState({ ...state, page });
  }

  function row(tenant) {
    return h('tr', { 'data-tenant': tenant.tenant_id },
      COLUMNS.map((column, index) => h(index === 0 ? 'th' : 'td', {
        scope: index === 0 ? 'row' : null, class: column.number ? 'number' : null, 'data-column': column.key,
      }, column.cell(tenant))),
      h('td', {}, h('button', { type: 'button', class: 'compact work-in', 'data-tenant': tenant.tenant_id,
        'aria-label': t('overview.workIn.label', { name: tenant.display_name }), onclick: () => onWorkIn(tenant) },
      t('overview.workIn'))));
  }

  /** Marks the column the rows are sorted by (aria-sort) once the rows in that order are shown. */
  function markSort() {
    for (const header of headers) {
      const column = COLUMNS.find((candidate) => candidate.key === header.dataset.column);
      const sorted = column.sort === state.sort;
      if (sorted) header.setAttribute('aria-sort', state.order === 'asc' ? 'ascending' : 'descending');
      else header.removeAttribute('aria-sort');
      const arrow = header.querySelector('.sort-arrow');
      if (arrow) arrow.textContent = !sorted ? '' : state.order === 'asc' ? ' ▲' : ' ▼';
    }
    caption.textContent = t('overview.caption', { column: t(`overview.column.${state.sort}`),
      order: t(state.order === 'asc' ? 'overview.ascending' : 'overview.descending') });
    table.dataset.sort = `${state.sort} ${state.order}`;
  }

  return {
    element: h('div', {}, error, h('div', { class: 'table-wrap' }, table), paging),
    busy() {
      table.setAttribute('aria-busy', 'true');
    },
    show(shownState, page) {
      state = shownState;
      error.hidden = true;
      table.removeAttribute('aria-busy');
      replace(body, page.items.length ? page.items.map(row)
        : h('tr', {}, h('td', { colspan: COLUMNS.length + 1, class: 'empty' }, t('overview.none'))));
      markSort();
      table.dataset.offset = String(page.offset);
      const first = page.items.length ? page.offset + 1 : 0;
      position.textContent = t('overview.position', { first: format.number(first),
        last: format.number(page.offset + page.items.length), total: format.number(page.total) });
      previous.disabled = page.offset === 0;
      next.disabled = page.offset + page.items.length >= page.total;
    },
    showError(failure) {
      table.removeAttribute('aria-busy');
      error.textContent = describeError(failure);
      error.hidden = false;
    },
  };
}

export default {
  name: 'overview',
  label: 'nav.overview',
  needsTenant: false,
  allowed: (session) => session.isPlatformAdmin,
  render(view, context) {
    let tableState = tableStateFromQuery(context.query);
    let range = rangeFromQuery(context.query);
    let latestPage = 0;
    let latestActivity = 0;
    const totals = h('div', {}, h('p', { class: 'empty' }, t('screen.loading')));
    const table = tenantTable(tableState, (state) => {
      tableState = state;
      remember();
      loadPage();
    }, (tenant) => {
      context.chooseTenant(tenant.tenant_id);
      navigate('dashboard');
    });
    const activity = h('div', { class: 'overview-activity' });
    const picker = rangePicker(range, (chosen) => {
      range = chosen;
      remember();
      loadActivity();
    });
    view.append(h('h1', {}, t('nav.overview')),
      section('totals', t('overview.totals'), totals),
      section('tenants', t('overview.tenants'), table.element),
      section('activity', t('overview.activity'), picker.element, activity));

    function remember() {
      replaceQuery({ ...rangeQuery(range), sort: tableState.sort, order: tableState.order,
        page: tableState.page > 1 ? tableState.page : undefined });
    }

    // as on the dashboard, only the answer to the latest request is shown
    async function loadPage() {
      latestPage += 1;
      const request = latestPage;
      const state = tableState;
      table.busy();
      try {
        const page = await api.get('/api/v1/overview' + query({ sort: state.sort, order: state.order,
          limit: PAGE_SIZE, offset: (state.page - 1) * PAGE_SIZE }));
        if (request !== latestPage) return;
        if (page.items.length === 0 && state.page > 1) {
          // a bookmarked page past the end, now that there are fewer tenants: the first page instead
          tableState = { ...state, page: 1 };
          remember();
          loadPage();
          return;
        }
        table.show(state, page);
        replace(totals, totalsTiles(page));
      } catch (error) {
        if (request === latestPage) table.showError(error);
      }
    }

    async function loadActivity() {
      latestActivity += 1;
      const request = latestActivity;
      picker.busy();
      activity.setAttribute('aria-busy', 'true');
      try {
        const platform = await api.get('/api/v1/dashboard' + query(rangeDates(range)));
        if (request !== latestActivity) return;
        picker.showRange(platform.from, platform.to);
        const messages = SOURCES.reduce((total, [, fieldName]) => total + platform.totals[fieldName], 0);
        replace(activity, messages === 0
          ? h('p', { class: 'empty', 'data-empty': 'activity' }, t('overview.activity.empty',
            { from: format.day(platform.from), to: format.day(platform.to) }))
          : messagesChart(everyDay(platform), t('overview.activity.description')));
      } catch (error) {
        if (request === latestActivity) picker.showError(error);
      } finally {
        if (request === latestActivity) activity.removeAttribute('aria-busy');
      }
    }

    loadPage();
    loadActivity();
  },
};
