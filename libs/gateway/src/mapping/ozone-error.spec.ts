import { OzoneConnectError } from '@hub/ozone-connect';
import { readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import { mapOzoneConnectError, mapOzoneError, serviceResourceError } from './index-internal';
import { STANDARD_DOC } from './testing/official-documents';

/** The LFI error → TPP error table of ozone-error.ts, row by row. */
describe('mapOzoneError', () => {
  const lfi = (errorCode: unknown, errorMessage: unknown = 'The consent does not allow this account') => ({ errorCode, errorMessage });

  it.each([
    // 400 and 403 keep their status, and the code when it is a prescribed or namespaced one.
    [400, lfi('Consent.Invalid'), 400, 'Consent.Invalid'],
    [400, lfi('Resource.InvalidFormat'), 400, 'Resource.InvalidFormat'],
    [400, lfi('AltaBank.Limit42'), 400, 'AltaBank.Limit42'],
    [400, lfi('GenericRecoverableError'), 400, 'GenericRecoverableError'],
    [403, lfi('Consent.AccountTemporarilyBlocked'), 403, 'Consent.AccountTemporarilyBlocked'],
    [403, lfi('Consent.PermanentAccountAccessFailure'), 403, 'Consent.PermanentAccountAccessFailure'],
    [403, lfi('GenericError'), 403, 'GenericError'],
    // A v1.2 code loses its UAEOF. prefix; anything else that is not a standard code becomes GenericError.
    [403, lfi('UAEOF.Consent.AccountTemporarilyBlocked'), 403, 'Consent.AccountTemporarilyBlocked'],
    [400, lfi('invalid_request'), 400, 'GenericError'],
    [400, lfi('Bank.Account.Closed'), 400, 'GenericError'],
    [403, lfi(undefined), 403, 'GenericError'],
    // Other 4xx with a body in the standard only as 400.
    [409, lfi('Consent.BusinessRuleViolation'), 400, 'Consent.BusinessRuleViolation'],
    [422, lfi('nope'), 400, 'GenericError'],
  ])('%i %j → %i %s, with the LFI message', (status, body, expectedStatus, expectedCode) => {
    expect(mapOzoneError(status, body)).toEqual({ status: expectedStatus, code: expectedCode, message: 'The consent does not allow this account' });
  });

  it.each([
    [404, lfi('Resource.NotFound', 'account 123 not in core'), 403, 'Consent.PermanentAccountAccessFailure', 'The account is no longer available at the LFI.'],
    [401, lfi('Unauthorized', 'JWT expired for kid hub-sig3'), 500, 'GenericError', 'The hub could not complete the request with the LFI.'],
    [405, undefined, 500, 'GenericError', 'The hub could not complete the request with the LFI.'],
    [406, undefined, 500, 'GenericError', 'The hub could not complete the request with the LFI.'],
    [415, undefined, 500, 'GenericError', 'The hub could not complete the request with the LFI.'],
    [408, undefined, 500, 'GenericRecoverableError', 'The LFI could not answer the request at this time; try again later.'],
    [429, lfi('RateLimited', 'slow down'), 500, 'GenericRecoverableError', 'The LFI could not answer the request at this time; try again later.'],
    [302, undefined, 500, 'GenericError', 'The LFI gave an unexpected answer.'],
  ])('%i → %i %s with a fixed message', (status, body, expectedStatus, code, message) => {
    expect(mapOzoneError(status, body)).toEqual({ status: expectedStatus, code, message });
  });

  it.each([
    ['500 with internals', 500, lfi('GenericError', 'ORA-00942: table or view CORE.ACCT does not exist')],
    ['502', 502, '<html>Bad gateway</html>'],
    ['503, unreachable (no body)', 503, undefined],
    ['504 timeout', 504, lfi('GenericRecoverableError', 'upstream timed out after 30000 ms at 10.2.3.4')],
    ['no status at all', Number.NaN, undefined],
  ])('%s → 500 GenericRecoverableError, never the LFI text', (_name, status, body) => {
    const mapped = mapOzoneError(status, body);
    expect(mapped).toEqual({ status: 500, code: 'GenericRecoverableError', message: 'The LFI could not answer the request at this time; try again later.' });
  });

  it('a 4xx message fits the standard (1–500 characters, one line); a missing one gets a fixed text', () => {
    expect(mapOzoneError(400, lfi('Consent.Invalid', `  too\n\nlong ${'x'.repeat(600)}`)).message).toMatch(/^too long x{491}$/);
    expect(mapOzoneError(400, lfi('Consent.Invalid', '   ')).message).toBe('The LFI rejected the request.');
    expect(mapOzoneError(400, 'not json').message).toBe('The LFI rejected the request.');
  });
});

describe('mapped errors against the standard Errors schemas', () => {
  const doc = readOfficialSpec(STANDARD_DOC);
  const COMPONENT: Record<number, string> = { 400: 'AEError400Response', 403: 'AEError403Response', 500: 'AEError500Response' };

  it.each([
    [400, { errorCode: 'UAEOF.Consent.Invalid', errorMessage: 'x' }],
    [400, { errorCode: 'weird code!', errorMessage: 'y'.repeat(900) }],
    [403, { errorCode: 'Consent.TransientAccountAccessFailure', errorMessage: 'core banking is in end of day' }],
    [404, {}],
    [401, {}],
    [429, {}],
    [500, { errorCode: 'Internal', errorMessage: 'stack trace' }],
    [0, undefined],
  ])('LFI %i → a valid Errors body for the status it maps to', (status, body) => {
    const mapped = mapOzoneError(status, body);
    const check = validateAgainstComponent(doc, COMPONENT[mapped.status], { Errors: [{ Code: mapped.code, Message: mapped.message }] });
    expect(check.errors).toBe('No errors');
  });
});

describe('a failed Ozone Connect call', () => {
  const failed = (status?: number, errorCode?: string) => new OzoneConnectError('LFI call failed', { permanent: false, status, errorCode, errorMessage: errorCode && 'The bank says no' });

  it('maps as the table does, an unanswered call as a 503', () => {
    expect(mapOzoneConnectError(failed(400, 'Consent.Invalid'))).toEqual({ status: 400, code: 'Consent.Invalid', message: 'The bank says no' });
    expect(mapOzoneConnectError(failed())).toMatchObject({ status: 500, code: 'GenericRecoverableError' });
  });

  it('about a service resource: an LFI 404 is the TPP’s 404, not the table’s 403', () => {
    expect(serviceResourceError(failed(404), 'no payment p-1 at the LFI')).toMatchObject({ status: 404, message: 'no payment p-1 at the LFI' });
    expect(serviceResourceError(failed(403, 'Consent.AccountTemporarilyBlocked'))).toMatchObject({ status: 403, code: 'Consent.AccountTemporarilyBlocked' });
    expect(serviceResourceError(failed(502))).toMatchObject({ status: 500, code: 'GenericRecoverableError' });
  });
});
