// Every screen of the application, in navigation order. A screen is
// { name, label, allowed(session), needsTenant, render(view, context) -> cleanup function | undefined }.
import inbox from './inbox.js';
import tryBot from './try-bot.js';
import dashboard from './dashboard.js';
import faqs from './faqs.js';
import settings from './settings.js';
import users from './users.js';
import tenants from './tenants.js';
import overview from './overview.js';

export const SCREENS = [inbox, tryBot, dashboard, faqs, settings, users, overview, tenants];

/** Where a user lands after logging in: managers in the inbox, the platform admin in the overview. */
export function homeScreen(session) {
  return session.isPlatformAdmin ? 'overview' : 'inbox';
}
