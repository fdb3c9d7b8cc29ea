import { createPrivateKey, type KeyObject } from 'node:crypto';
import { O3_REFUSALS } from './o3-refusals';

const PS256_MIN_MODULUS_BITS = 2048;
const PEM = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/;

/**
 * A PEM as it arrives through a Postman variable: newlines may come as the two characters `\n`
 * or as spaces when the variable was pasted on one line. Rebuilt line by line so the PEM reader
 * accepts it; anything that is not one PEM block is left for the reader to refuse.
 */
export function normalisedPem(text: string): string {
  const match = PEM.exec(text.replace(/\\r/g, '').replace(/\\n/g, '\n'));
  if (!match) return text;
  const [, label, body] = match;
  const base64 = body.replace(/\s+/g, '');
  return `-----BEGIN ${label}-----\n${base64.match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END ${label}-----\n`;
}

/** The RSA private key of a PEM (PKCS#8 or PKCS#1), refused unless it can sign PS256. */
export function ps256SigningKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: normalisedPem(pem), format: 'pem' });
  } catch {
    throw O3_REFUSALS.notAPrivateKey();
  }
  if (key.asymmetricKeyType !== 'rsa') throw O3_REFUSALS.notRsa(key.asymmetricKeyType);
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < PS256_MIN_MODULUS_BITS) throw O3_REFUSALS.tooSmall(bits);
  return key;
}
