#!/usr/bin/env node
// Makes importable copies of the workflows for run-real-n8n-check.sh: the settings filled in and the
// credentials attached, the Telegram and OpenAI credentials pointing at fake-services.js. Nothing else
// of the workflows changes: the real Telegram, AI Agent and chat model nodes run.
// Usage: node prepare-workflows.js <workflows dir> <output dir>
//   env: WEBHOOK_SECRET, SERVER_URL, TENANT_ID, INTEGRATION_KEY, FAKE_URL
'use strict';
const fs = require('fs');
const path = require('path');

const [inDir, outDir] = process.argv.slice(2);
const env = (name) => {
  if (process.env[name] === undefined) throw new Error(name + ' is not set');
  return process.env[name];
};
const credentials = [
  { id: 'checkOpenAi00001', name: 'Check: fake OpenAI', type: 'openAiApi',
    data: { apiKey: 'sk-check', url: env('FAKE_URL') + '/v1', header: false } },
  { id: 'checkTelegram001', name: 'Check: fake Telegram', type: 'telegramApi',
    data: { accessToken: '123456:check', baseUrl: env('FAKE_URL') } },
  { id: 'checkBearer00001', name: 'Check: integration key', type: 'httpBearerAuth',
    data: { token: process.env.INTEGRATION_KEY || 'no-key-yet' } },
];
const byType = Object.fromEntries(credentials.map((c) => [c.type, { id: c.id, name: c.name }]));
const credentialOf = {
  '@n8n/n8n-nodes-langchain.lmChatOpenAi': 'openAiApi',
  'n8n-nodes-base.telegram': 'telegramApi',
  'n8n-nodes-base.telegramTrigger': 'telegramApi',
};

fs.mkdirSync(outDir, { recursive: true });
for (const file of fs.readdirSync(inDir).filter((f) => f.endsWith('.json'))) {
  const wf = JSON.parse(fs.readFileSync(path.join(inDir, file), 'utf8'));
  for (const node of wf.nodes) {
    if (credentialOf[node.type]) node.credentials = { [credentialOf[node.type]]: byType[credentialOf[node.type]] };
    if (node.type === 'n8n-nodes-base.httpRequest' && node.parameters.genericAuthType === 'httpBearerAuth') {
      node.credentials = { httpBearerAuth: byType.httpBearerAuth };
    }
    for (const a of (node.parameters.assignments && node.parameters.assignments.assignments) || []) {
      if (a.name === 'webhook_secret') a.value = env('WEBHOOK_SECRET');
      if (a.name === 'server_url') a.value = env('SERVER_URL');
      if (a.name === 'tenant_id') a.value = env('TENANT_ID');
    }
  }
  fs.writeFileSync(path.join(outDir, file), JSON.stringify(wf, null, 2));
}
fs.writeFileSync(path.join(outDir, 'credentials.json.secret'), JSON.stringify(credentials, null, 2));
console.log(outDir);
