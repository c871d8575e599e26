// Wharf dashboard: a client of the management HTTP API only (basic auth on every
// request). Plain ES module, no framework, no build step.

const REFRESH_MS = 2000;
const CHART_SAMPLES = 60;
const CREDS_KEY = 'wharf.credentials';

const $ = (sel) => document.querySelector(sel);

/** Escapes text for use in HTML element content and attribute values. */
function esc(value) {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

const num = (n) => (typeof n === 'number' ? n.toLocaleString('en-US') : '');
const rate = (n) => (typeof n === 'number' ? n.toFixed(1) : '0.0');
const enc = encodeURIComponent;

function age(seconds) {
  if (!seconds) return '';
  if (seconds < 60) return `${seconds.toFixed(0)} s`;
  if (seconds < 3600) return `${(seconds / 60).toFixed(1)} min`;
  if (seconds < 86400) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86400).toFixed(1)} d`;
}

// ---- credentials and API access ----

class Unauthorized extends Error {}

function credentials() {
  try {
    return JSON.parse(sessionStorage.getItem(CREDS_KEY) ?? 'null');
  } catch {
    return null;
  }
}

async function api(path, { method = 'GET', body } = {}) {
  const creds = credentials();
  if (!creds) throw new Unauthorized('not logged in');
  const headers = { authorization: `Basic ${btoa(`${creds.username}:${creds.password}`)}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  // credentials: 'omit' keeps the browser's own basic-auth prompt away on a 401
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit',
    cache: 'no-store',
  });
  if (res.status === 401) throw new Unauthorized('Login failed: wrong username or password');
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw new Error(data?.reason ?? data?.error ?? `HTTP ${res.status}`);
  return data;
}

/** Runs an API action; a 401 sends the user back to the login form. */
async function guarded(fn) {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof Unauthorized) {
      showLogin(credentials() ? err.message : '');
      return undefined;
    }
    throw err;
  }
}

// ---- login ----

function showLogin(error) {
  stopRefresh();
  sessionStorage.removeItem(CREDS_KEY);
  $('#login').hidden = false;
  $('#tabs').hidden = true;
  $('#logout').hidden = true;
  $('#whoami').textContent = '';
  for (const p of document.querySelectorAll('.panel')) p.hidden = true;
  const el = $('#login-error');
  el.textContent = error ?? '';
  el.hidden = !error;
}

async function login(username, password) {
  sessionStorage.setItem(CREDS_KEY, JSON.stringify({ username, password }));
  try {
    await api('/api/overview');
  } catch (err) {
    showLogin(err instanceof Unauthorized ? err.message : `Cannot reach the broker: ${err.message}`);
    return;
  }
  $('#login').hidden = true;
  $('#tabs').hidden = false;
  $('#logout').hidden = false;
  $('#whoami').textContent = username;
  $('#login-error').hidden = true;
  showTab(state.tab);
}

// ---- tabs and refresh ----

const state = {
  tab: 'overview',
  timer: undefined,
  samples: [],
  queues: [],
  sortKey: 'name',
  sortDir: 1,
  filter: '',
  page: 1,
  pageCount: 1,
  detail: undefined, // { vhost, name } of the open queue
  alerts: [],
  alertsByQueue: new Map(), // `${vhost}\0${queue}` -> firing alerts of that queue
};

const loaders = {
  overview: loadOverview,
  queues: () => (state.detail ? loadQueueDetail() : loadQueues()),
  alerts: renderAlerts,
  exchanges: loadExchanges,
  connections: loadConnections,
  streams: loadStreams,
  shovels: loadShovels,
  publish: loadExchangeNames,
};

function showTab(tab) {
  state.tab = tab;
  for (const b of document.querySelectorAll('#tabs button'))
    b.classList.toggle('active', b.dataset.tab === tab);
  for (const p of document.querySelectorAll('.panel')) p.hidden = p.id !== `panel-${tab}`;
  stopRefresh();
  refresh();
  state.timer = setInterval(refresh, REFRESH_MS);
}

function stopRefresh() {
  clearInterval(state.timer);
  state.timer = undefined;
}

