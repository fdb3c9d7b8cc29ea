import { loadConfig } from '@hub/kernel';
import { o3Headers, signJwtAuth } from '@hub/ozone-connect';
import { readDirectory } from '@hub/trust-framework';
import { createLocalJWKSet, decodeJwt, importPKCS8, jwtVerify, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';
import { httpsCall } from './mtls-client';
import type { SandboxManifest, SandboxProcess } from './sandbox-process';
import type { TppClient } from './tpp-client';
import type { TppCredentials } from './tpp-client';
import { serviceCall, type ServiceCallOptions, type ServiceReply } from './tpp-service-calls';

export const COP_DOC = 'standards/v2.1-errata2/uae-confirmation-of-payee-openapi.yaml';
export const COP_PATH = '/open-finance/confirmation-of-payee/v2.1';

type Tenant = SandboxManifest['tenants'][number];
type Tpp = SandboxManifest['tpps'][number] & TppCredentials;

/** A Confirmation of Payee answer as the TPP reads it: the status, and the verified claims of a signed body. */
export interface CopReply extends ServiceReply {
  /** The hub-signed JWT's claims (iss, aud, exp, message …), verified with the tenant's hub keys. */
  claims?: any;
}

/**
 * Calls `POST {tenant rs}/open-finance/confirmation-of-payee/v2.1/{operation}` as a TPP: a
 * client-credentials token (scope confirmation-of-payee unless `o.scope`), the message signed with
 * the TPP's key for the tenant's issuer (or `o.body` as it is), and any signed answer verified.
 */
export async function copCall(
  tpp: TppClient,
  m: SandboxManifest,
  tenant: Tenant,
  app: Tpp,
  operation: 'discovery' | 'confirmation',
  message: unknown,
  o: ServiceCallOptions & { scope?: string; body?: 'json' } = {},
): Promise<CopReply> {
  const url = `${tenant.resourceServerUrl}${COP_PATH}/${operation}`;
  const body = o.body === 'json' ? { json: message } : o.jwt !== undefined ? { jwt: o.jwt } : { jwt: await signCopMessage(app, tenant.issuer, message) };
  const reply = await serviceCall(tpp, 'POST', url, o.scope ?? 'confirmation-of-payee', { ...o, ...body });
  if (!reply.type.startsWith('application/jwt')) return reply;
  const keys = createLocalJWKSet((await httpsCall(tenant.hubJwksUrl, { caFile: m.caCertFile })).json());
  const { payload } = await jwtVerify(reply.text, keys, { algorithms: ['PS256'], issuer: tenant.issuer, audience: app.clientId });
  return { ...reply, claims: payload };
}

/**
 * A CoP request body as the document types it (NameConfirmationRequestBodySigned and
 * DiscoverConfirmationSourceRequestBodySigned): `{iss, exp, nbf, aud, iat, message}` with `aud` a
 * single string, PS256 with the TPP's signing key unless another `key` is given.
 */
export async function signCopMessage(creds: TppCredentials, audience: string, message: unknown, key?: Awaited<ReturnType<typeof importPKCS8>>): Promise<string> {
  return new SignJWT({ message: message as Record<string, unknown> })
    .setProtectedHeader({ alg: 'PS256', kid: creds.signingKid, typ: 'JWT' })
    .setIssuer(creds.clientId)
    .setAudience(audience)
    .setIssuedAt()
    .setNotBefore('0s')
    .setExpirationTime('5m')
    .sign(key ?? (await importPKCS8(readFileSync(creds.signingKeyFile, 'utf8'), 'PS256')));
}

/** The claims of a JWT without checking them (e.g. the request a test sends, to check it against the document). */
export const peekJwt = (jwt: string) => decodeJwt(jwt);

/**
 * Calls a bank's Ozone Connect `POST /customers/action/cop-query` as the hub does (its client
 * certificate of the tenant, JWT auth, the o3 headers of a consent-less call), to check the LFI's
 * answers against the Ozone Connect document.
 */
export async function hubCopQuery(sp: SandboxProcess, m: SandboxManifest, tenantId: string, body: unknown): Promise<{ status: number; body: any }> {
  const tenant = m.tenants.find((t) => t.id === tenantId)!;
  const hub = readDirectory(loadConfig(sp.env).certsDir).hubApplications.find((a) => a.tenantId === tenantId)!;
  const agent = new Agent({ connect: { ca: readFileSync(m.caCertFile), cert: readFileSync(hub.transportCertFile), key: readFileSync(hub.transportKeyFile) } });
  try {
    const token = await signJwtAuth({ privateKey: await importPKCS8(readFileSync(hub.signingKeyFile, 'utf8'), 'PS256'), kid: hub.signingKid, issuer: hub.organisationName, subject: hub.organisationId, audience: tenantId });
    const tpp = m.tpps[0];
    const headers = {
      ...o3Headers(tenantId, { callerOrgId: tpp.organisationId, callerClientId: tpp.clientId, callerSoftwareStatementId: tpp.softwareStatementId, apiUri: `${COP_PATH}/confirmation`, apiOperation: 'POST', ozoneInteractionId: randomUUID() }),
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    };
    const res = await request(`${tenant.ozoneConnectUrl.replace(/\/+$/, '')}/customers/action/cop-query`, { method: 'POST', headers, body: JSON.stringify(body), dispatcher: agent });
    const text = await res.body.text();
    return { status: res.statusCode, body: text ? JSON.parse(text) : undefined };
  } finally {
    await agent.close();
  }
}
