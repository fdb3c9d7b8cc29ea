import { ApiError } from '@hub/kernel';
import { CompactEncrypt, CompactSign, generateKeyPair } from 'jose';
import { Readable } from 'node:stream';
import { checkJweMediaType, compactJweProblem, MAX_JWE_BYTES, readBodyText } from './jwe-body';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('mock event receiver body checks', () => {
  it('takes application/jwe with or without parameters, any case', () => {
    expect(() => checkJweMediaType('application/jwe')).not.toThrow();
    expect(() => checkJweMediaType('Application/JWE; charset=utf-8')).not.toThrow();
  });

  it.each([undefined, '', 'application/json', 'application/jwt', 'text/plain'])('refuses Content-Type %p with 415', (type) => {
    expect(() => checkJweMediaType(type)).toThrow(expect.objectContaining({ status: 415, code: 'Body.InvalidFormat' }));
  });

  it('accepts a real compact JWE', async () => {
    const { publicKey } = await generateKeyPair('RSA-OAEP-256');
    const jwe = await new CompactEncrypt(new TextEncoder().encode('a.b.c')).setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }).encrypt(publicKey);
    expect(compactJweProblem(jwe)).toBeUndefined();
  });

  it('accepts direct encryption (empty encrypted key)', () => {
    expect(compactJweProblem(`${b64({ alg: 'dir', enc: 'A256GCM' })}..aXY.Y3Q.dGFn`)).toBeUndefined();
  });

  it('refuses a JWS, JSON, an empty body and broken JWEs, saying why', async () => {
    const { privateKey } = await generateKeyPair('PS256');
    const jws = await new CompactSign(new TextEncoder().encode('{}')).setProtectedHeader({ alg: 'PS256' }).sign(privateKey);
    const header = b64({ alg: 'RSA-OAEP-256', enc: 'A256GCM' });
    expect(compactJweProblem('')).toMatch(/empty/);
    expect(compactJweProblem(jws)).toMatch(/5 dot-separated parts; the body has 3/);
    expect(compactJweProblem('{"Data":{}}')).toMatch(/5 dot-separated/);
    expect(compactJweProblem(`${header}.k+y.iv.ct.tag`)).toMatch(/base64url/);
    expect(compactJweProblem(`${header}.key..ct.tag`)).toMatch(/not empty/);
    expect(compactJweProblem('bm90IGpzb24.key.iv.ct.tag')).toMatch(/not base64url JSON/);
    expect(compactJweProblem(`${b64({ alg: 'PS256' })}.key.iv.ct.tag`)).toMatch(/names no `enc`/);
    expect(compactJweProblem(`${Buffer.from('null').toString('base64url')}.key.iv.ct.tag`)).toMatch(/names no `enc`/);
  });

  it('reads the raw body, trimmed, and refuses one too large', async () => {
    expect(await readBodyText(Readable.from([Buffer.from(' a.b'), Buffer.from('.c.d.e\n')]))).toBe('a.b.c.d.e');
    const big = Readable.from([Buffer.alloc(MAX_JWE_BYTES), Buffer.alloc(1)]);
    await expect(readBodyText(big)).rejects.toBeInstanceOf(ApiError);
  });
});