let refreshing = false;
async function refresh() {
  if (refreshing) return;
  refreshing = true;
  try {
    // the overview samples keep the chart going whichever tab is open
    await guarded(async () => {
      await loadOverview();
      await loadAlerts();
      if (state.tab !== 'overview' && state.tab !== 'publish') await loaders[state.tab]();
    });
  } catch (err) {
    console.warn('refresh failed', err);
  } finally {
    refreshing = false;
  }
}

// ---- overview ----

function statList(el, pairs) {
  el.innerHTML = pairs.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('');
}

async function loadOverview() {
  const o = await api('/api/overview');
  const t = o.object_totals ?? {};
  const q = o.queue_totals ?? {};
  const s = o.message_stats ?? {};
  statList($('#object-totals'), [
    ['Connections', num(t.connections)],
    ['Channels', num(t.channels)],
    ['Exchanges', num(t.exchanges)],
    ['Queues', num(t.queues)],
    ['Consumers', num(t.consumers)],
  ]);
  statList($('#queue-totals'), [
    ['Ready', num(q.messages_ready)],
    ['Unacked', num(q.messages_unacknowledged)],
    ['Total', num(q.messages)],
  ]);
  const publish = s.publish_details?.rate ?? 0;
  const deliver = s.deliver_get_details?.rate ?? 0;
  statList($('#message-rates'), [
    ['Publish', rate(publish)],
    ['Deliver/get', rate(deliver)],
    ['Ack', rate(s.ack_details?.rate)],
    ['Redeliver', rate(s.redeliver_details?.rate)],
  ]);
  state.samples.push({ publish, deliver });
  if (state.samples.length > CHART_SAMPLES) state.samples.shift();
  drawChart();
}

function drawChart() {
  const canvas = $('#rate-chart');
  const dpr = window.devicePixelRatio || 1;
  const w = canvas.clientWidth || canvas.width;
  const h = canvas.clientHeight || canvas.height;
  if (canvas.width !== Math.round(w * dpr)) canvas.width = Math.round(w * dpr);
  if (canvas.height !== Math.round(h * dpr)) canvas.height = Math.round(h * dpr);
  const ctx = canvas.getContext('2d');
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  const pad = { l: 48, r: 8, t: 8, b: 18 };
  const max = Math.max(1, ...state.samples.flatMap((x) => [x.publish, x.deliver]));
  const x = (i) => pad.l + ((w - pad.l - pad.r) * i) / (CHART_SAMPLES - 1);
  const y = (v) => h - pad.b - ((h - pad.t - pad.b) * v) / max;
  ctx.strokeStyle = '#d8dde6';
  ctx.fillStyle = '#6b7280';
  ctx.font = '11px system-ui, sans-serif';
  ctx.lineWidth = 1;
  for (const frac of [0, 0.5, 1]) {
    const v = max * frac;
    ctx.beginPath();
    ctx.moveTo(pad.l, y(v));
    ctx.lineTo(w - pad.r, y(v));
    ctx.stroke();
    ctx.fillText(v >= 10 ? v.toFixed(0) : v.toFixed(1), 4, y(v) + 4);
  }
  const offset = CHART_SAMPLES - state.samples.length;
  for (const [key, color] of [
    ['publish', '#2563eb'],
    ['deliver', '#16a34a'],
  ]) {
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    ctx.beginPath();
    state.samples.forEach((sample, i) => {
      if (i === 0) ctx.moveTo(x(offset + i), y(sample[key]));
      else ctx.lineTo(x(offset + i), y(sample[key]));
    });
    ctx.stroke();
  }
}

// ---- alerts ----

const alertKey = (vhost, queue) => `${vhost}\0${queue}`;
const SEVERITY_ORDER = { critical: 0, warning: 1 };

function alertValue(n) {
  if (typeof n !== 'number') return esc(n);
  return Number.isInteger(n) ? num(n) : esc(Number(n.toPrecision(3)));
}

