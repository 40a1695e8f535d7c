import { h } from '../dom.js';
import { t } from '../i18n.js';

export default {
  name: 'try-bot',
  label: 'nav.tryBot',
  needsTenant: true,
  allowed: (session) => session.isTenantAdmin,
  render(view) {
    view.append(h('h1', {}, t('nav.tryBot')));
  },
};
