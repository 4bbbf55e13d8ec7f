/*
 * Directive tracker: the language of the webapps (Tasklist, Cockpit, Admin, Welcome), and the texts of
 * the form library in Vietnamese.
 *
 * The webapps take the browser's language; government PCs are often set to English, so staff would meet
 * an English Tasklist. Here the language is Vietnamese unless the person chose English with the link at
 * the foot of every page (kept in this browser, "tracker.language"). The script runs before the webapp
 * starts (config.js, customScripts) and answers the webapp's question for the browser's language.
 *
 * Camunda Forms (form-js) has no translation of its own validation messages and placeholders: they are
 * replaced as they appear, for the messages it has ("Field is required." and the limits of length, value
 * and pattern) and its placeholders. Its date field keeps the library's month/day/year order (it has no
 * setting for the order); the placeholder says so and the calendar beside it picks the day.
 */
const KEY = 'tracker.language';
const chosen = window.localStorage.getItem(KEY) === 'en' ? 'en' : 'vi';

['language', 'languages', 'browserLanguage', 'userLanguage', 'systemLanguage'].forEach(name => {
  try {
    Object.defineProperty(window.navigator, name, {
      configurable: true,
      get: () => (name === 'languages' ? [chosen] : chosen)
    });
  } catch (e) {
    // a browser that does not let the property be answered keeps its own language
  }
});

const FORM_MESSAGES = [
  [/^Field is required\.?$/, () => 'Trường này bắt buộc phải nhập.'],
  [/^Field must have minimum length of (\d+)\.?$/, n => `Nhập ít nhất ${n} ký tự.`],
  [/^Field must have maximum length of (\d+)\.?$/, n => `Nhập tối đa ${n} ký tự.`],
  [/^Field must have minimum value of (.+?)\.?$/, n => `Giá trị nhỏ nhất là ${n}.`],
  [/^Field must have maximum value of (.+?)\.?$/, n => `Giá trị lớn nhất là ${n}.`],
  [/^Field must match pattern (.+?)\.?$/, p => `Giá trị phải đúng mẫu ${p}.`],
  [/^Field must be a valid email\.?$/, () => 'Địa chỉ e-mail không hợp lệ.'],
  [/^Field must be a valid international phone number\.?$/, () => 'Số điện thoại không hợp lệ.']
];

/** The form library's own placeholders: its date field reads month/day/year, which it says plainly. */
const PLACEHOLDERS = { 'mm/dd/yyyy': 'tháng/ngày/năm (chọn trên lịch)', Select: 'Chọn', Search: 'Tìm' };

/**
 * The texts are changed in place (the text node's value, an input's placeholder), never by replacing
 * nodes: the form library keeps its own nodes and would otherwise add its English text again.
 */
function translateForms(root) {
  root.querySelectorAll('.fjs-form input[placeholder]').forEach(input => {
    const vietnamese = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (vietnamese) {
      input.setAttribute('placeholder', vietnamese);
    }
  });
  root.querySelectorAll('.fjs-form').forEach(form => {
    const texts = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const text = node.nodeValue.trim();
      if (!text) {
        continue;
      }
      const inError = node.parentElement && node.parentElement.closest('.fjs-form-field-error');
      if (inError) {
        for (const [pattern, vietnamese] of FORM_MESSAGES) {
          const match = text.match(pattern);
          if (match) {
            node.nodeValue = vietnamese(match[1]);
            break;
          }
        }
      } else if (PLACEHOLDERS[text] && node.parentElement.classList.contains('fjs-select-display')) {
        node.nodeValue = PLACEHOLDERS[text];
      }
    }
  });
}

function languageLink() {
  const link = document.createElement('a');
  link.id = 'tracker-language';
  link.href = '#';
  link.lang = chosen === 'vi' ? 'en' : 'vi';
  link.textContent = chosen === 'vi' ? 'English' : 'Tiếng Việt';
  link.title = chosen === 'vi' ? 'Show the pages in English' : 'Hiển thị bằng tiếng Việt';
  link.setAttribute('style', 'position:fixed;left:50%;transform:translateX(-50%);bottom:4px;z-index:1000;font-size:12px;'
    + 'background:#fff;padding:1px 6px;border-radius:3px;opacity:.85');
  link.addEventListener('click', event => {
    event.preventDefault();
    window.localStorage.setItem(KEY, chosen === 'vi' ? 'en' : 'vi');
    window.location.reload();
  });
  document.body.appendChild(link);
}

function start() {
  document.documentElement.lang = chosen;
  languageLink();
  if (chosen === 'vi') {
    new MutationObserver(() => translateForms(document.body))
      .observe(document.body, { childList: true, subtree: true, characterData: true });
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
