// The tenant's dashboard: its numbers for a range of UTC days (summary tiles, messages by day and
// source, handovers by reason, time to the first answer, the FAQs that answered most), and its
// counters since the start from the tenant's row of the overview.
import { h, replace, describeError } from '../dom.js';
import { register, t, plural } from '../i18n.js';
import { api, tenantPath, query } from '../api.js';
import { replaceQuery } from '../router.js';
import * as format from '../format.js';
import { horizontalBarChart, lineChart, logScale } from '../charts.js';
import {
  rangeFromQuery, rangeQuery, rangeDates, rangePicker, section, tiles, sum, messagesChart, SOURCES,
} from '../stats.js';
import dictionary from '../i18n/dashboard.js';

register(dictionary);

/** The answer-time chart's ticks: a second to a day, the API's buckets' range. */
const TIME_TICKS = [1, 10, 60, 600, 3600, 86400];
const ANSWER_TIME_SERIES = [
  ['botMedian', 'bot', 'median_at_most_seconds', 1, false],
  ['botP90', 'bot', 'p90_at_most_seconds', 1, true],
  ['managerMedian', 'manager', 'median_at_most_seconds', 4, false],
  ['managerP90', 'manager', 'p90_at_most_seconds', 4, true],
];

/** Seconds in the largest unit that fits: '30 sec', '2 min', '4 hr', '1 day'. */
function seconds(value) {
  const [amount, unit] = value < 60 ? [value, 'second'] : value < 3600 ? [value / 60, 'minute']
    : value < 86400 ? [value / 3600, 'hour'] : [value / 86400, 'day'];
  return format.number(amount, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
}

/** A time to the first answer: '≤ 2 min', 'over a day' (Infinity), '–' when nothing was timed (null). */
function atMost(value) {
  if (value === null || value === undefined) return '–';
  if (!Number.isFinite(value)) return t('duration.overADay');
  return t('duration.atMost', { value: seconds(value) });
}

/**
 * One of the API's answer times (the upper bound of its bucket) as atMost reads it: null when no
 * answer was timed, Infinity when answers were timed and the bound is null (beyond a day).
 */
function bound(time, fieldName) {
  if (!time || !time.answers) return null;
  return time[fieldName] === null ? Infinity : time[fieldName];
}

function timeOf(times, responder) {
  return times.find((time) => time.responder === responder) || { responder, answers: 0 };
}

function handoversByReason(days) {
  const reasons = new Map();
  for (const day of days) {
    for (const [reason, count] of Object.entries(day.handovers_by_reason)) {
      reasons.set(reason, (reasons.get(reason) || 0) + count);
    }
  }
  return [...reasons].sort((a, b) => b[1] - a[1]);
}

/** The bot's and the managers' first answers as a tile: the median, with the 90th percentile below. */
function answerTimeTile(key, label, time) {
  return { key, label, value: atMost(bound(time, 'median_at_most_seconds')),
    hint: t('dashboard.tile.firstAnswer.hint', { p90: atMost(bound(time, 'p90_at_most_seconds')),
      answers: plural('dashboard.answersTimed', time.answers) }) };
}

function summary(dashboard, messageCount, handovers) {
  const totals = dashboard.totals;
  const botAnswers = totals.faq_answers + totals.ai_answers + totals.fallbacks;
  return tiles([
    { key: 'messages', label: t('dashboard.tile.messages'), value: format.number(messageCount),
      hint: t('dashboard.tile.messages.hint', { customers: format.number(totals.customer_messages),
        bot: format.number(botAnswers), managers: format.number(totals.manager_messages) }) },
    { key: 'customer-messages', label: t('dashboard.tile.customerMessages'),
      value: format.number(totals.customer_messages) },
    { key: 'active-chats', label: t('dashboard.tile.activeChats'), value: format.number(totals.active_chats),
      hint: t('dashboard.tile.activeChats.hint') },
    { key: 'handovers', label: t('dashboard.tile.handovers'), value: format.number(handovers),
      hint: t('dashboard.tile.handovers.hint', { count: format.number(sum(dashboard.days, 'returned_to_bot')) }) },
    { key: 'faq-hit-rate', label: t('dashboard.tile.faqHitRate'), value: format.percent(dashboard.faq_hit_rate),
      hint: t('dashboard.tile.faqHitRate.hint') },
    { key: 'bot-resolution-rate', label: t('dashboard.tile.resolution'),
      value: format.percent(dashboard.bot_resolution_rate), hint: t('dashboard.tile.resolution.hint') },
    answerTimeTile('bot-first-answer', t('dashboard.tile.botFirstAnswer'),
      timeOf(dashboard.time_to_first_answer, 'bot')),
    answerTimeTile('manager-first-answer', t('dashboard.tile.managerFirstAnswer'),
      timeOf(dashboard.time_to_first_answer, 'manager')),
    { key: 'failed-deliveries', label: t('dashboard.tile.failed'), value: format.number(totals.failed_deliveries),
      hint: t('dashboard.tile.failed.hint'), tone: totals.failed_deliveries > 0 ? 'danger' : undefined },
  ]);
}

function handoversSection(days) {
  const reasons = handoversByReason(days);
  const content = reasons.length === 0 ? h('p', { class: 'empty' }, t('dashboard.handovers.none'))
    : horizontalBarChart({
      name: 'handovers',
      title: t('dashboard.handovers'),
      description: t('dashboard.handovers.description'),
      categoryHeader: t('chart.reason'),
      categories: reasons.map(([reason]) => ({ key: reason, label: reasonLabel(reason) })),
      series: [{ key: 'handovers', label: t('dashboard.tile.handovers'), values: reasons.map(([, count]) => count) }],
      formatValue: format.number,
    });
  return section('handovers', t('dashboard.handovers'), content);
}

/** A reason's words; a reason this page does not know yet shows as its code. */
function reasonLabel(reason) {
  const key = `reason.${reason}`;
  const label = t(key);
  return label === key ? reason : label;
}

function answerTimesSection(dashboard) {
  const timed = dashboard.time_to_first_answer.some((time) => time.answers > 0);
  const content = !timed ? h('p', { class: 'empty' }, t('dashboard.answerTimes.none'))
    : lineChart({
      name: 'answer-times',
      title: t('dashboard.answerTimes'),
      description: t('dashboard.answerTimes.description'),
      categoryHeader: t('chart.day'),
      categories: dashboard.days.map((day) => ({ key: day.day, label: format.day(day.day) })),
      series: ANSWER_TIME_SERIES.map(([key, responder, fieldName, tone, dashed]) => ({
        key, label: t(`dashboard.answerTimes.${key}`), tone, dashed,
        values: dashboard.days.map((day) => bound(timeOf(day.time_to_first_answer, responder), fieldName)),
      })),
      scale: logScale(TIME_TICKS),
      formatValue: atMost,
      formatTick: seconds,
    });
  return section('answer-times', t('dashboard.answerTimes'), content);
}

function topFaqsSection(dashboard) {
  const faqAnswers = dashboard.totals.faq_answers;
  const content = dashboard.top_faqs.length === 0 ? h('p', { class: 'empty' }, t('dashboard.topFaqs.none'))
    : h('div', { class: 'table-wrap' }, h('table', { class: 'top-faqs' },
      h('caption', { class: 'visually-hidden' }, t('dashboard.topFaqs')),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('dashboard.topFaqs.question')),
        h('th', { scope: 'col', class: 'number' }, t('dashboard.topFaqs.hits')),
        h('th', { scope: 'col', class: 'number' }, t('dashboard.topFaqs.share')))),
      h('tbody', {}, dashboard.top_faqs.map((faq) => h('tr', { 'data-faq': faq.faq_id },
        h('th', { scope: 'row' }, faq.question ?? h('span', { class: 'empty' }, t('dashboard.topFaqs.deleted'))),
        h('td', { class: 'number' }, format.number(faq.hits)),
        h('td', { class: 'number' }, format.percent(faqAnswers > 0 ? faq.hits / faqAnswers : null)))))));
  return section('top-faqs', t('dashboard.topFaqs'), content);
}

