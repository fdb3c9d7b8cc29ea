#!/usr/bin/env node
// `npm run status`: reads the manifest of the running sandbox and prints the readiness of each
// component. Exit 0 when every component is ready (ok or degraded), 1 otherwise.
'use strict';
const { readFileSync, existsSync } = require('node:fs');
const { request } = require('node:https');
const { join } = require('node:path');

const manifestPath = process.env.SANDBOX_MANIFEST || join(__dirname, '..', 'var', 'sandbox.json');

function get(url, ca) {
  return new Promise((resolve) => {
    const req = request(url, { ca, timeout: 4000, agent: false }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode, body: JSON.parse(text) });
        } catch {
          resolve({ status: res.statusCode, body: { status: 'down', error: text.slice(0, 200) } });
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: 0, body: { status: 'down', error: e.message } }));
    req.end();
  });
}

async function main() {
  if (!existsSync(manifestPath)) {
    console.log(`No running sandbox: ${manifestPath} does not exist (start it with npm start).`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const ca = readFileSync(manifest.caCertFile);
  let allReady = true;
  for (const [name, svc] of Object.entries(manifest.services)) {
    const { body } = await get(svc.health, ca);
    allReady &&= body.status === 'ok' || body.status === 'degraded';
    console.log(`${name.padEnd(15)} ${String(body.status).padEnd(9)} ${svc.url}`);
    for (const [check, r] of Object.entries(body.checks || {})) {
      const detail = r.status === 'up' ? '' : ` ${r.error}`;
      console.log(`  ${check.padEnd(28)} ${r.status}${r.critical ? '' : ' (optional)'}${detail}`);
    }
  }
  console.log(`redis           ${manifest.redis.summary}`);
  process.exit(allReady ? 0 : 1);
}

main();
