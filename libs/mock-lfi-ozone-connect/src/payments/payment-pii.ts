import { compactDecrypt, decodeJwt, importPKCS8 } from 'jose';
import { readFile } from 'node:fs/promises';

/** An account as the PII names it (CreditorAccount, DebtorAccount); `Name` is `{en, ar}` in v2.1, a string in older messages. */
interface PiiAccount {
  SchemeName?: string;
  Identification?: string;
  Name?: string | { en?: string; ar?: string };
}

/** AEDomesticCreditor: the consent's PII lists them (`Initiation.Creditor[]`); a payment's PII is one (`Initiation`). */
interface PiiCreditor {
  Creditor?: { Name?: string };
  CreditorAccount?: PiiAccount;
}

/** `Initiation`: of a consent, a list of creditors and the debtor account; of a payment, one creditor's members. */
interface PiiInitiation {
  Creditor?: PiiCreditor['Creditor'] | PiiCreditor[];
  CreditorAccount?: PiiAccount;
  DebtorAccount?: PiiAccount;
}

/** A payee as PII names it: the account's scheme and identification, and the name to show and pay. */
export interface PiiPayee {
  schemeName?: string;
  identification: string;
  name?: string;
}

/** What a consent's PII says of the parties. */
export interface ConsentParties {
  creditors: PiiPayee[];
  debtorAccount?: string;
}

/** What the consent pages show of a payment consent's parties. */
export interface PaymentParties {
  creditorName?: string;
  creditorAccount?: string;
  debtorAccount?: string;
}

/** The PII could not be decrypted or read: not a JWE to this LFI's key, or not the document's shape. */
export class PiiUnreadable extends Error {}

type DecryptionKey = Awaited<ReturnType<typeof importPKCS8>>;
const keys = new Map<string, Promise<DecryptionKey>>();

function keyOf(encryptionKeyFile: string): Promise<DecryptionKey> {
  let key = keys.get(encryptionKeyFile);
  if (!key) {
    key = readFile(encryptionKeyFile, 'utf8').then((pem) => importPKCS8(pem, 'RSA-OAEP-256'));
    // A failed read is not remembered: the key file may appear (renewal) and be read next time.
    key.catch(() => keys.delete(encryptionKeyFile));
    keys.set(encryptionKeyFile, key);
  }
  return key;
}

/**
 * Decrypts PersonalIdentifiableInformation: a compact JWE (RSA-OAEP-256 / A256GCM) to the LFI's
 * encryption key, wrapping the TPP's JWS of the PII object (a plain JSON object is read too, as
 * some TPPs send it). The JWS is read, not verified: the TPP's signature over the request was
 * checked by the hub, which cannot see inside the JWE. Throws PiiUnreadable.
 */
async function decryptPii(jwe: string, encryptionKeyFile: string): Promise<PiiInitiation> {
  let claims: { Initiation?: unknown; message?: { Initiation?: unknown } };
  try {
    const { plaintext } = await compactDecrypt(jwe, await keyOf(encryptionKeyFile));
    const inner = new TextDecoder().decode(plaintext).trim();
    claims = (inner.split('.').length === 3 ? decodeJwt(inner) : JSON.parse(inner)) as typeof claims;
  } catch (e) {
    throw new PiiUnreadable(`PersonalIdentifiableInformation is not a JWE this LFI can decrypt: ${(e as Error).message}`, { cause: e });
  }
  const initiation = claims?.Initiation ?? claims?.message?.Initiation;
  if (!initiation || typeof initiation !== 'object' || Array.isArray(initiation)) throw new PiiUnreadable('PersonalIdentifiableInformation holds no Initiation object');
  return initiation as PiiInitiation;
}

function nameText(name: PiiAccount['Name']): string | undefined {
  return typeof name === 'string' ? name : (name?.en ?? name?.ar);
}

function payeeOf(creditor: PiiCreditor | undefined): PiiPayee | undefined {
  const account = creditor?.CreditorAccount;
  if (typeof account?.Identification !== 'string' || !account.Identification) return undefined;
  return { schemeName: account.SchemeName, identification: account.Identification, name: creditor?.Creditor?.Name ?? nameText(account.Name) };
}

/** The creditors and debtor account a consent's PII names (AEDomesticPaymentPII / AEInternationalPaymentPII). */
export async function consentPartiesOf(pii: string, encryptionKeyFile: string): Promise<ConsentParties> {
  const initiation = await decryptPii(pii, encryptionKeyFile);
  const listed = Array.isArray(initiation.Creditor) ? initiation.Creditor : [{ Creditor: initiation.Creditor, CreditorAccount: initiation.CreditorAccount }];
  return {
    creditors: listed.map(payeeOf).filter((payee): payee is PiiPayee => payee !== undefined),
    debtorAccount: initiation.DebtorAccount?.Identification,
  };
}

/**
 * The creditor a payment's PII names: `Initiation` is one AEDomesticCreditor in the payment
 * documents; a consent-shaped list of one is read as well. Undefined when it names none.
 */
export async function paymentCreditorOf(pii: string, encryptionKeyFile: string): Promise<PiiPayee | undefined> {
  const initiation = await decryptPii(pii, encryptionKeyFile);
  if (Array.isArray(initiation.Creditor)) return initiation.Creditor.length === 1 ? payeeOf(initiation.Creditor[0]) : undefined;
  return payeeOf({ Creditor: initiation.Creditor, CreditorAccount: initiation.CreditorAccount });
}

/**
 * The parties the consent pages show. Unreadable PII yields nothing rather than an error page:
 * the user still sees amount and schedule, which travel in clear.
 */
export async function paymentPartiesOf(pii: unknown, encryptionKeyFile: string): Promise<PaymentParties> {
  if (typeof pii !== 'string' || !pii) return {};
  try {
    const { creditors, debtorAccount } = await consentPartiesOf(pii, encryptionKeyFile);
    return { creditorName: creditors[0]?.name, creditorAccount: creditors[0]?.identification, debtorAccount };
  } catch {
    return {};
  }
}