/** Fetches the firing alerts (every refresh, whichever tab is open, for the badges). */
async function loadAlerts() {
  let list;
  try {
    list = await api('/api/alerts');
  } catch (err) {
    if (err instanceof Unauthorized) throw err;
    console.warn('alerts unavailable', err);
    return;
  }
  list = Array.isArray(list) ? list : [];
  list.sort(
    (a, b) =>
      (SEVERITY_ORDER[a.severity] ?? 2) - (SEVERITY_ORDER[b.severity] ?? 2) ||
      String(a.queue).localeCompare(String(b.queue)) ||
      String(a.rule).localeCompare(String(b.rule)),
  );
  state.alerts = list;
  state.alertsByQueue = new Map();
  for (const a of list) {
    const key = alertKey(a.vhost, a.queue);
    if (!state.alertsByQueue.has(key)) state.alertsByQueue.set(key, []);
    state.alertsByQueue.get(key).push(a);
  }
  const badge = $('#alert-count');
  badge.textContent = list.length ? String(list.length) : '';
  badge.hidden = list.length === 0;
  badge.classList.toggle(
    'critical',
    list.some((a) => a.severity === 'critical'),
  );
}

function renderAlerts() {
  const now = Date.now();
  $('#alerts-empty').hidden = state.alerts.length > 0;
  $('#alerts-table').hidden = state.alerts.length === 0;
  $('#alerts-table tbody').innerHTML = state.alerts
    .map((a) => {
      const sev = a.severity === 'critical' ? 'critical' : 'warning';
      const since = typeof a.since === 'number' ? new Date(a.since) : undefined;
      const sinceText = since
        ? `${since.toLocaleString()} (${age(Math.max(1, (now - a.since) / 1000))} ago)`
        : '';
      return (
        `<tr><td><span class="severity ${sev}">${esc(a.severity)}</span></td><td>${esc(a.rule)}</td>` +
        `<td>${esc(a.vhost)}</td><td class="name">${esc(a.queue)}</td>` +
        `<td class="num">${alertValue(a.value)}</td><td class="num">${alertValue(a.threshold)}</td>` +
        `<td>${esc(sinceText)}</td></tr>`
      );
    })
    .join('');
}

/** A marker for a queue with firing alerts: empty element (the name cell's text stays the name). */
function alertBadge(vhost, name) {
  const alerts = state.alertsByQueue.get(alertKey(vhost, name));
  if (!alerts) return '';
  const sev = alerts.some((a) => a.severity === 'critical') ? 'critical' : 'warning';
  const title = alerts.map((a) => `${a.severity}: ${a.rule}`).join(', ');
  return `<span class="alert-badge ${sev}" title="${esc(title)}" aria-label="${esc(title)}"></span>`;
}

// ---- queues ----

function queueRow(q) {
  return {
    name: q.name,
    vhost: q.vhost,
    type: q.type,
    state: q.state,
    messages_ready: q.messages_ready ?? 0,
    messages_unacknowledged: q.messages_unacknowledged ?? 0,
    messages: q.messages ?? 0,
    consumers: q.consumers ?? 0,
    consumer_lag: q.consumer_lag ?? 0,
    publish_rate: q.message_stats?.publish_details?.rate ?? 0,
    deliver_rate: q.message_stats?.deliver_get_details?.rate ?? 0,
    oldest_message_age_seconds: q.oldest_message_age_seconds ?? 0,
  };
}

// The API's sort field for each column (the rates live under message_stats).
const SORT_FIELDS = {
  publish_rate: 'message_stats.publish_details.rate',
  deliver_rate: 'message_stats.deliver_get_details.rate',
};
const PAGE_SIZE = 100;

// One page of queues, filtered and sorted by the broker (RabbitMQ's list parameters), so
// a broker with thousands of queues sends and the page renders only what is shown.
async function loadQueues() {
  const params = new URLSearchParams({
    page: String(state.page),
    page_size: String(PAGE_SIZE),
    sort: SORT_FIELDS[state.sortKey] ?? state.sortKey,
    sort_reverse: String(state.sortDir === -1),
  });
  if (state.filter) params.set('name', state.filter);
  let res;
  try {
    res = await api(`/api/queues?${params}`);
  } catch (err) {
    // the filter shrank the list below the current page: start again at page 1
    if (state.page > 1 && /out of range/.test(err.message)) {
      state.page = 1;
      return loadQueues();
    }
    throw err;
  }
  state.queues = res.items.map(queueRow);
  state.pageCount = res.page_count;
  state.filtered = res.filtered_count;
  state.total = res.total_count;
  renderQueues();
}

