import { ConsentStatus, ConsentType } from '@hub/consent';
import { ApiError } from '@hub/kernel';
import type { ConsentRecord } from '@hub/ozone-connect';
import type { AEBankServiceInitiationFilePaymentConsent } from '@hub/standards';
import { createHash } from 'node:crypto';

/**
 * The file of a Bulk/Batch payment against the consent that announced it: the consent's
 * `ControlParameters.ConsentSchedule.FilePayment` terms, the consent statuses in which the file
 * may be uploaded and paid, and the checks of the file and of the payment request against those
 * terms. Pure rules, each with its negative test beside it (payment-file.spec.ts).
 */

/** AEBankServiceInitiationFilePaymentConsent as the consent holds it. */
export type FilePaymentTerms = AEBankServiceInitiationFilePaymentConsent;

/** The standard's refusal when a file or request does not match the consent's terms. */
const failsControlParameters = (message: string, path: string) => new ApiError(400, 'Consent.FailsControlParameters', message, path);

/**
 * When the TPP may upload the file, by consent status. The document's upload is a
 * client-credentials operation on the consent resource (TPPOAuth2Security, no user): as in the
 * Bulk/Batch model it comes from, the TPP uploads the file it announced at PAR while the consent
 * awaits authorisation, so the LFI can check it (count, ControlSum) before the user approves it;
 * the document sets no order, so a file may also follow the user's approval. Once the consent is
 * final (used, revoked, expired, rejected) or suspended by the LFI, no file is taken.
 */
export const FILE_UPLOAD_STATUSES: Readonly<Record<ConsentStatus, boolean>> = {
  [ConsentStatus.AwaitingAuthorization]: true,
  [ConsentStatus.Authorized]: true,
  [ConsentStatus.Suspended]: false,
  [ConsentStatus.Rejected]: false,
  [ConsentStatus.Revoked]: false,
  [ConsentStatus.Expired]: false,
  [ConsentStatus.Consumed]: false,
};

/** base64(SHA-256(bytes)): the form of FilePayment.FileHash ("A base64 encoding of a SHA256 hash of the file"). */
export function fileHashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

/** The consent's FilePayment terms; undefined when it is not a file payment consent. */
export function filePaymentTermsOf(consent: ConsentRecord): FilePaymentTerms | undefined {
  if (consent.consentType !== ConsentType.ServiceInitiation) return undefined;
  const controls = consent.consentBody.Data.ControlParameters as { ConsentSchedule?: { FilePayment?: FilePaymentTerms } } | undefined;
  const terms = controls?.ConsentSchedule?.FilePayment;
  return terms && typeof terms.FileHash === 'string' ? terms : undefined;
}

/** The terms of a consent that may take its file now (table above); else the standard's 400 Consent.Invalid. */
export function assertFileUploadable(consent: ConsentRecord): FilePaymentTerms {
  const terms = filePaymentTermsOf(consent);
  if (!terms) throw new ApiError(400, 'Consent.Invalid', `consent ${consent.id} authorises no file payment (ControlParameters.ConsentSchedule.FilePayment)`);
  if (!FILE_UPLOAD_STATUSES[consent.status as ConsentStatus]) throw new ApiError(400, 'Consent.Invalid', `consent ${consent.id} is ${consent.status}: a file can be uploaded only while it is AwaitingAuthorization or Authorized`);
  return terms;
}

/** The uploaded bytes must be the file the User consented to: their hash is the consent's FileHash. */
export function assertFileMatches(bytes: Uint8Array, terms: FilePaymentTerms): string {
  if (bytes.length === 0) throw failsControlParameters('the file is empty', 'FileHash');
  const hash = fileHashOf(bytes);
  if (hash !== terms.FileHash) throw failsControlParameters(`the file's SHA-256 hash (base64) is ${hash}, not the consent's FileHash ${terms.FileHash}`, 'FileHash');
  return hash;
}

/** The members of FilePayment a request's Instruction must repeat exactly. */
const INSTRUCTION_MEMBERS = ['FileType', 'FileHash', 'FileReference', 'NumberOfTransactions', 'ControlSum', 'RequestedExecutionDate'] as const;

/**
 * AEFilePaymentRequest.Data.Instruction is optional; when the TPP sends it, it names the consented
 * file: every member equal to the consent's (an absent optional member must be absent on both).
 */
export function assertInstructionMatches(instruction: Partial<FilePaymentTerms> | undefined, terms: FilePaymentTerms): void {
  if (instruction === undefined) return;
  for (const member of INSTRUCTION_MEMBERS) {
    if (instruction[member] !== terms[member]) {
      throw failsControlParameters(`Instruction.${member} must be the consent's ${member} (${String(terms[member] ?? 'absent')})`, `Data.Instruction.${member}`);
    }
  }
}

/**
 * The message the payment log keeps for a file payment: the TPP's, with Data.Instruction completed
 * from the consent when the TPP left it out. AEFilePaymentIdResponse (and so the webhook Data)
 * requires the Instruction, and by the rule above it can only be the consent's terms; the LFI
 * still receives the message exactly as the TPP signed it.
 */
export function withConsentedInstruction(message: { Data: Record<string, unknown> }, terms: FilePaymentTerms): { Data: Record<string, unknown> } {
  if (message.Data.Instruction !== undefined) return message;
  const instruction: Record<string, unknown> = {};
  for (const member of INSTRUCTION_MEMBERS) if (terms[member] !== undefined) instruction[member] = terms[member];
  return { ...message, Data: { ...message.Data, Instruction: instruction } };
}
