/**
 * The simulator page: pick or create a resident and chat with the OA in a phone-sized window.
 * Plain HTML and a little script (no build step); every message is shown with textContent, so
 * text containing HTML stays inert.
 */
export const SIMULATOR_PAGE = /* html */ `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mô phỏng Zalo OA – Dịch vụ công</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; background: #eef1f5; color: #1b1b1b; display: flex; gap: 24px; padding: 24px; flex-wrap: wrap; }
  aside { width: 280px; display: flex; flex-direction: column; gap: 12px; }
  h1 { font-size: 1.1rem; margin: 0; }
  label { font-size: .9rem; display: block; margin-bottom: 4px; }
  select, input, button { font: inherit; padding: 8px; border-radius: 8px; border: 1px solid #b8c0cc; box-sizing: border-box; }
  aside select, aside input, aside button { width: 100%; }
  button { background: #0068ff; color: #fff; border: none; cursor: pointer; }
  button.secondary { background: #fff; color: #0b3d91; border: 1px solid #0068ff; }
  .phone { width: 375px; height: 700px; background: #fff; border-radius: 28px; box-shadow: 0 8px 30px #0002; display: flex; flex-direction: column; overflow: hidden; border: 10px solid #1b1b1b; }
  .phone header { background: #0068ff; color: #fff; padding: 12px 16px; font-weight: 600; }
  #messages { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; background: #e7ecf3; }
  .msg { max-width: 80%; padding: 8px 12px; border-radius: 14px; white-space: pre-wrap; word-wrap: break-word; line-height: 1.35; }
  .resident { align-self: flex-end; background: #d4e5ff; }
  .oa { align-self: flex-start; background: #fff; }
  .official { align-self: flex-start; background: #fff4d6; }
  .system { align-self: center; font-size: .8rem; color: #555; }
  form.composer { display: flex; gap: 8px; padding: 8px; border-top: 1px solid #ddd; }
  form.composer input { flex: 1; }
  .quick { display: flex; gap: 6px; padding: 0 8px 8px; flex-wrap: wrap; }
  .quick button { font-size: .8rem; padding: 6px 8px; }
  #status { font-size: .85rem; color: #444; min-height: 1.2em; }
</style>
</head>
<body>
<aside>
  <h1>Mô phỏng Zalo OA</h1>
  <p>Máy chủ đang chạy ở chế độ mô phỏng: trang này gửi webhook có chữ ký như Zalo, và câu trả lời của bot đi qua API Zalo giả lập trên máy này.</p>
  <div>
    <label for="resident">Người dân</label>
    <select id="resident"></select>
  </div>
  <button id="new-resident" class="secondary" type="button">+ Người dân mới</button>
  <button id="open-mini-app" class="secondary" type="button">Mở Mini App của người dân này</button>
  <form id="official-form">
    <label for="official-text">Cán bộ nhắn trực tiếp trong OA</label>
    <input id="official-text" autocomplete="off" placeholder="Cán bộ gõ tin nhắn…">
    <button type="submit" class="secondary">Gửi với tư cách cán bộ</button>
  </form>
  <div>
    <label for="fault">Giả lập lỗi của Zalo</label>
    <select id="fault">
      <option value="">Không lỗi</option>
      <option value="tokenExpired">Access token hết hạn (-216)</option>
      <option value="rateLimit">Vượt giới hạn gọi API (-32)</option>
      <option value="outsideWindow">Ngoài cửa sổ tương tác 7 ngày (-230)</option>
      <option value="serverError">Lỗi máy chủ Zalo (HTTP 500)</option>
      <option value="slow">Zalo phản hồi chậm</option>
    </select>
  </div>
  <p id="status" role="status"></p>
  <p><a href="/docs">Tài liệu API</a> · <a href="/metrics">Metrics</a></p>
</aside>
<main class="phone" aria-label="Cửa sổ trò chuyện">
  <header id="title">Dịch vụ công xã/phường</header>
  <div id="messages" aria-live="polite"></div>
  <div class="quick">
    <button type="button" class="secondary" data-action="follow">Theo dõi OA</button>
    <button type="button" class="secondary" data-action="image">Gửi ảnh</button>
    <button type="button" class="secondary" data-action="location">Gửi vị trí</button>
  </div>
  <form class="composer" id="composer">
    <input id="text" autocomplete="off" placeholder="Nhập tin nhắn…" aria-label="Tin nhắn">
    <button type="submit">Gửi</button>
  </form>
</main>
<script>
const DEFAULT_RESIDENTS = [
  { userId: '8412345678901234567', name: 'Chị Lan (mẹ bé mới sinh)' },
  { userId: '8498765432109876543', name: 'Anh Minh (thuê trọ)' },
  { userId: '8455555555555555555', name: 'Bà Tư (nhờ tình nguyện viên)' },
];
const residents = JSON.parse(localStorage.getItem('sim.residents') || 'null') || DEFAULT_RESIDENTS;
const select = document.getElementById('resident');
const messages = document.getElementById('messages');
const statusLine = document.getElementById('status');
let current = null;
let lastSeq = 0;

function saveResidents() { localStorage.setItem('sim.residents', JSON.stringify(residents)); }
function renderResidents() {
  select.replaceChildren(...residents.map((r) => { const o = document.createElement('option'); o.value = r.userId; o.textContent = r.name; return o; }));
  if (current) select.value = current;
}
// The Mini App as the chosen resident: the fake Graph API knows them by a token made for them.
async function miniAppAddress(link) {
  const resident = residents.find((r) => r.userId === current);
  const response = await fetch('/simulator/api/mini-app-token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: current, name: resident ? resident.name : undefined }) });
  const { miniAppUrl } = await response.json();
  const address = new URL(link || miniAppUrl, location.href);
  address.searchParams.set('simUserToken', new URL(miniAppUrl, location.href).searchParams.get('simUserToken'));
  // zmp-sdk plays Zalo only on a host named localhost.
  if (address.hostname === '127.0.0.1') address.hostname = 'localhost';
  return address.toString();
}
function addMessage(entry) {
  const div = document.createElement('div');
  div.className = 'msg ' + entry.from;
  // Text nodes only; a link to this server's Mini App becomes a link that opens it as this resident.
  for (const part of entry.text.split(/(https?:\\/\\/\\S+)/)) {
    let url = null;
    try { url = /^https?:\\/\\//.test(part) ? new URL(part) : null; } catch { url = null; }
    if (entry.from === 'oa' && url && url.pathname.startsWith('/mini-app/')) {
      const a = document.createElement('a');
      a.href = part; a.textContent = part; a.target = '_blank'; a.rel = 'noopener';
      a.addEventListener('click', async (e) => { e.preventDefault(); window.open(await miniAppAddress(part), '_blank', 'noopener'); });
      div.appendChild(a);
    } else {
      div.appendChild(document.createTextNode(part));
    }
  }
  messages.appendChild(div);
  messages.scrollTop = messages.scrollHeight;
}
function choose(userId) {
  current = userId; lastSeq = 0; messages.replaceChildren(); select.value = userId; poll();
}
async function send(action) {
  if (!current) return;
  const response = await fetch('/simulator/api/send', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: current, action }) });
  const result = await response.json().catch(() => ({}));
  statusLine.textContent = response.ok ? 'Webhook trả về ' + result.webhookStatus : 'Không gửi được: ' + (result.error?.message || response.status);
  poll();
}
async function poll() {
  if (!current) return;
  const user = current;
  const response = await fetch('/simulator/api/messages?userId=' + encodeURIComponent(user) + '&after=' + lastSeq).catch(() => null);
  if (!response || !response.ok || user !== current) return;
  const { items } = await response.json();
  for (const entry of items) { lastSeq = Math.max(lastSeq, entry.seq); addMessage(entry); }
}
document.getElementById('composer').addEventListener('submit', (e) => {
  e.preventDefault();
  const input = document.getElementById('text');
  const text = input.value.trim();
  if (text) { send({ kind: 'text', text }); input.value = ''; }
});
document.getElementById('official-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const input = document.getElementById('official-text');
  const text = input.value.trim();
  if (text) { send({ kind: 'officialText', text }); input.value = ''; }
});
document.querySelectorAll('[data-action]').forEach((button) => button.addEventListener('click', () => {
  const kind = button.dataset.action;
  send(kind === 'location' ? { kind, latitude: 10.7769, longitude: 106.7009 } : { kind });
}));
document.getElementById('new-resident').addEventListener('click', async () => {
  const name = prompt('Tên người dân mới', 'Người dân ' + (residents.length + 1));
  if (!name) return;
  const { userId } = await (await fetch('/simulator/api/residents', { method: 'POST' })).json();
  residents.push({ userId, name }); saveResidents(); renderResidents(); choose(userId);
});
select.addEventListener('change', () => choose(select.value));
document.getElementById('open-mini-app').addEventListener('click', async () => window.open(await miniAppAddress(null), '_blank', 'noopener'));
document.getElementById('fault').addEventListener('change', async (e) => {
  const fault = e.target.value || null;
  const response = await fetch('/fake-zalo/__control/fault', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fault }) });
  statusLine.textContent = response.ok ? (fault ? 'Đang giả lập lỗi: ' + fault : 'Zalo hoạt động bình thường') : 'Không đổi được chế độ lỗi';
});
renderResidents();
choose(residents[0].userId);
setInterval(poll, 700);
</script>
</body>
</html>`;
