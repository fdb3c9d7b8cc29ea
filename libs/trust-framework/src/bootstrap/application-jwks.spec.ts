import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calculateJwkThumbprint, compactDecrypt, CompactEncrypt, createLocalJWKSet, importJWK, importPKCS8, jwtVerify, SignJWT } from 'jose';
import { Directory } from '../directory/directory.types';
import { ensureTrustFramework } from './ensure-trust-framework';

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi'];

let certsDir: string;
let directory: Directory;

beforeAll(async () => {
  certsDir = mkdtempSync(join(tmpdir(), 'tf-jwks-'));
  directory = await ensureTrustFramework({
    certsDir,
    tenants: [{ id: 'alpha-bank', name: 'Alpha Bank', sector: 'banking' }],
    tppApplications: [{ clientId: randomUUID(), organisationName: 'Acme', name: 'Acme App', roles: ['BDSP'], redirectUris: ['https://acme.example/cb'] }],
  });
});

afterAll(() => rmSync(certsDir, { recursive: true, force: true }));

const jwksOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { keys: Record<string, string>[] };

describe('application.jwks', () => {
  it('publishes public keys only, with RFC 7638 thumbprints as kid', async () => {
    for (const app of [...directory.hubApplications, ...directory.lfiApplications, ...directory.tppApplications]) {
      for (const key of jwksOf(app.jwksFile).keys) {
        expect(key.kid).toBe(await calculateJwkThumbprint(key, 'sha256'));
        expect(key.kty).toBe('RSA');
        expect(Object.keys(key).filter((m) => PRIVATE_MEMBERS.includes(m))).toEqual([]);
      }
    }
  });

  it('holds a PS256 signing key for the hub, plus an RSA-OAEP-256 encryption key for LFIs and TPPs', () => {
    const [hub] = directory.hubApplications;
    expect(jwksOf(hub.jwksFile).keys.map((k) => [k.use, k.alg, k.kid])).toEqual([['sig', 'PS256', hub.signingKid]]);
    for (const app of [...directory.lfiApplications, ...directory.tppApplications]) {
      expect(jwksOf(app.jwksFile).keys.map((k) => [k.use, k.alg, k.kid])).toEqual([
        ['sig', 'PS256', app.signingKid],
        ['enc', 'RSA-OAEP-256', app.encryptionKid],
      ]);
    }
  });

  it('verifies what signing.key signs with PS256', async () => {
    for (const app of [...directory.hubApplications, ...directory.tppApplications]) {
      const key = await importPKCS8(readFileSync(app.signingKeyFile, 'utf8'), 'PS256');
      const jwt = await new SignJWT({ sub: app.clientId }).setProtectedHeader({ alg: 'PS256', kid: app.signingKid }).sign(key);
      const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwksOf(app.jwksFile) as never));
      expect(payload.sub).toBe(app.clientId);
    }
  });

  it('lets encryption.key decrypt what is encrypted to the enc key (RSA-OAEP-256, A256GCM)', async () => {
    for (const app of [...directory.lfiApplications, ...directory.tppApplications]) {
      const enc = jwksOf(app.jwksFile).keys.find((k) => k.use === 'enc')!;
      const jwe = await new CompactEncrypt(new TextEncoder().encode('webhook body'))
        .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: enc.kid })
        .encrypt(await importJWK(enc, 'RSA-OAEP-256'));
      const { plaintext } = await compactDecrypt(jwe, await importPKCS8(readFileSync(app.encryptionKeyFile, 'utf8'), 'RSA-OAEP-256'));
      expect(new TextDecoder().decode(plaintext)).toBe('webhook body');
    }
  });
});
