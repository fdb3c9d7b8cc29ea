import { createPrivateKey, createPublicKey, generateKeyPair, KeyObject, webcrypto } from 'node:crypto';
import { PRIVATE_FILE_MODE, readIfExists, writeFileAtomic } from './atomic-file';
import { ECDSA_P256 } from './x509';

/** `ec` = P-256 for TLS and the CAs (fast handshakes); `rsa` = 2048-bit for PS256 and RSA-OAEP-256. */
export type KeyKind = 'ec' | 'rsa';

export interface KeyMaterial {
  file: string;
  pem: string;
  privateKey: KeyObject;
}

/** Keys outlive certificates: a renewal re-certifies the same key, so published JWKS stay valid. */
export async function loadOrCreateKey(file: string, kind: KeyKind): Promise<KeyMaterial> {
  const existing = loadKey(file, kind);
  if (existing) return existing;
  const pem = await generatePem(kind);
  writeFileAtomic(file, pem, PRIVATE_FILE_MODE);
  return { file, pem, privateKey: createPrivateKey(pem) };
}

export function loadKey(file: string, kind: KeyKind): KeyMaterial | undefined {
  const pem = readIfExists(file);
  if (!pem) return undefined;
  try {
    const privateKey = createPrivateKey(pem);
    return isKind(privateKey, kind) ? { file, pem, privateKey } : undefined;
  } catch {
    return undefined;
  }
}

/** The async variant runs on libuv's thread pool, so the many keys of a first run are made in parallel. */
function generatePem(kind: KeyKind): Promise<string> {
  const encoding = { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } } as const;
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, _publicKey: string, privateKey: string) => (error ? reject(error) : resolve(privateKey));
    if (kind === 'ec') generateKeyPair('ec', { namedCurve: 'P-256', ...encoding }, done);
    else generateKeyPair('rsa', { modulusLength: 2048, ...encoding }, done);
  });
}

function isKind(key: KeyObject, kind: KeyKind): boolean {
  const details = key.asymmetricKeyDetails;
  if (kind === 'ec') return key.asymmetricKeyType === 'ec' && details?.namedCurve === 'prime256v1';
  return key.asymmetricKeyType === 'rsa' && (details?.modulusLength ?? 0) >= 2048;
}

export function spkiDer(key: KeyObject): Buffer {
  return createPublicKey(key).export({ type: 'spki', format: 'der' });
}

/** WebCrypto-typed APIs (@peculiar/x509) take a plain ArrayBuffer, not a Buffer over a shared pool. */
export function spkiArrayBuffer(key: KeyObject): ArrayBuffer {
  const der = spkiDer(key);
  return der.buffer.slice(der.byteOffset, der.byteOffset + der.byteLength) as ArrayBuffer;
}

/** @peculiar/x509 signs through WebCrypto; the keys live on disk as PKCS#8 and load as KeyObjects. */
export async function toWebCryptoSigningKey(key: KeyObject): Promise<webcrypto.CryptoKey> {
  const der = key.export({ type: 'pkcs8', format: 'der' });
  return webcrypto.subtle.importKey('pkcs8', der, ECDSA_P256, false, ['sign']);
}
