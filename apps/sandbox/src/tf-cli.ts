import { loadConfig } from '@hub/kernel';
import { addTppApplication, readDirectory } from '@hub/trust-framework';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { tppEntry, writeManifest } from './launcher/manifest';

const USAGE = `Local trust framework

  npm run tf -- add-tpp --name "My App" --org-name "My Fintech LLC" --roles BDSP,BSIP \\
                        --redirect-uri https://localhost:8080/callback [--redirect-uri …] \\
                        [--client-id <uuid>] [--org-id <uuid>]
      Issues a transport certificate, signing and encryption keys and a webhook server
      certificate for a new TPP application, writes its credentials folder, and registers it
      with the running sandbox (no restart needed).

  npm run tf -- list
      Lists the TPP applications of the trust framework.

Roles: BDSP (bank data sharing), BSIP (bank service initiation), IDSP (insurance data sharing), …`;

async function addTpp(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      name: { type: 'string' },
      'org-name': { type: 'string' },
      roles: { type: 'string' },
      'redirect-uri': { type: 'string', multiple: true },
      'client-id': { type: 'string' },
      'org-id': { type: 'string' },
    },
    strict: true,
  });
  if (!values.name || !values.roles || !values['redirect-uri']) throw new Error('add-tpp needs --name, --roles and at least one --redirect-uri');
  const config = loadConfig();
  const app = await addTppApplication(config.certsDir, {
    name: values.name,
    organisationName: values['org-name'] ?? values.name,
    roles: values.roles.split(',').map((r) => r.trim()),
    redirectUris: values['redirect-uri'],
    clientId: values['client-id'],
    organisationId: values['org-id'],
  });
  // A running sandbox reads the registry on every lookup; only the manifest needs the new entry.
  if (existsSync(config.manifestPath)) {
    const manifest = JSON.parse(readFileSync(config.manifestPath, 'utf8')) as { tpps: unknown[]; services: { hub: { url: string } } };
    // URLs must name the port the running hub actually listens on (config may say 0 = any).
    config.ports.hub = Number(new URL(manifest.services.hub.url).port);
    manifest.tpps.push(tppEntry(config, app));
    writeManifest(config.manifestPath, manifest);
  }
  process.stdout.write(`Added TPP application '${app.name}'\n  client id    ${app.clientId}\n  credentials  ${app.credentialsDir} (see README.md there)\n`);
}

function list(): void {
  const directory = readDirectory(loadConfig().certsDir);
  for (const t of directory.tppApplications) process.stdout.write(`${t.clientId}  ${t.roles.join(',').padEnd(14)} ${t.name}  ${t.credentialsDir}\n`);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'add-tpp') return addTpp(rest);
  if (command === 'list') return list();
  process.stdout.write(`${USAGE}\n`);
  if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
}

main().catch((e) => {
  process.stderr.write(`tf: ${(e as Error).message}\n`);
  process.exit(1);
});
