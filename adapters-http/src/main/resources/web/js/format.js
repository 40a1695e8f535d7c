// Dates and numbers as the user reads them: in the browser's time zone and the page's language.
import { language } from './i18n.js';

function locale() {
  return language() === 'ru' ? 'ru-RU' : 'en-GB';
}

/** '27 Nov 2026, 14:05' in the user's time zone. */
export function dateTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The time alone for today's moments, else the date: what a chat list shows. */
export function shortMoment(iso) {
  if (!iso) return '';
  const moment = new Date(iso);
  const today = new Date();
  const sameDay = moment.toDateString() === today.toDateString();
  const options = sameDay ? { timeStyle: 'short' } : { dateStyle: 'short' };
  return new Intl.DateTimeFormat(locale(), options).format(moment);
}

/** A calendar day ('2026-11-27', as the API's dashboard days are) in the page's language. */
export function day(isoDay) {
  const [year, month, date] = isoDay.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, date)));
}

export function number(value, options) {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(locale(), options).format(value);
}

export function percent(fraction) {
  if (fraction === null || fraction === undefined) return '–';
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

/** The user's time zone, as shown next to times ('Europe/Berlin'). */
export function timeZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
