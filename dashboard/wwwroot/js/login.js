// The login form: POST /api/auth/login, then returnUrl or the role's home page.
import { post, homeFor, safeReturnUrl, ApiError } from './api.js';
import { h, $ } from './dom.js';

const DemoUsers = [
  ['seat1', '坐席 S001（话务员）'],
  ['seat2', '坐席 S002（话务员）'],
  ['dispatcher1', '供热专班调度'],
  ['rl-ls', '离石区集中供热公司'],
  ['rl-xy', '孝义市热力公司'],
  ['zjj', '市住房和城乡建设局'],
  ['reviewer1', '热线中心审核员'],
  ['leader1', '领导'],
  ['admin', '系统管理员'],
];

const form = $('#login-form');
const problem = $('#login-problem');
const button = $('[data-testid="login"]');
const returnUrl = safeReturnUrl(new URLSearchParams(location.search).get('returnUrl'));

$('#demo-users').replaceChildren(...DemoUsers.map(([user, who]) => h('tr', null,
  h('td', null, h('button', { type: 'button', title: '填入此账号', onclick: () => fill(user) }, user)),
  h('td', null, who))));

function fill(user) {
  form.userName.value = user;
  form.password.value = 'hotline123';
  form.password.focus();
}

function showErrors(error) {
  for (const field of ['userName', 'password']) {
    const messages = error?.fieldErrors?.[field] ?? error?.fieldErrors?.[field[0].toUpperCase() + field.slice(1)] ?? [];
    $(`[data-testid="error-${field}"]`).textContent = messages.join('；');
    form[field].closest('.field').classList.toggle('invalid', messages.length > 0);
  }
  problem.textContent = error ? error.message : '';
  problem.hidden = !error;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const userName = form.userName.value.trim();
  const password = form.password.value;
  const missing = {};
  if (!userName) missing.userName = ['请输入用户名'];
  if (!password) missing.password = ['请输入密码'];
  if (Object.keys(missing).length) {
    showErrors(new ApiError(400, { detail: '请填写用户名和密码', errors: missing }));
    return;
  }
  button.disabled = true;
  try {
    const me = await post('/api/auth/login', { userName, password }, { redirectOn401: false });
    location.assign(returnUrl ?? homeFor(me?.role));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && !/[\u4e00-\u9fff]/.test(error.problem?.detail ?? '')) {
      error.message = '用户名或密码错误';
    }
    showErrors(error);
    form.password.select();
  } finally {
    button.disabled = false;
  }
});