function renderQueues() {
  const rows = state.queues.map((q, i) => [q, i]);
  // one innerHTML assignment per page; every text is escaped
  $('#queues-table tbody').innerHTML = rows
    .map(
      ([q, i]) =>
        `<tr data-index="${i}" tabindex="0"><td class="name">${esc(q.name)}${alertBadge(q.vhost, q.name)}</td>` +
        `<td>${esc(q.type)}</td>` +
        `<td>${esc(q.state)}</td><td class="num ready">${num(q.messages_ready)}</td>` +
        `<td class="num">${num(q.messages_unacknowledged)}</td><td class="num">${num(q.messages)}</td>` +
        `<td class="num">${num(q.consumers)}</td><td class="num">${num(q.consumer_lag)}</td>` +
        `<td class="num">${rate(q.publish_rate)}</td>` +
        `<td class="num">${rate(q.deliver_rate)}</td><td class="num">${esc(age(q.oldest_message_age_seconds))}</td></tr>`,
    )
    .join('');
  const first = (state.page - 1) * PAGE_SIZE;
  const shown = rows.length ? `${num(first + 1)}-${num(first + rows.length)}` : '0';
  $('#queue-page').textContent = `page ${state.page} of ${state.pageCount}`;
  $('#queue-prev').disabled = state.page <= 1;
  $('#queue-next').disabled = state.page >= state.pageCount;
  $('#queue-count').textContent =
    state.filtered === state.total
      ? `${shown} of ${num(state.total)} queues`
      : `${shown} of ${num(state.filtered)} matching (${num(state.total)} queues)`;
  const { sortKey, sortDir } = state;
  for (const th of document.querySelectorAll('#queues-table th')) {
    th.classList.toggle('sorted-asc', th.dataset.key === sortKey && sortDir === 1);
    th.classList.toggle('sorted-desc', th.dataset.key === sortKey && sortDir === -1);
  }
}

function openQueue(q) {
  state.detail = { vhost: q.vhost, name: q.name };
  $('#queue-list').hidden = true;
  $('#queue-detail').hidden = false;
  $('#queue-title').textContent = q.name;
  $('#messages').textContent = '';
  $('#queue-action-status').textContent = '';
  $('#replay-result').textContent = '';
  guarded(loadQueueDetail).catch(showActionError);
}

function closeQueue() {
  state.detail = undefined;
  $('#queue-detail').hidden = true;
  $('#queue-list').hidden = false;
  guarded(loadQueues).catch(showActionError);
}

const queuePath = () => `/api/queues/${enc(state.detail.vhost)}/${enc(state.detail.name)}`;

// A dead-letter queue's ready messages by the reason they died (rejected, expired, ...).
function deadLetterFacts(q) {
  if (!q.dead_letter_queue) return [];
  const reasons = Object.entries(q.dead_letter_reasons ?? {});
  const text = reasons.length ? reasons.map(([k, n]) => `${k} ${num(n)}`).join(', ') : 'empty';
  return [
    ['Dead letters by reason', q.dead_letter_reasons_complete === false ? `${text} (first 10 000)` : text],
  ];
}

async function loadQueueDetail() {
  if (!state.detail) return;
  const path = queuePath();
  const [q, bindings] = await Promise.all([api(path), api(`${path}/bindings`)]);
  const r = queueRow(q);
  statList($('#queue-summary'), [
    ['Virtual host', q.vhost],
    ['Type', q.type],
    ['State', q.state],
    ['Durable', String(q.durable)],
    ['Ready', num(r.messages_ready)],
    ['Unacked', num(r.messages_unacknowledged)],
    ['Total', num(r.messages)],
    ['Consumers', num(r.consumers)],
    ['Consumer lag', num(r.consumer_lag)],
    ['Publish /s', rate(r.publish_rate)],
    ['Deliver /s', rate(r.deliver_rate)],
    ['Oldest message', age(r.oldest_message_age_seconds) || '-'],
    ...deadLetterFacts(q),
  ]);
  $('#queue-arguments').textContent = JSON.stringify(q.arguments ?? {}, null, 2);
  $('#queue-bindings tbody').innerHTML = bindings
    .map(
      (b) =>
        `<tr><td>${esc(b.source || '(AMQP default)')}</td><td>${esc(b.routing_key)}</td>` +
        `<td>${esc(JSON.stringify(b.arguments ?? {}))}</td></tr>`,
    )
    .join('');
}

