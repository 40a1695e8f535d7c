import { h } from '../dom.js';
import { t } from '../i18n.js';

export default {
  name: 'inbox',
  label: 'nav.inbox',
  needsTenant: true,
  allowed: (session) => session.isTenantUser,
  render(view) {
    view.append(h('h1', {}, t('nav.inbox')));
  },
};
