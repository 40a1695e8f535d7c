// Who is logged in, and which tenant the page works in: a tenant user's own, or for the platform
// admin the tenant chosen on the Tenants page (kept in this browser, switchable without logging out).
import { api } from './api.js';

const TENANT_KEY = 'aggregator.tenant';

export class Session {
  constructor(me) {
    this.kind = me.kind;
    this.username = me.username;
    this.userId = me.user_id;
    this.role = me.role;
    this.ownTenant = me.tenant_id;
  }

  get isPlatformAdmin() {
    return this.kind === 'platform_admin';
  }

  get isTenantUser() {
    return this.kind === 'tenant_user';
  }

  get isTenantAdmin() {
    return this.isTenantUser && this.role === 'admin';
  }

  /** May administer the current tenant: its admin, or the platform admin once a tenant is chosen. */
  get administersTenant() {
    return this.isTenantAdmin || this.isPlatformAdmin;
  }

  /** The tenant the page works in, or null for a platform admin who has not chosen one. */
  get tenant() {
    return this.isPlatformAdmin ? localStorage.getItem(TENANT_KEY) : this.ownTenant;
  }

  chooseTenant(tenantId) {
    if (!this.isPlatformAdmin) return;
    if (tenantId) localStorage.setItem(TENANT_KEY, tenantId);
    else localStorage.removeItem(TENANT_KEY);
  }
}

/** The current session, or null when nobody is logged in. */
export async function loadSession() {
  try {
    return new Session(await api.get('/api/v1/session'));
  } catch (error) {
    if (error.status === 401) return null;
    throw error;
  }
}

export async function logIn(tenantId, username, password) {
  const answer = await api.post('/api/v1/session', { tenant_id: tenantId || null, username, password });
  return new Session(answer.user);
}

export async function logOut() {
  await api.delete('/api/v1/session');
}