function showActionError(err) {
  $('#queue-action-status').textContent = `Error: ${err.message}`;
}

async function getMessages() {
  const count = Math.max(1, Number($('#get-count').value) || 1);
  const msgs = await api(`${queuePath()}/get`, {
    method: 'POST',
    body: { count, ackmode: 'ack_requeue_true', encoding: 'auto', truncate: 50000 },
  });
  const out = $('#messages');
  if (!msgs || msgs.length === 0) {
    out.innerHTML = '<p class="muted">The queue is empty.</p>';
    return;
  }
  out.innerHTML = msgs
    .map(
      (m, i) =>
        `<div class="message"><h4>Message ${i + 1}</h4><dl class="stats">` +
        `<dt>Exchange</dt><dd>${esc(m.exchange || '(AMQP default)')}</dd>` +
        `<dt>Routing key</dt><dd>${esc(m.routing_key)}</dd>` +
        `<dt>Redelivered</dt><dd>${esc(m.redelivered)}</dd>` +
        `<dt>Payload</dt><dd>${num(m.payload_bytes)} bytes, encoding ${esc(m.payload_encoding)}</dd></dl>` +
        `<h5>Properties</h5><pre>${esc(JSON.stringify(m.properties ?? {}, null, 2))}</pre>` +
        `<h5>Payload</h5><pre class="payload">${esc(m.payload)}</pre></div>`,
    )
    .join('');
  await loadQueueDetail();
}

async function purgeQueue() {
  if (!confirm(`Purge all ready messages from queue "${state.detail.name}"?`)) return;
  await api(`${queuePath()}/contents`, { method: 'DELETE' });
  $('#queue-action-status').textContent = 'Queue purged.';
  $('#messages').textContent = '';
  await loadQueueDetail();
}

async function replay() {
  const body = {};
  const reason = $('#replay-reason').value;
  if (reason) body.reason = reason;
  const count = Number($('#replay-count').value);
  if (Number.isInteger(count) && count > 0) body.count = count;
  const exchange = $('#replay-exchange').value.trim();
  const routingKey = $('#replay-routing-key').value;
  if (exchange || routingKey) body.target = { exchange: exchange || 'amq.default', routing_key: routingKey };
  const r = await api(`${queuePath()}/replay`, { method: 'POST', body });
  if (!r) return;
  const out = $('#replay-result');
  out.textContent = `moved ${num(r.moved)}, skipped ${num(r.skipped)}, remaining ${num(r.remaining)}`;
  out.className = 'ok';
  await loadQueueDetail();
}

// ---- exchanges and connections ----

async function loadExchanges() {
  const list = await api('/api/exchanges');
  $('#exchanges-table tbody').innerHTML = list
    .map(
      (e) =>
        `<tr><td>${esc(e.vhost)}</td><td>${esc(e.name || '(AMQP default)')}</td><td>${esc(e.type)}</td>` +
        `<td>${esc(e.durable)}</td><td>${esc(e.auto_delete)}</td><td>${esc(e.internal)}</td></tr>`,
    )
    .join('');
}

async function loadConnections() {
  const list = await api('/api/connections');
  $('#connections-table tbody').innerHTML = list
    .map(
      (c) =>
        `<tr><td>${esc(c.name)}</td><td>${esc(c.user)}</td><td>${esc(c.vhost)}</td><td>${esc(c.protocol)}</td>` +
        `<td>${esc(c.state)}</td><td>${esc(`${c.peer_host}:${c.peer_port}`)}</td>` +
        `<td class="num">${num(c.channels)}</td>` +
        `<td>${esc(c.connected_at ? new Date(c.connected_at).toLocaleString() : '')}</td></tr>`,
    )
    .join('');
}