/** Everything the range shows; an empty state instead of charts when nothing happened. */
function rangeContent(dashboard) {
  const messageCount = SOURCES.reduce((total, [, fieldName]) => total + dashboard.totals[fieldName], 0);
  const handovers = sum(dashboard.days, 'handovers');
  const quiet = messageCount === 0 && handovers === 0 && dashboard.totals.active_chats === 0
    && dashboard.totals.failed_deliveries === 0;
  const heading = h('h2', { id: 'dashboard-summary-heading', class: 'visually-hidden' }, t('dashboard.summary'));
  const overviewOfRange = h('section', { class: 'dashboard-summary', 'aria-labelledby': heading.id }, heading,
    summary(dashboard, messageCount, handovers));
  if (quiet) {
    return [overviewOfRange, h('p', { class: 'empty card dashboard-empty', 'data-empty': 'range' },
      t('dashboard.empty', { from: format.day(dashboard.from), to: format.day(dashboard.to) }))];
  }
  return [overviewOfRange,
    section('messages', t('messages.title'), messagesChart(dashboard.days, t('messages.description'))),
    h('div', { class: 'dashboard-pair' }, handoversSection(dashboard.days), answerTimesSection(dashboard)),
    topFaqsSection(dashboard)];
}

/** The tenant's counters since the start, from its row of the overview. */
function allTimeContent(tenant) {
  return [
    tiles([
      { key: 'all-chats', label: t('dashboard.allTime.chats'), value: format.number(tenant.total_chats) },
      { key: 'all-messages', label: t('dashboard.allTime.messages'), value: format.number(tenant.total_messages) },
      { key: 'all-faqs', label: t('dashboard.allTime.faqs'), value: format.number(tenant.total_faqs) },
      { key: 'all-users', label: t('dashboard.allTime.users'), value: format.number(tenant.total_users) },
    ]),
    h('p', { class: 'hint' }, `${t('dashboard.allTime.handoverMode')}: ${t('handoverMode.' + tenant.handover_mode)}. `,
      t('dashboard.allTime.settingsChanged', { when: format.dateTime(tenant.last_updated) })),
  ];
}

