import { h } from '../dom.js';
import { t } from '../i18n.js';

export default {
  name: 'settings',
  label: 'nav.settings',
  needsTenant: true,
  allowed: (session) => session.administersTenant,
  render(view) {
    view.append(h('h1', {}, t('nav.settings')));
  },
};
