// The page's frame: login, the top bar (tenant, language, theme, logout), the navigation, and
// showing the screen the URL names. Screens live in ./screens and know nothing of each other.
import { h, replace, describeError } from './dom.js';
import { register, t, language, setLanguage, LANGUAGES } from './i18n.js';
import common from './i18n/common.js';
import { currentRoute, href, navigate } from './router.js';
import { loadSession, logOut } from './session.js';
import { close as closeLiveEvents } from './live.js';
import { renderLogin } from './screens/login.js';
import { SCREENS, homeScreen } from './screens/registry.js';

register(common);

const THEME_KEY = 'aggregator.theme';
const THEMES = ['auto', 'light', 'dark'];
const root = document.getElementById('app');
let session = null;
let cleanup = null;
let firstShow = true;

const systemPrefersDark = window.matchMedia('(prefers-color-scheme: dark)');

/** Sets light or dark on the page; 'auto' follows the system's choice, also when it changes. */
function applyTheme(theme) {
  const dark = theme === 'dark' || (theme === 'auto' && systemPrefersDark.matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

function storedTheme() {
  const theme = localStorage.getItem(THEME_KEY);
  return THEMES.includes(theme) ? theme : 'auto';
}

function showLogin(notice) {
  stopScreen();
  closeLiveEvents();
  session = null;
  document.title = `${t('login.title')} · ${t('app.name')}`;
  renderLogin(root, (loggedIn) => {
    session = loggedIn;
    const { screen } = currentRoute();
    if (!screen || screen === 'login') navigate(homeScreen(session));
    else show();
  }, notice);
}

function stopScreen() {
  if (typeof cleanup === 'function') cleanup();
  cleanup = null;
}

function topBar() {
  const languageSelect = h('select', { 'aria-label': t('frame.language'), class: 'compact' },
    LANGUAGES.map((code) => h('option', { value: code, selected: code === language() }, code.toUpperCase())));
  languageSelect.addEventListener('change', () => {
    setLanguage(languageSelect.value);
    show();
  });
  const themeSelect = h('select', { 'aria-label': t('frame.theme'), class: 'compact' },
    THEMES.map((theme) => h('option', { value: theme, selected: theme === storedTheme() }, t(`frame.theme.${theme}`))));
  themeSelect.addEventListener('change', () => {
    localStorage.setItem(THEME_KEY, themeSelect.value);
    applyTheme(themeSelect.value);
  });
  const who = session.isPlatformAdmin ? `${session.username} (${t('frame.platformAdmin')})`
    : `${session.username} (${t('role.' + session.role)})`;
  return h('header', { class: 'topbar' },
    h('button', { class: 'menu-toggle', type: 'button', 'aria-controls': 'navigation', 'aria-expanded': 'false',
      onclick: toggleMenu }, t('frame.menu')),
    h('a', { class: 'brand', href: href(homeScreen(session)) }, t('app.name')),
    tenantIndicator(),
    h('div', { class: 'topbar-tools' },
      h('span', { class: 'who', title: t('frame.signedInAs', { name: who }) }, who),
      languageSelect, themeSelect,
      h('button', { type: 'button', class: 'logout', onclick: onLogOut }, t('frame.logout'))));
}

function tenantIndicator() {
  const tenant = session.tenant;
  if (!session.isPlatformAdmin) return h('span', { class: 'tenant-name', 'data-tenant': tenant }, tenant);
  return h('span', { class: 'tenant-name', 'data-tenant': tenant || '' },
    `${t('frame.tenant')}: `, h('strong', {}, tenant || t('frame.noTenant')), ' ',
    h('a', { href: href('tenants'), class: 'switch-tenant' }, t('frame.switchTenant')));
}

function toggleMenu(event) {
  const nav = document.getElementById('navigation');
  const open = nav.classList.toggle('open');
  event.currentTarget.setAttribute('aria-expanded', String(open));
}

function navigation(active) {
  return h('nav', { id: 'navigation', 'aria-label': t('nav.label') },
    h('ul', {}, SCREENS.filter((screen) => screen.allowed(session)).map((screen) =>
      h('li', {}, h('a', { href: href(screen.name), 'aria-current': screen.name === active ? 'page' : false,
        'data-screen': screen.name }, t(screen.label))))));
}

async function onLogOut() {
  try {
    await logOut();
  } catch (error) {
    // the session may have ended already; the login form is what the user wants either way
  }
  showLogin();
  history.replaceState(null, '', '#/');
}

/** Shows the screen the URL names inside the frame. */
function show() {
  if (!session) return;
  stopScreen();
  document.querySelector('.skip-link').textContent = t('nav.skip');
  const route = currentRoute();
  if (!route.screen) {
    navigate(homeScreen(session));
    return;
  }
  const screen = SCREENS.find((candidate) => candidate.name === route.screen);
  const view = h('main', { id: 'main', tabindex: '-1', class: `screen screen-${route.screen}` });
  replace(root, topBar(), h('div', { class: 'layout' }, navigation(route.screen), view),
    h('div', { id: 'notices', class: 'notices', 'aria-live': 'polite' }));
  const setTitle = (title) => { document.title = `${title} · ${t('app.name')}`; };
  if (!screen) {
    setTitle(t('screen.notFound'));
    view.append(h('p', { class: 'empty' }, t('screen.notFound')));
  } else if (!screen.allowed(session)) {
    setTitle(t('screen.forbidden'));
    view.append(h('p', { class: 'empty' }, t('screen.forbidden')));
  } else if (screen.needsTenant && !session.tenant) {
    setTitle(t(screen.label));
    view.append(h('p', { class: 'empty' }, t('frame.chooseTenant'), ' ',
      h('a', { href: href('tenants') }, t('nav.tenants'))));
  } else {
    setTitle(t(screen.label));
    try {
      cleanup = screen.render(view, {
        session, tenant: session.tenant, params: route.params, query: route.query, setTitle,
        chooseTenant: (tenantId) => {
          closeLiveEvents();
          session.chooseTenant(tenantId);
        },
      });
    } catch (error) {
      view.append(h('div', { class: 'form-error', role: 'alert' }, describeError(error)));
    }
  }
  if (!firstShow) view.focus({ preventScroll: true });
  firstShow = false;
}

async function start() {
  applyTheme(storedTheme());
  systemPrefersDark.addEventListener('change', () => applyTheme(storedTheme()));
  window.addEventListener('hashchange', show);
  window.addEventListener('session-ended', () => showLogin());
  try {
    session = await loadSession();
  } catch (error) {
    replace(root, h('p', { class: 'form-error', role: 'alert' }, describeError(error)));
    return;
  }
  if (session) show();
  else showLogin();
}

start();
