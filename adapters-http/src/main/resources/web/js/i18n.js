// The UI's words in English and Russian. Each part of the page registers its own dictionary
// ({ en: {...}, ru: {...} }); a key missing in Russian falls back to English, and a key missing in
// both shows as itself, which the browser tests would catch on screen.

export const LANGUAGES = ['en', 'ru'];
const STORAGE_KEY = 'aggregator.language';
const dictionaries = { en: {}, ru: {} };
let current = initialLanguage();

function initialLanguage() {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (LANGUAGES.includes(stored)) return stored;
  const preferred = (navigator.languages || [navigator.language || 'en']).map((tag) => tag.slice(0, 2));
  return preferred.find((tag) => LANGUAGES.includes(tag)) || 'en';
}

export function register(dictionary) {
  for (const language of LANGUAGES) Object.assign(dictionaries[language], dictionary[language] || {});
}

export function language() {
  return current;
}

export function setLanguage(language) {
  if (!LANGUAGES.includes(language)) return;
  current = language;
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}

/** t('inbox.unread', { count: 3 }): the text for a key, with {name} placeholders filled. */
export function t(key, values = {}) {
  const text = dictionaries[current][key] ?? dictionaries.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/**
 * A count with the right plural form: plural('inbox.chats', 5) reads the keys 'inbox.chats.one',
 * '.few', '.many' and '.other' as the language's rules choose (Russian has three forms).
 */
export function plural(key, count) {
  const form = new Intl.PluralRules(current).select(count);
  const specific = `${key}.${form}`;
  const chosen = dictionaries[current][specific] ?? dictionaries.en[specific] ? specific : `${key}.other`;
  return t(chosen, { count });
}

document.documentElement.lang = current;
