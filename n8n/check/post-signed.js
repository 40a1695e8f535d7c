#!/usr/bin/env node
// Posts a JSON body signed the Standard Webhooks way, as the server does, and prints
// "<status> <response body>". Usage: node post-signed.js <url> <whsec_secret> <json body> [--bad-signature|--stale]
// --bad-signature signs with another key; --stale signs correctly but dates the message 10 minutes back.
'use strict';
const crypto = require('crypto');

async function main() {
  const [url, secret, body, flag] = process.argv.slice(2);
  if (!url || !secret || body === undefined) {
    console.error('usage: post-signed.js <url> <whsec_secret> <json body> [--bad-signature|--stale]');
    process.exit(2);
  }
  const id = 'msg_' + crypto.randomUUID();
  const timestamp = String(Math.floor(Date.now() / 1000) - (flag === '--stale' ? 600 : 0));
  const key = flag === '--bad-signature' ? crypto.randomBytes(32) : Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signature = 'v1,' + crypto.createHmac('sha256', key).update(id + '.' + timestamp + '.' + body).digest('base64');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature },
    body,
    signal: AbortSignal.timeout(60000),
  });
  console.log(response.status + ' ' + (await response.text()));
}
main().catch((e) => { console.log('000 ' + e.message); process.exit(1); });
