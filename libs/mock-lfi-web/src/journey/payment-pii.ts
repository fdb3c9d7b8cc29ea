import { compactDecrypt, decodeJwt, importPKCS8 } from 'jose';
import { readFileSync } from 'node:fs';

/** What the user must see of a payment consent's PersonalIdentifiableInformation. */
export interface PaymentParties {
  creditorName?: string;
  creditorAccount?: string;
  debtorAccount?: string;
}

/** The members of the signed initiation the page reads (domestic and international payments). */
interface PiiAccount {
  Identification?: string;
  Name?: string;
}

interface PiiCreditor {
  Creditor?: { Name?: string };
  CreditorAccount?: PiiAccount;
}

interface PiiInitiation {
  Creditor?: PiiCreditor | PiiCreditor[];
  DebtorAccount?: PiiAccount;
}

/**
 * Decrypts the PII JWE (RSA-OAEP-256 / A256GCM, to the LFI's encryption key) and reads the
 * signed initiation inside. The hub checked the TPP's signature when the consent was requested;
 * the page only reads the payload. Undecryptable PII yields nothing rather than an error page:
 * the user still sees amount and schedule, which travel in clear.
 */
export async function paymentPartiesOf(pii: unknown, encryptionKeyFile: string): Promise<PaymentParties> {
  if (typeof pii !== 'string' || !pii) return {};
  try {
    const key = await importPKCS8(readFileSync(encryptionKeyFile, 'utf8'), 'RSA-OAEP-256');
    const { plaintext } = await compactDecrypt(pii, key);
    const inner = new TextDecoder().decode(plaintext);
    // Any other shape reads as nothing (or throws, and is caught below).
    const claims = (inner.split('.').length === 3 ? decodeJwt(inner) : JSON.parse(inner)) as { Initiation?: PiiInitiation; message?: { Initiation?: PiiInitiation } };
    const initiation: PiiInitiation = claims.Initiation ?? claims.message?.Initiation ?? {};
    const creditor = Array.isArray(initiation.Creditor) ? initiation.Creditor[0] : initiation.Creditor;
    return {
      creditorName: creditor?.Creditor?.Name ?? creditor?.CreditorAccount?.Name,
      creditorAccount: creditor?.CreditorAccount?.Identification,
      debtorAccount: initiation.DebtorAccount?.Identification,
    };
  } catch {
    return {};
  }
}
