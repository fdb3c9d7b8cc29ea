import { ApiError } from '@hub/kernel';
import { ConsentError } from './consent-error';
import { consentErrorToApiError } from './consent-error.mapping';

describe('consentErrorToApiError', () => {
  it.each([
    ['not-found', 404],
    ['conflict', 409],
    ['invalid', 400],
    ['transition', 400],
  ] as const)('answers a %s refusal with %i and the standard code', (kind, status) => {
    const mapped = consentErrorToApiError(new ConsentError(kind, 'Consent.Invalid', 'no')) as ApiError;
    expect(mapped).toBeInstanceOf(ApiError);
    expect([mapped.status, mapped.code, mapped.message]).toEqual([status, 'Consent.Invalid', 'no']);
  });

  it('keeps the path of the request member at fault for Errors[].Path', () => {
    const mapped = consentErrorToApiError(new ConsentError('invalid', 'Consent.FailsControlParameters', 'too much', 'Data.Instruction.Amount.Amount')) as ApiError;
    expect(mapped.path).toBe('Data.Instruction.Amount.Amount');
  });

  it('passes other errors through unchanged', () => {
    const other = new Error('boom');
    expect(consentErrorToApiError(other)).toBe(other);
  });
});
