// @peculiar/x509 resolves its services through tsyringe, which refuses to load without the
// Reflect polyfill: import it first, whoever imports this library first.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

// Node's own WebCrypto, not a browser shim or whatever Jest puts on globalThis.
x509.cryptoProvider.set(webcrypto as typeof globalThis.crypto);

export { x509 };

export const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;