// ---- streams and their consumer groups (/api/streams, /api/stream-groups) ----

// A stream's settings under the Kafka topic config names that `wharf topics` and Kafka clients use.
const TOPIC_CONFIG_NAMES = {
  'x-max-age': 'retention',
  'x-max-length-bytes': 'retention.bytes',
  'x-stream-max-segment-size-bytes': 'segment.bytes',
  'x-kafka-max-message-bytes': 'max.message.bytes',
  'x-kafka-cleanup-policy': 'cleanup.policy',
  'x-kafka-delete-retention-ms': 'delete.retention.ms',
  'x-kafka-message-timestamp-type': 'message.timestamp.type',
};

function topicConfigs(args) {
  return Object.entries(args ?? {})
    .filter(([k]) => k !== 'x-queue-type' && k !== 'x-stream-partition-order')
    .map(([k, v]) => `${TOPIC_CONFIG_NAMES[k] ?? k}=${typeof v === 'object' ? JSON.stringify(v) : v}`)
    .join(' ');
}

// a member's assignment: "topic: 0, 1; other: 2"
const assignmentText = (assignment) =>
  (assignment ?? []).map((a) => `${a.stream}: ${a.partitions.join(', ')}`).join('; ');

async function loadStreams() {
  const errorEl = $('#streams-error');
  let streams;
  let groups;
  let kafkaGroups;
  try {
    [streams, groups, kafkaGroups] = await Promise.all([
      api('/api/streams'),
      api('/api/stream-groups'),
      api('/api/consumer-groups'),
    ]);
    errorEl.hidden = true;
  } catch (err) {
    if (err instanceof Unauthorized) throw err;
    errorEl.textContent = `Cannot list streams: ${err.message}`;
    errorEl.hidden = false;
    streams = [];
    groups = [];
    kafkaGroups = [];
  }
  $('#streams-empty').hidden = streams.length > 0;
  $('#streams-table').hidden = streams.length === 0;
  $('#streams-table tbody').innerHTML = streams
    .map(
      (s) =>
        `<tr><td>${esc(s.vhost)}</td><td>${esc(s.name)}</td><td class="num">${num(s.partitions)}</td>` +
        `<td class="num">${num(s.messages)}</td><td class="num">${num(s.message_bytes)}</td>` +
        `<td class="configs">${esc(topicConfigs(s.arguments))}</td></tr>`,
    )
    .join('');
  $('#stream-groups-empty').hidden = groups.length > 0;
  $('#stream-groups-table').hidden = groups.length === 0;
  // a Kafka group's position is its committed offset; a Redis group's, the offset after its last delivery
  $('#stream-groups-table tbody').innerHTML = groups
    .map((g) => {
      const redis = g.kind === 'pending-list';
      const position = redis ? g.last_delivered_offset + 1 : g.committed_offset;
      return (
        `<tr data-group="${esc(g.group)}"><td>${esc(g.vhost)}</td><td>${esc(g.group)}</td>` +
        `<td>${redis ? 'Redis' : 'Kafka'}</td><td>${esc(g.stream)}</td><td class="num">${num(g.partition)}</td>` +
        `<td class="num">${num(position)}</td><td class="num">${redis ? num(g.pending) : ''}</td>` +
        `<td class="num">${redis ? num(g.consumers) : ''}</td><td class="num lag">${g.lag === null ? '' : num(g.lag)}</td></tr>`
      );
    })
    .join('');
  // Kafka groups with their live members and what each is assigned (/api/consumer-groups)
  $('#group-members-empty').hidden = kafkaGroups.length > 0;
  $('#group-members-table').hidden = kafkaGroups.length === 0;
  $('#group-members-table tbody').innerHTML = kafkaGroups
    .flatMap((g) => {
      const head = `<td>${esc(g.vhost)}</td><td>${esc(g.group)}</td><td>${esc(g.state)}</td><td>${esc(g.protocol ?? '')}</td>`;
      if (g.members.length === 0)
        return [`<tr data-group="${esc(g.group)}">${head}<td class="muted" colspan="4">no members</td></tr>`];
      return g.members.map(
        (m) =>
          `<tr data-group="${esc(g.group)}">${head}<td>${esc(m.instance_id ?? m.member_id)}</td>` +
          `<td>${esc(m.client_id)}</td><td>${esc(m.host)}</td><td>${esc(assignmentText(m.assignment))}</td></tr>`,
      );
    })
    .join('');
}

