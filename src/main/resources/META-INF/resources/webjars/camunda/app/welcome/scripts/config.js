/*
 * Directive tracker: Camunda webapp configuration (overrides the webjar's default config.js).
 * Vietnamese first; English stays available. The webapps pick the browser's language when it is one
 * of availableLocales and fall back to Vietnamese otherwise. Translations: ../locales/vi.json.
 */
export default {
  app: {
    name: 'Theo dõi nhiệm vụ',
    vendor: 'Sở Công Thương'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  csrfCookieName: 'XSRF-TOKEN'
};
