import { h } from '../dom.js';
import { t } from '../i18n.js';

export default {
  name: 'users',
  label: 'nav.users',
  needsTenant: true,
  allowed: (session) => session.administersTenant,
  render(view) {
    view.append(h('h1', {}, t('nav.users')));
  },
};