// ---- shovels (RabbitMQ's dynamic shovels: /api/shovels, /api/parameters/shovel) ----

const where = (uri, kind, name) => `${uri} ${name === undefined ? '' : `${kind} ${name}`}`.trim();

async function loadShovels() {
  const errorEl = $('#shovels-error');
  let list;
  try {
    list = await api('/api/shovels');
    errorEl.hidden = true;
  } catch (err) {
    if (err instanceof Unauthorized) throw err;
    errorEl.textContent = `Cannot list shovels: ${err.message}`;
    errorEl.hidden = false;
    list = [];
  }
  $('#shovels-empty').hidden = list.length > 0;
  $('#shovels-table').hidden = list.length === 0;
  $('#shovels-table tbody').innerHTML = list
    .map((s) => {
      const src =
        s.src_queue !== undefined
          ? where(s.src_uri, 'queue', s.src_queue)
          : where(s.src_uri, 'exchange', s.src_exchange);
      const dest =
        s.dest_queue !== undefined
          ? where(s.dest_uri, 'queue', s.dest_queue)
          : where(s.dest_uri, 'exchange', s.dest_exchange);
      const moved =
        typeof s.remaining === 'number'
          ? `${num(s.messages_moved)} of ${num(s.messages_moved + s.remaining)}`
          : num(s.messages_moved);
      const error = s.last_error ? `${s.last_error} (${s.last_error_time})` : '';
      return (
        `<tr data-vhost="${esc(s.vhost)}" data-name="${esc(s.name)}"><td>${esc(s.vhost)}</td><td>${esc(s.name)}</td>` +
        `<td class="state-${esc(s.state)}" title="${esc(s.reason ?? '')}">${esc(s.state)}</td>` +
        `<td>${esc(src)}</td><td>${esc(dest)}</td>` +
        `<td class="num">${esc(moved)}</td><td class="num">${num(s.duplicates_risked)}</td>` +
        `<td class="num">${num(s.pending)}</td><td class="wrap">${esc(error)}</td>` +
        `<td><button type="button" class="shovel-delete">Delete</button></td></tr>`
      );
    })
    .join('');
}

async function createShovel() {
  const vhost = $('#shovel-vhost').value || '/';
  const name = $('#shovel-name').value.trim();
  const srcQueue = $('#shovel-src-queue').value.trim();
  const value = {
    'src-protocol': 'amqp091',
    'src-uri': 'amqp://',
    'src-queue': srcQueue,
    'dest-protocol': 'amqp091',
    'dest-uri': $('#shovel-dest-uri').value.trim(),
    'dest-queue': $('#shovel-dest-queue').value.trim() || srcQueue,
  };
  if ($('#shovel-one-shot').checked) value['src-delete-after'] = 'queue-length';
  await api(`/api/parameters/shovel/${enc(vhost)}/${enc(name)}`, { method: 'PUT', body: { value } });
  for (const id of ['#shovel-name', '#shovel-src-queue', '#shovel-dest-queue']) $(id).value = '';
  await loadShovels();
  return name;
}

async function deleteShovel(vhost, name) {
  if (!confirm(`Delete shovel '${name}'? Messages it has not moved stay in the source queue.`)) return;
  await api(`/api/parameters/shovel/${enc(vhost)}/${enc(name)}`, { method: 'DELETE' });
  await loadShovels();
}

async function loadExchangeNames() {
  const list = await api('/api/exchanges');
  const names = [...new Set(list.map((e) => e.name).filter(Boolean))].sort();
  $('#exchange-names').innerHTML = names.map((n) => `<option value="${esc(n)}"></option>`).join('');
}

