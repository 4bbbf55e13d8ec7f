/*
 * Directive tracker: Camunda webapp configuration (overrides the webjar's default config.js).
 * Vietnamese first; English stays available. The webapps pick the browser's language when it is one
 * of availableLocales and fall back to Vietnamese otherwise. Translations: ../locales/vi.json.
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
