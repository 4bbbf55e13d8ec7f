/*
 * Directive tracker: Camunda webapp configuration (overrides the webjar's default config.js).
 * Vietnamese whatever the browser's language; English when the person chooses it (the link at the foot
 * of the page: welcome/scripts/tracker-language.js). Translations: ../locales/vi.json.
 */
export default {
  app: {
    name: 'Công việc',
    vendor: 'Sở Công Thương'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  customScripts: ['../welcome/scripts/tracker-language'],
  csrfCookieName: 'XSRF-TOKEN',

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến công việc đầu tiên'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại bắt đầu quy trình'
    }
  }
};