async function publish() {
  const vhost = $('#publish-vhost').value || '/';
  const exchange = $('#publish-exchange').value || 'amq.default';
  const properties = $('#publish-persistent').checked ? { delivery_mode: 2 } : {};
  const result = await api(`/api/exchanges/${enc(vhost)}/${enc(exchange)}/publish`, {
    method: 'POST',
    body: {
      properties,
      routing_key: $('#publish-routing-key').value,
      payload: $('#publish-payload').value,
      payload_encoding: 'string',
    },
  });
  return result?.routed;
}

// ---- wiring ----

function init() {
  $('#login-form').addEventListener('submit', (e) => {
    e.preventDefault();
    login($('#username').value, $('#password').value);
  });
  $('#logout').addEventListener('click', () => showLogin(''));
  $('#tabs').addEventListener('click', (e) => {
    const tab = e.target.closest('button')?.dataset.tab;
    if (tab) showTab(tab);
  });

  let filterTimer;
  $('#queue-search').addEventListener('input', (e) => {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(() => {
      state.filter = e.target.value.trim();
      state.page = 1;
      guarded(loadQueues).catch(showActionError);
    }, 150);
  });
  $('#queues-table thead').addEventListener('click', (e) => {
    const key = e.target.closest('th')?.dataset.key;
    if (!key) return;
    if (state.sortKey === key) state.sortDir = -state.sortDir;
    else [state.sortKey, state.sortDir] = [key, key === 'name' || key === 'type' || key === 'state' ? 1 : -1];
    state.page = 1;
    guarded(loadQueues).catch(showActionError);
  });
  const turnPage = (delta) => {
    state.page = Math.min(Math.max(1, state.page + delta), state.pageCount);
    guarded(loadQueues).catch(showActionError);
  };
  $('#queue-prev').addEventListener('click', () => turnPage(-1));
  $('#queue-next').addEventListener('click', () => turnPage(1));
  const tbody = $('#queues-table tbody');
  const open = (e) => {
    const row = e.target.closest('tr[data-index]');
    if (row) openQueue(state.queues[Number(row.dataset.index)]);
  };
  tbody.addEventListener('click', open);
  tbody.addEventListener('keydown', (e) => e.key === 'Enter' && open(e));
  $('#queue-back').addEventListener('click', closeQueue);
  $('#get-messages').addEventListener('click', () => guarded(getMessages).catch(showActionError));
  $('#purge-queue').addEventListener('click', () => guarded(purgeQueue).catch(showActionError));

  $('#replay-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const out = $('#replay-result');
    out.className = 'muted';
    out.textContent = 'Replaying...';
    guarded(replay).catch((err) => {
      out.textContent = `Error: ${err.message}`;
      out.className = 'error';
    });
  });

  $('#shovel-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const out = $('#shovel-result');
    out.className = '';
    guarded(createShovel)
      .then((name) => {
        if (name === undefined) return;
        out.textContent = `Shovel '${name}' created.`;
        out.className = 'ok';
      })
      .catch((err) => {
        out.textContent = `Error: ${err.message}`;
        out.className = 'error';
      });
  });
  $('#shovels-table tbody').addEventListener('click', (e) => {
    const row = e.target.closest('.shovel-delete') && e.target.closest('tr');
    if (!row) return;
    guarded(() => deleteShovel(row.dataset.vhost, row.dataset.name)).catch((err) => {
      $('#shovels-error').textContent = `Cannot delete: ${err.message}`;
      $('#shovels-error').hidden = false;
    });
  });

  $('#publish-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const out = $('#publish-result');
    out.className = '';
    guarded(publish)
      .then((routed) => {
        if (routed === undefined) return;
        out.textContent = routed
          ? 'Message published and routed.'
          : 'Message published, but not routed to any queue.';
        out.className = routed ? 'ok' : 'warn';
      })
      .catch((err) => {
        out.textContent = `Error: ${err.message}`;
        out.className = 'error';
      });
  });

  window.addEventListener('resize', drawChart);

  const creds = credentials();
  if (creds) login(creds.username, creds.password);
  else showLogin('');
}

init();
