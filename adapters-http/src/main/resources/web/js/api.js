// The only way the page talks to the server: the public JSON API under /api/v1, with the session
// cookie (sent by the browser) and, on every write, the CSRF token copied from its readable cookie.

const CSRF_COOKIE = 'aggregator_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** A failed request: the HTTP status (0 when the server was not reached) and its problem+json body. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** The messages the server gave per field, as [{field, message}]. */
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

function csrfToken() {
  const pair = document.cookie.split('; ').find((c) => c.startsWith(CSRF_COOKIE + '='));
  return pair ? decodeURIComponent(pair.substring(CSRF_COOKIE.length + 1)) : '';
}

/**
 * Sends a request and answers the parsed JSON body (null for 204). A body that is a string is sent
 * as is with the given content type (CSV imports); anything else as JSON. A 401 also tells the page
 * that the session has ended, so it can show the login again.
 */
export async function request(method, path, body, { contentType = 'application/json', accept } = {}) {
  const headers = { Accept: accept || 'application/json, application/problem+json' };
  if (!SAFE_METHODS.has(method)) headers['X-CSRF-Token'] = csrfToken();
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
    payload = typeof body === 'string' ? body : JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (failure) {
    throw new ApiError(0, { title: 'Network error', detail: String(failure.message || failure) });
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const parsed = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    const problem = parsed && typeof parsed === 'object' ? parsed : { title: response.statusText, detail: parsed };
    if (response.status === 401 && path !== '/api/v1/session') {
      window.dispatchEvent(new CustomEvent('session-ended'));
    }
    throw new ApiError(response.status, problem);
  }
  return parsed;
}

export const api = {
  get: (path, options) => request('GET', path, undefined, options),
  post: (path, body, options) => request('POST', path, body === undefined ? {} : body, options),
  put: (path, body) => request('PUT', path, body),
  patch: (path, body) => request('PATCH', path, body),
  delete: (path) => request('DELETE', path),
};

/** The path of a tenant's resource, each part escaped: tenantPath('shop', 'chats', id). */
export function tenantPath(tenant, ...parts) {
  return ['/api/v1/tenants', tenant, ...parts].map((part, index) => (index === 0 ? part : encodeURIComponent(part)))
    .join('/');
}

/** A query string from the defined, non-empty values of an object: '?a=1&b=x' or ''. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? '?' + text : '';
}
