import { h } from '../dom.js';
import { t } from '../i18n.js';

export default {
  name: 'overview',
  label: 'nav.overview',
  needsTenant: false,
  allowed: (session) => session.isPlatformAdmin,
  render(view) {
    view.append(h('h1', {}, t('nav.overview')));
  },
};
