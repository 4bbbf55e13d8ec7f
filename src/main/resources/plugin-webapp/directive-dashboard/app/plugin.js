/*
 * Directive tracker: the Office's dashboard in Cockpit (bảng theo dõi nhiệm vụ, ý kiến chỉ đạo).
 * Cockpit plugin format since 7.14: an ES module whose default export is the plugin definition.
 * Plain DOM and fetch; the data comes from DashboardResource
 * (GET {cockpitApi}/plugin/directive-dashboard/{engine}/dashboard?period=...), which answers 403 to
 * anyone but the Office, the Director and the administrators.
 */
const PLUGIN_ID = 'directive-dashboard';

const PERIODS = [
  ['this-month', 'Tháng này'],
  ['previous-month', 'Tháng trước'],
  ['this-year', 'Năm nay']
];

const whenPositive = tone => value => (value > 0 ? tone : '');

/** The categories of the national tracking system's report, with the colour of a cell. */
const COLUMNS = [
  {
    key: 'total', label: 'Tổng số', tone: () => '',
    title: row => `Kỳ trước chuyển sang: ${row.carriedOver}; nhận mới trong kỳ: ${row.received}`
  },
  { key: 'doneOnTime', label: 'Hoàn thành đúng hạn', tone: whenPositive('ok') },
  { key: 'doneLate', label: 'Hoàn thành quá hạn', tone: whenPositive('late') },
  { key: 'openWithinDeadline', label: 'Đang thực hiện trong hạn', tone: whenPositive('ok') },
  { key: 'dueSoon', label: 'Sắp đến hạn', tone: whenPositive('soon') },
  { key: 'openOverdue', label: 'Đang thực hiện quá hạn', tone: whenPositive('late') },
  {
    key: 'extendedDirectives', label: 'Gia hạn', tone: () => '',
    title: row => `${row.extendedDirectives} nhiệm vụ được gia hạn, ${row.extensionsGranted} lượt gia hạn`
  },
  {
    key: 'onTimeRate', label: 'Tỷ lệ đúng hạn',
    tone: value => (value === null || value === undefined ? '' : value >= 100 ? 'ok' : 'late'),
    format: value => formatRate(value),
    title: () => 'Hoàn thành đúng hạn / (hoàn thành đúng hạn + hoàn thành quá hạn + đang thực hiện quá hạn)'
  }
];

const MESSAGES = {
  401: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  403: 'Bảng theo dõi chỉ dành cho Văn phòng Sở, Giám đốc Sở và quản trị hệ thống.'
};

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit',
  day: '2-digit', month: '2-digit', year: 'numeric', hour12: false
});

