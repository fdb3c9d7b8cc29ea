import { join } from 'node:path';
import { SERVER_NAMES, ServerName, TlsFiles } from '../directory/directory.types';
import { subjectName } from '../issuance/certificate-profiles';
import { ensureLeafCertificate, IssuanceContext } from './issuance-context';

export const HUB_ORGANISATION_NAME = 'Open Finance Hub Sandbox';

const SERVER_ORGANISATION: Record<ServerName, string> = {
  hub: HUB_ORGANISATION_NAME,
  'mock-lfi': 'Mock LFI Sandbox',
  'webhook-worker': HUB_ORGANISATION_NAME,
};

export async function ensureServerCertificates(ctx: IssuanceContext): Promise<Record<ServerName, TlsFiles>> {
  const entries = await Promise.all(SERVER_NAMES.map(async (name) => [name, await ensureServerCertificate(ctx, name)] as const));
  return Object.fromEntries(entries) as Record<ServerName, TlsFiles>;
}

async function ensureServerCertificate(ctx: IssuanceContext, name: ServerName): Promise<TlsFiles> {
  const files = { certFile: join(ctx.certsDir, 'servers', `${name}.pem`), keyFile: join(ctx.certsDir, 'servers', `${name}.key`) };
  const subject = subjectName({ organisationName: SERVER_ORGANISATION[name], commonName: name });
  await ensureLeafCertificate(ctx, files, subject, { kind: 'server', hostnames: ctx.serverHostnames });
  return files;
}
