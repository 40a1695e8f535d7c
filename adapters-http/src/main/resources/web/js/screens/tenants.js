import { h } from '../dom.js';
import { t } from '../i18n.js';

export default {
  name: 'tenants',
  label: 'nav.tenants',
  needsTenant: false,
  allowed: (session) => session.isPlatformAdmin,
  render(view) {
    view.append(h('h1', {}, t('nav.tenants')));
  },
};