let current = null;

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false || value === '') {
      return;
    }
    if (name === 'className') {
      node.className = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat().forEach(child => {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

function formatRate(value) {
  return value === null || value === undefined ? '—' : `${numberFormat.format(value)} %`;
}

/** "2026-11-05" as "05/11/2026". */
function formatDate(iso) {
  if (!iso) {
    return '';
  }
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

function formatMoment(iso) {
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(new Date(iso)).map(p => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} ngày ${parts.day}/${parts.month}/${parts.year}`;
}

function cell(tag, tone, content, title) {
  return el(tag, { className: tone ? `sct-num sct-${tone}` : 'sct-num', title }, content);
}

function figuresTable(data) {
  const head = el('thead', null, el('tr', null,
    el('th', { scope: 'col' }, 'Đơn vị'),
    COLUMNS.map(c => el('th', { scope: 'col', className: 'sct-num' }, c.label))));
  const row = (figures, total) => el('tr', { className: total ? 'sct-total' : '' },
    el(total ? 'th' : 'td', total ? { scope: 'row' } : null, figures.divisionName),
    COLUMNS.map(c => {
      const value = figures[c.key];
      return cell('td', c.tone(value), c.format ? c.format(value) : value, c.title ? c.title(figures) : null);
    }));
  return el('table', { className: 'table table-bordered sct-figures' },
    head,
    el('tbody', null, data.divisions.map(d => row(d, false))),
    el('tfoot', null, row(data.total, true)));
}

function overdueSection(items, count) {
  const total = count === undefined ? items.length : count;
  const heading = el('h4', null, `Nhiệm vụ đang thực hiện quá hạn (${total})`);
  if (!items.length) {
    return [heading, el('p', { className: 'sct-none' }, 'Không có nhiệm vụ nào đang quá hạn.')];
  }
  const link = item => (item.processInstanceId
    ? el('a', { href: `#/process-instance/${encodeURIComponent(item.processInstanceId)}/runtime`,
      title: 'Mở quy trình trong Cockpit' }, item.directiveId)
    : item.directiveId);
  return [heading, el('table', { className: 'table table-bordered sct-overdue' },
    el('thead', null, el('tr', null,
      el('th', { scope: 'col' }, 'Mã nhiệm vụ'),
      el('th', { scope: 'col' }, 'Trích yếu'),
      el('th', { scope: 'col' }, 'Đơn vị chủ trì'),
      el('th', { scope: 'col' }, 'Người xử lý'),
      el('th', { scope: 'col' }, 'Hạn xử lý'),
      el('th', { scope: 'col', className: 'sct-num', title: 'Số ngày làm việc quá hạn' }, 'Quá hạn (ngày LV)'),
      el('th', { scope: 'col' }, 'Lý do'))),
    el('tbody', null, items.map(item => el('tr', null,
      el('td', { className: 'sct-nowrap' }, link(item)),
      el('td', null, item.summary),
      el('td', null, item.divisionName),
      el('td', { className: 'sct-nowrap', title: item.responsible }, item.responsibleName || item.responsible),
      el('td', { className: 'sct-nowrap' }, formatDate(item.deadline)),
      cell('td', 'late', item.workingDaysLate),
      el('td', null, item.reason))))),
    ...(total > items.length
      ? [el('p', { className: 'sct-more' }, `Đang hiển thị ${items.length} nhiệm vụ đầu danh sách (theo đơn vị, quá hạn lâu nhất trước);`
        + ` còn ${total - items.length} nhiệm vụ khác: danh sách đầy đủ có trong báo cáo xuất Excel.`)]
      : [])];
}

function workloadSection(rows) {
  const people = el('input', { type: 'checkbox' });
  const table = el('table', { className: 'table table-bordered sct-workload sct-hide-people' },
    el('thead', null, el('tr', null,
      el('th', { scope: 'col' }, 'Đơn vị / người xử lý'),
      el('th', { scope: 'col', className: 'sct-num' }, 'Đang xử lý'),
      el('th', { scope: 'col', className: 'sct-num' }, 'Sắp đến hạn'),
      el('th', { scope: 'col', className: 'sct-num' }, 'Quá hạn'))),
    el('tbody', null, rows.map(r => el('tr', { className: r.userId ? 'sct-person' : 'sct-division' },
      el('td', r.userId ? { title: r.userId } : null, r.userId ? (r.userName || r.userId) : r.divisionName),
      cell('td', '', r.open),
      cell('td', whenPositive('soon')(r.dueSoon), r.dueSoon),
      cell('td', whenPositive('late')(r.overdue), r.overdue)))));
  people.addEventListener('change', () => table.classList.toggle('sct-hide-people', !people.checked));
  return [
    el('h4', null, 'Khối lượng công việc đang xử lý'),
    el('label', { className: 'sct-toggle' }, people, ' Hiện chi tiết theo người xử lý'),
    table
  ];
}

/**
 * For those who do not administer the engine (the Office, the Director), Cockpit's dashboard shows this
 * table alone: the engine's widgets are hidden by the class on the page (cockpit/styles/user-styles.css).
 */
function markOfficeView(api) {
  fetch(`${api.adminApi}/auth/user/${encodeURIComponent(api.engine)}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(response => (response.ok ? response.json() : null))
    .then(user => {
      const admin = user && Array.isArray(user.authorizedApps) && user.authorizedApps.includes('admin');
      document.body.classList.toggle('sct-office-view', !admin);
    })
    .catch(() => document.body.classList.add('sct-office-view'));
}

function render(node, { api }) {
  const state = { controller: null };
  current = state;
  markOfficeView(api);
  const select = el('select', { className: 'form-control input-sm', id: 'sct-period' },
    PERIODS.map(([value, label]) => el('option', { value }, label)));
  const info = el('span', { className: 'sct-info' });
  const body = el('div', { className: 'sct-body', 'aria-live': 'polite' });
  node.append(el('section', { className: 'sct-dash' },
    el('div', { className: 'sct-head' },
      el('label', { for: 'sct-period' }, 'Kỳ báo cáo'),
      select,
      info),
    body));

  const load = () => {
    if (state.controller) {
      state.controller.abort();
    }
    const controller = new AbortController();
    state.controller = controller;
    body.replaceChildren(el('p', { className: 'sct-none' }, 'Đang tải số liệu…'));
    info.textContent = '';
    const url = `${api.cockpitApi}/plugin/${PLUGIN_ID}/${encodeURIComponent(api.engine)}/dashboard`
      + `?period=${encodeURIComponent(select.value)}`;
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: controller.signal })
      .then(response => {
        if (!response.ok) {
          const message = MESSAGES[response.status] || `Không tải được số liệu (mã lỗi ${response.status}).`;
          throw Object.assign(new Error(message), { status: response.status });
        }
        return response.json();
      })
      .then(data => {
        if (state.controller !== controller) {
          return;
        }
        info.textContent = `${data.periodLabel} · số liệu tính đến ${formatMoment(data.asOf)}`;
        body.replaceChildren(el('h4', null, 'Kết quả thực hiện nhiệm vụ, ý kiến chỉ đạo theo đơn vị'),
          figuresTable(data), ...overdueSection(data.overdue, data.overdueCount),
          ...workloadSection(data.workload));
      })
      .catch(error => {
        if (error.name === 'AbortError' || state.controller !== controller) {
          return;
        }
        if (error.status === 403) {
          // Nothing of the dashboard for others: the message only.
          node.querySelector('.sct-dash').replaceChildren(el('p', { className: 'sct-denied' }, error.message));
          return;
        }
        body.replaceChildren(el('p', { className: 'sct-error' },
          error.status ? error.message : 'Không tải được số liệu. Vui lòng thử lại.'));
      });
  };
  select.addEventListener('change', load);
  load();
}

export default {
  id: PLUGIN_ID,
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render,
  unmount: () => {
    if (current && current.controller) {
      current.controller.abort();
    }
    current = null;
    document.body.classList.remove('sct-office-view');
  }
};
