import type { Manifest } from './manifest';

/** The one screen a user reads after `npm start`: every URL and file they need. */
export function renderBanner(m: Manifest, manifestPath: string, startupMs: number): string {
  const lines: string[] = [];
  const add = (s = '') => lines.push(s);
  add('');
  add(`UAE Open Finance API Hub sandbox is up (${(startupMs / 1000).toFixed(1)} s)`);
  add('');
  for (const t of m.tenants) {
    add(`  ${t.name} [${t.id}, ${t.sector}${t.headless ? ', headless: you play the LFI' : ''}]`);
    add(`    discovery          ${t.discoveryUrl}`);
    add(`    resource server    ${t.resourceServerUrl}`);
    add(`    ${t.headless ? 'authorization     ' : 'LFI login page    '} ${t.authorizationEndpoint}`);
    add(`    Headless Heimdall  ${t.headlessHeimdallUrl}`);
    add(`    Consent Manager    ${t.consentManagerUrl}`);
    add(`    Ozone Connect      ${t.ozoneConnectUrl}`);
  }
  add('');
  add(`  API docs (Swagger)  ${m.services.hub.docs.hub}   mock LFI ${m.services.mockLfi.docs}`);
  add(`  health              ${m.services.hub.health}  (npm run status)`);
  add(`  CA bundle           ${m.caCertFile}`);
  add(`  TPP credentials     ${m.tpps.map((t) => `${t.name}: ${t.credentialsDir}`).join('\n                      ')}`);
  add(`  users (tenant/username/password/otp) ${m.psus.slice(0, 3).map((p) => `${p.tenantId}/${p.username}/${p.password}/${p.otp}`).join('  ')} …`);
  add(`  database            ${m.database}`);
  add(`  redis               ${m.redis.summary}`);
  add(`  manifest            ${manifestPath}`);
  add('');
  add('  Ctrl-C stops everything.');
  add('');
  return lines.join('\n');
}
