/*
 * Directive tracker: Camunda webapp configuration (overrides the webjar's default config.js).
 * Vietnamese whatever the browser's language; English when the person chooses it (the link at the foot
 * of the page: welcome/scripts/tracker-language.js). Translations: ../locales/vi.json.
 */
export default {
  app: {
    name: 'Giám sát',
    vendor: 'Sở Công Thương'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  customScripts: ['../welcome/scripts/tracker-language'],
  csrfCookieName: 'XSRF-TOKEN'
};
