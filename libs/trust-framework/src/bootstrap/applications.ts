import { join } from 'node:path';
import { ApplicationBase, HubApplication, LfiApplication, TppApplication } from '../directory/directory.types';
import { writeFileIfChanged } from '../issuance/atomic-file';
import { subjectName } from '../issuance/certificate-profiles';
import { credentialsReadme } from '../tpp/credentials-readme';
import { TppRegistration } from '../tpp/tpp-registration';
import { caFiles } from './certificate-authority';
import { ApplicationIdentity, hubIdentity, lfiIdentity } from './identities';
import { ensureApplicationKey, ensureLeafCertificate, EnsuredJwk, IssuanceContext, writeApplicationJwks } from './issuance-context';

export async function ensureHubApplication(ctx: IssuanceContext, tenantId: string): Promise<HubApplication> {
  const dir = join(ctx.certsDir, 'hub', tenantId);
  const identity = hubIdentity(tenantId);
  const [transport, signing] = await Promise.all([ensureTransport(ctx, identity, dir), ensureApplicationKey(dir, 'sig')]);
  return { tenantId, ...applicationBase(identity, transport, signing, writeApplicationJwks(dir, [signing])) };
}

export async function ensureLfiApplication(ctx: IssuanceContext, tenant: { id: string; name: string }): Promise<LfiApplication> {
  const dir = join(ctx.certsDir, 'lfi', tenant.id);
  const identity = lfiIdentity(tenant);
  const [transport, signing, encryption] = await Promise.all([
    ensureTransport(ctx, identity, dir),
    ensureApplicationKey(dir, 'sig'),
    ensureApplicationKey(dir, 'enc'),
  ]);
  const jwksFile = writeApplicationJwks(dir, [signing, encryption]);
  return {
    tenantId: tenant.id,
    ...applicationBase(identity, transport, signing, jwksFile),
    encryptionKeyFile: encryption.keyFile,
    encryptionKid: encryption.jwk.kid,
  };
}

export async function ensureTppApplication(ctx: IssuanceContext, registration: TppRegistration): Promise<TppApplication> {
  const { name, roles, redirectUris, ...identity } = registration;
  const dir = join(ctx.certsDir, 'tpps', identity.clientId);
  const webhookServer = { certFile: join(dir, 'webhook-server.pem'), keyFile: join(dir, 'webhook-server.key') };
  const webhookSubject = subjectName({ ...identity, commonName: 'localhost' });
  const [transport, signing, encryption] = await Promise.all([
    ensureTransport(ctx, identity, dir),
    ensureApplicationKey(dir, 'sig'),
    ensureApplicationKey(dir, 'enc'),
    ensureLeafCertificate(ctx, webhookServer, webhookSubject, { kind: 'server', hostnames: ctx.serverHostnames }),
  ]);
  const application: TppApplication = {
    ...applicationBase(identity, transport, signing, writeApplicationJwks(dir, [signing, encryption])),
    name,
    roles,
    redirectUris,
    encryptionKeyFile: encryption.keyFile,
    encryptionKid: encryption.jwk.kid,
    webhookServerCertFile: webhookServer.certFile,
    webhookServerKeyFile: webhookServer.keyFile,
    credentialsDir: dir,
  };
  writeFileIfChanged(join(dir, 'README.md'), credentialsReadme(application, caFiles(ctx.certsDir).caBundleFile));
  return application;
}

interface Transport {
  certFile: string;
  keyFile: string;
  sha256: string;
}

/** The mTLS client certificate every application presents: C=AE, O=<org>, OU=<org id>, CN=<client id>. */
async function ensureTransport(ctx: IssuanceContext, identity: ApplicationIdentity, dir: string): Promise<Transport> {
  const files = { certFile: join(dir, 'transport.pem'), keyFile: join(dir, 'transport.key') };
  const subject = subjectName({ ...identity, commonName: identity.clientId });
  const { sha256 } = await ensureLeafCertificate(ctx, files, subject, { kind: 'client' });
  return { ...files, sha256 };
}

function applicationBase(identity: ApplicationIdentity, transport: Transport, signing: EnsuredJwk, jwksFile: string): ApplicationBase {
  return {
    organisationId: identity.organisationId,
    organisationName: identity.organisationName,
    softwareStatementId: identity.softwareStatementId,
    clientId: identity.clientId,
    transportCertFile: transport.certFile,
    transportKeyFile: transport.keyFile,
    signingKeyFile: signing.keyFile,
    signingKid: signing.jwk.kid,
    jwksFile,
    certificateSha256: transport.sha256,
  };
}
