import { ConsentStatus } from '@hub/consent';
import { ApiError } from '@hub/kernel';
import { assertFileMatches, assertFileUploadable, assertInstructionMatches, FILE_UPLOAD_STATUSES, fileHashOf, filePaymentTermsOf, withConsentedInstruction } from './payment-file';
import { filePaymentConsent, PAYROLL_FILE, payrollTerms } from './testing/file-payment-consent';

function refusal(work: () => unknown): { status: number; code: string; path?: string } {
  try {
    work();
  } catch (e) {
    if (e instanceof ApiError) return { status: e.status, code: e.code, path: e.path };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('a payment file against its consent', () => {
  describe('FileHash', () => {
    it('is base64 of the SHA-256 of the bytes (the known digest of "abc")', () => {
      expect(fileHashOf(Buffer.from('abc'))).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    });

    it('accepts the consented file', () => {
      expect(assertFileMatches(PAYROLL_FILE, payrollTerms())).toBe(payrollTerms().FileHash);
    });

    it.each([
      ['another file', Buffer.from('CreditorIBAN,CreditorName,Amount,Currency,Reference\n')],
      ['the consented file with one byte changed', Buffer.from(PAYROLL_FILE.toString('utf8').replace('1000.00', '1000.01'))],
      ['the consented file with a trailing newline added', Buffer.concat([PAYROLL_FILE, Buffer.from('\n')])],
      ['an empty body', Buffer.alloc(0)],
    ])('refuses %s with 400 Consent.FailsControlParameters', (_name, bytes) => {
      expect(refusal(() => assertFileMatches(bytes, payrollTerms()))).toEqual({ status: 400, code: 'Consent.FailsControlParameters', path: 'FileHash' });
    });

    it('compares the hash exactly: the document says base64, so a base64url spelling of the digest is another FileHash', () => {
      const base64url = Buffer.from(payrollTerms().FileHash, 'base64').toString('base64url');
      expect(base64url).not.toBe(payrollTerms().FileHash.replace(/=+$/, ''));
      expect(refusal(() => assertFileMatches(PAYROLL_FILE, payrollTerms({ FileHash: base64url }))).code).toBe('Consent.FailsControlParameters');
    });
  });

  describe('the consent that takes a file', () => {
    it('reads the FilePayment terms of the schedule', () => {
      expect(filePaymentTermsOf(filePaymentConsent())).toEqual(payrollTerms());
    });

    it.each([
      ['a single payment consent', filePaymentConsent({ schedule: { SinglePayment: { Type: 'SingleInstantPayment', Amount: { Amount: '1.00', Currency: 'AED' } } } })],
      ['a consent without ConsentSchedule', filePaymentConsent({ schedule: {} })],
      ['a data-sharing consent', filePaymentConsent({ consentType: 'cbuae-account-access-consents' })],
    ])('has no file terms on %s (400 Consent.Invalid at upload)', (_name, consent) => {
      expect(filePaymentTermsOf(consent)).toBeUndefined();
      expect(refusal(() => assertFileUploadable(consent))).toEqual({ status: 400, code: 'Consent.Invalid', path: undefined });
    });

    it.each(Object.entries(FILE_UPLOAD_STATUSES))('upload while %s: allowed = %s', (status, allowed) => {
      const consent = filePaymentConsent({ status });
      if (allowed) expect(assertFileUploadable(consent)).toEqual(payrollTerms());
      else expect(refusal(() => assertFileUploadable(consent)).code).toBe('Consent.Invalid');
    });

    it('takes the file only before or after the authorisation, never once the consent is final or suspended', () => {
      const allowed = Object.entries(FILE_UPLOAD_STATUSES).filter(([, ok]) => ok).map(([s]) => s);
      expect(allowed).toEqual([ConsentStatus.AwaitingAuthorization, ConsentStatus.Authorized]);
    });
  });

  describe('the Instruction of a file payment request', () => {
    it('may be left out', () => {
      expect(() => assertInstructionMatches(undefined, payrollTerms())).not.toThrow();
    });

    it('accepts the consent\'s terms repeated', () => {
      expect(() => assertInstructionMatches(payrollTerms(), payrollTerms())).not.toThrow();
    });

    it.each([
      ['another ControlSum', { ControlSum: '1500.01' }, 'Data.Instruction.ControlSum'],
      ['another NumberOfTransactions', { NumberOfTransactions: 3 }, 'Data.Instruction.NumberOfTransactions'],
      ['another FileHash', { FileHash: fileHashOf(Buffer.from('x')) }, 'Data.Instruction.FileHash'],
      ['another FileType', { FileType: 'other.v1' }, 'Data.Instruction.FileType'],
      ['a FileReference the consent does not have', { FileReference: 'May payroll' }, 'Data.Instruction.FileReference'],
    ])('refuses %s with 400 Consent.FailsControlParameters', (_name, change, path) => {
      expect(refusal(() => assertInstructionMatches({ ...payrollTerms(), ...change }, payrollTerms()))).toEqual({ status: 400, code: 'Consent.FailsControlParameters', path });
    });
  });

  describe('the message the payment log keeps', () => {
    it('completes a missing Instruction with the consent\'s terms, leaving the rest as signed', () => {
      const message = { Data: { ConsentId: 'c', PaymentPurposeCode: 'SAL' } };
      expect(withConsentedInstruction(message, payrollTerms({ FileReference: 'May' }))).toEqual({ Data: { ConsentId: 'c', PaymentPurposeCode: 'SAL', Instruction: { ...payrollTerms(), FileReference: 'May' } } });
      expect(message).toEqual({ Data: { ConsentId: 'c', PaymentPurposeCode: 'SAL' } });
    });

    it('keeps the TPP\'s own Instruction', () => {
      const message = { Data: { ConsentId: 'c', PaymentPurposeCode: 'SAL', Instruction: payrollTerms() } };
      expect(withConsentedInstruction(message, payrollTerms({ FileReference: 'other' }))).toBe(message);
    });
  });
});
