import { ensureTrustFramework, type Directory, type HubApplication } from '@hub/trust-framework';
import { createLocalJWKSet, decodeProtectedHeader, importPKCS8, jwtVerify } from 'jose';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certificateOrganisation } from './certificate-identity';
import { JWT_AUTH_LIFETIME_SECONDS, signJwtAuth } from './jwt-auth';

let certsDir: string;
let directory: Directory;
let hub: HubApplication;

beforeAll(async () => {
  certsDir = mkdtempSync(join(tmpdir(), 'ozone-connect-jwt-'));
  directory = await ensureTrustFramework({ certsDir, tenants: [{ id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' }], tppApplications: [] });
  hub = directory.hubApplications[0];
});

afterAll(() => rmSync(certsDir, { recursive: true, force: true }));

async function hubJwt(now?: Date): Promise<string> {
  const { organisationName, organisationId } = certificateOrganisation(readFileSync(hub.transportCertFile));
  return signJwtAuth({
    privateKey: await importPKCS8(readFileSync(hub.signingKeyFile, 'utf8'), 'PS256'),
    kid: hub.signingKid,
    issuer: organisationName,
    subject: organisationId,
    audience: 'alpha-bank',
    now,
  });
}

describe('certificateOrganisation', () => {
  it('reads O and OU of the hub transport certificate', () => {
    expect(certificateOrganisation(readFileSync(hub.transportCertFile))).toEqual({
      organisationName: hub.organisationName,
      organisationId: hub.organisationId,
    });
  });

  it('refuses a certificate without an organisation', () => {
    expect(() => certificateOrganisation(readFileSync(directory.servers['mock-lfi'].certFile))).toThrow(/names no O and OU/);
  });
});

describe('signJwtAuth', () => {
  it('signs PS256 with the header and claims the standard asks for, verifiable with the hub JWKS', async () => {
    const now = new Date();
    const token = await hubJwt(now);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'PS256', typ: 'JOSE', cty: 'json', kid: hub.signingKid });
    const jwks = createLocalJWKSet(JSON.parse(readFileSync(hub.jwksFile, 'utf8')));
    const { payload } = await jwtVerify(token, jwks, { algorithms: ['PS256'] });
    const iat = Math.floor(now.getTime() / 1000);
    expect(payload).toEqual({
      iss: hub.organisationName,
      sub: hub.organisationId,
      aud: 'alpha-bank',
      iat,
      exp: iat + JWT_AUTH_LIFETIME_SECONDS,
      jti: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    });
  });

  it('uses a new jti every time', async () => {
    const jtis = await Promise.all([hubJwt(), hubJwt()].map(async (t) => JSON.parse(Buffer.from((await t).split('.')[1], 'base64url').toString()).jti));
    expect(jtis[0]).not.toBe(jtis[1]);
  });
});