function statusBadge(status) {
  return h('span', { class: `badge ${status === 'active' ? 'badge-ok' : 'badge-warn'}`, 'data-status': status },
    t('status.' + status));
}

export default {
  name: 'dashboard',
  label: 'nav.dashboard',
  needsTenant: true,
  allowed: (session) => session.administersTenant,
  render(view, context) {
    let range = rangeFromQuery(context.query);
    let latest = 0;
    const heading = h('h1', {}, t('nav.dashboard'));
    const identity = h('p', { class: 'dashboard-identity' }, h('code', {}, context.tenant));
    const results = h('div', { class: 'dashboard-results' });
    const allTime = h('div', { class: 'dashboard-all-time' }, h('p', { class: 'empty' }, t('screen.loading')));
    const picker = rangePicker(range, (chosen) => {
      range = chosen;
      replaceQuery(rangeQuery(range));
      load();
    });
    view.append(heading, identity, picker.element, results,
      section('all-time', t('dashboard.allTime'), allTime));

    // a later range replaces an earlier one still on its way, so answers arriving late are dropped
    async function load() {
      latest += 1;
      const request = latest;
      picker.busy();
      results.setAttribute('aria-busy', 'true');
      try {
        const dashboard = await api.get(tenantPath(context.tenant, 'dashboard') + query(rangeDates(range)));
        if (request !== latest) return;
        picker.showRange(dashboard.from, dashboard.to);
        replace(results, rangeContent(dashboard));
      } catch (error) {
        if (request === latest) picker.showError(error);
      } finally {
        if (request === latest) results.removeAttribute('aria-busy');
      }
    }

    async function loadTenant() {
      try {
        const tenant = await api.get(tenantPath(context.tenant, 'overview'));
        heading.textContent = t('dashboard.titleOf', { name: tenant.display_name });
        context.setTitle(heading.textContent);
        replace(identity, h('code', {}, tenant.tenant_id), ' ', statusBadge(tenant.status));
        replace(allTime, allTimeContent(tenant));
      } catch (error) {
        replace(allTime, h('p', { class: 'form-error', role: 'alert' }, describeError(error)));
      }
    }

    load();
    loadTenant();
  },
};
