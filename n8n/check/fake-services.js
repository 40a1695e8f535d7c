#!/usr/bin/env node
// Local stand-ins for the outside services the workflows talk to, for run-real-n8n-check.sh:
//   /bot<token>/<method>   a Telegram Bot API: records setWebhook and sendMessage (chat id 666 is refused)
//   /v1/chat/completions   an OpenAI-compatible chat model that answers deterministically: with the first
//                          FAQ candidate of the prompt, or asks for a human when the message says "human"
//   /callbacks/<id>        a callback receiver that verifies the Standard Webhooks signature (CALLBACK_SECRET)
//   GET /_recorded         everything recorded so far, as JSON
// Usage: node fake-services.js <port>   (CALLBACK_SECRET=whsec_... optional)
'use strict';
const http = require('http');
const crypto = require('crypto');

const port = Number(process.argv[2] || process.env.FAKE_PORT || 0);
const recorded = { telegram_webhook: null, telegram_sent: [], telegram_refused: [], openai_requests: 0, callbacks: [] };
let telegramMessageId = 1000;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function textOf(content) {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => (typeof p === 'string' ? p : p.text || '')).join('');
  return '';
}

function deterministicAnswer(messages) {
  const system = messages.filter((m) => m.role === 'system' || m.role === 'developer').map((m) => textOf(m.content)).join('\n');
  const users = messages.filter((m) => m.role === 'user');
  const question = users.length ? textOf(users[users.length - 1].content) : '';
  if (/human/i.test(question)) {
    return { answer: 'A colleague will take over this chat shortly.', handover: true, confidence: 0.9 };
  }
  const faq = /^\s*1\. Q: .*\n\s*A: (.*)$/m.exec(system);
  if (faq) return { answer: faq[1].trim(), handover: false, confidence: 0.8 };
  return { answer: 'Sorry, I do not know that.', handover: false, confidence: 0.3 };
}

function chatCompletion(req, res, body) {
  recorded.openai_requests += 1;
  const answer = deterministicAnswer(body.messages || []);
  const formatTool = (body.tools || []).find((t) => t.function && t.function.name === 'format_final_json_response');
  let message;
  if (formatTool) {
    const props = (formatTool.function.parameters && formatTool.function.parameters.properties) || {};
    const args = props.output && !props.answer ? { output: answer } : answer;
    message = { role: 'assistant', content: null,
      tool_calls: [{ id: 'call_' + crypto.randomUUID().slice(0, 8), type: 'function',
        function: { name: 'format_final_json_response', arguments: JSON.stringify(args) } }] };
  } else {
    message = { role: 'assistant', content: JSON.stringify(answer) };
  }
  const finish = message.tool_calls ? 'tool_calls' : 'stop';
  const base = { id: 'chatcmpl-' + crypto.randomUUID(), created: Math.floor(Date.now() / 1000), model: body.model || 'fake' };
  const usage = { prompt_tokens: 50, completion_tokens: 20, total_tokens: 70 };
  if (!body.stream) {
    return send(res, 200, { ...base, object: 'chat.completion', choices: [{ index: 0, message, finish_reason: finish }], usage });
  }
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  const delta = message.tool_calls
    ? { role: 'assistant', tool_calls: message.tool_calls.map((c, index) => ({ index, ...c })) }
    : { role: 'assistant', content: message.content };
  res.write('data: ' + JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: null }] }) + '\n\n');
  res.write('data: ' + JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: finish }], usage }) + '\n\n');
  res.end('data: [DONE]\n\n');
}

function telegram(method, body, res) {
  switch (method) {
    case 'getMe':
      return send(res, 200, { ok: true, result: { id: 42, is_bot: true, first_name: 'Aggregator', username: 'aggregator_bot' } });
    case 'getWebhookInfo':
      return send(res, 200, { ok: true, result: { url: recorded.telegram_webhook ? recorded.telegram_webhook.url : '' } });
    case 'setWebhook':
      recorded.telegram_webhook = { url: body.url, secret_token: body.secret_token, allowed_updates: body.allowed_updates };
      return send(res, 200, { ok: true, result: true, description: 'Webhook was set' });
    case 'deleteWebhook':
      recorded.telegram_webhook = null;
      return send(res, 200, { ok: true, result: true });
    case 'sendMessage': {
      if (String(body.chat_id) === '666') {
        recorded.telegram_refused.push({ chat_id: String(body.chat_id), text: body.text });
        return send(res, 400, { ok: false, error_code: 400, description: 'Bad Request: chat not found' });
      }
      telegramMessageId += 1;
      recorded.telegram_sent.push({ chat_id: String(body.chat_id), text: body.text, message_id: telegramMessageId });
      return send(res, 200, { ok: true, result: { message_id: telegramMessageId, date: Math.floor(Date.now() / 1000),
        chat: { id: Number(body.chat_id) || body.chat_id, type: 'private' }, text: body.text } });
    }
    default:
      return send(res, 404, { ok: false, error_code: 404, description: 'Not Found: method ' + method });
  }
}

function verifyCallback(headers, raw) {
  const secret = process.env.CALLBACK_SECRET || '';
  if (!secret.startsWith('whsec_')) return 'no CALLBACK_SECRET';
  const id = headers['webhook-id'];
  const ts = headers['webhook-timestamp'];
  const sigs = headers['webhook-signature'] || '';
  if (!id || !ts) return 'missing headers';
  if (Math.abs(Date.now() / 1000 - Number(ts)) > 300) return 'stale timestamp';
  const expected = crypto.createHmac('sha256', Buffer.from(secret.slice(6), 'base64'))
    .update(id + '.' + ts + '.').update(raw).digest();
  const ok = sigs.split(/\s+/).some((s) => {
    const given = Buffer.from(s.replace(/^v1,/, ''), 'base64');
    return s.startsWith('v1,') && given.length === expected.length && crypto.timingSafeEqual(given, expected);
  });
  return ok ? null : 'bad signature';
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const raw = Buffer.concat(chunks);
    let body = {};
    try { body = raw.length ? JSON.parse(raw.toString('utf8')) : {}; } catch (e) { body = {}; }
    const url = new URL(req.url, 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/_recorded') return send(res, 200, recorded);
    const bot = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (bot) return telegram(bot[2], { ...Object.fromEntries(url.searchParams), ...body }, res);
    if (req.method === 'POST' && /\/chat\/completions$/.test(url.pathname)) return chatCompletion(req, res, body);
    if (req.method === 'GET' && /\/models$/.test(url.pathname)) {
      return send(res, 200, { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model' }] });
    }
    const callback = /^\/callbacks\/(.+)$/.exec(url.pathname);
    if (req.method === 'POST' && callback) {
      const problem = verifyCallback(req.headers, raw);
      recorded.callbacks.push({ id: callback[1], valid: !problem, problem, webhook_id: req.headers['webhook-id'], body });
      return send(res, problem ? 401 : 200, problem ? { error: problem } : { status: 'taken' });
    }
    return send(res, 404, { error: 'no such fake: ' + req.method + ' ' + url.pathname });
  });
});
server.listen(port, '127.0.0.1', () => console.log('fake services on http://127.0.0.1:' + server.address().port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
