// The tenant's live events over one EventSource per page: 'message', 'delivery', 'chat', 'stats',
// and 'reset' when events were missed (the listener then reloads what it shows). EventSource
// reconnects by itself and sends the last event id, so nothing is missed across short drops.
import { tenantPath } from './api.js';

const EVENT_TYPES = ['message', 'delivery', 'chat', 'stats', 'reset', 'ready'];
let source = null;
let sourceTenant = null;
const listeners = new Set();

function open(tenant) {
  close();
  sourceTenant = tenant;
  source = new EventSource(tenantPath(tenant, 'events'));
  for (const type of EVENT_TYPES) {
    source.addEventListener(type, (event) => {
      const body = event.data ? JSON.parse(event.data) : {};
      listeners.forEach((listener) => listener(type, body));
    });
  }
}

/** Stops the stream (on logout or when switching tenants). */
export function close() {
  if (source) source.close();
  source = null;
  sourceTenant = null;
}

/**
 * Calls listener(type, body) for each of the tenant's events until the returned function is
 * called. The stream opens with the first listener and stays open while the user is in the tenant.
 */
export function subscribe(tenant, listener) {
  if (sourceTenant !== tenant) open(tenant);
  listeners.add(listener);
  return () => listeners.delete(listener);
}
