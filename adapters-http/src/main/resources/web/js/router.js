// Screens are addressed by the hash ('#/inbox/<chat id>?mode=manager'), so every screen has a URL
// that can be bookmarked or reloaded, and the server serves one page.

/** The current route: the screen's name, the path parts after it and the query. */
export function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = hash.split('?');
  const [screen = '', ...params] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { screen, params, query: new URLSearchParams(search) };
}

/** '#/faqs?q=wifi' from ('faqs', [], { q: 'wifi' }). */
export function href(screen, params = [], queryValues = {}) {
  const path = [screen, ...params].map(encodeURIComponent).join('/');
  const search = new URLSearchParams(Object.entries(queryValues).filter(([, v]) => v !== undefined && v !== '' && v !== null))
    .toString();
  return `#/${path}${search ? '?' + search : ''}`;
}

export function navigate(screen, params, queryValues) {
  const target = href(screen, params, queryValues);
  if (location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = target;
}

/** Changes the query of the current screen without showing it again (filters, search). */
export function replaceQuery(queryValues) {
  const { screen, params } = currentRoute();
  history.replaceState(null, '', href(screen, params, queryValues));
}
