import { describeRarProblems, MAX_ERROR_DESCRIPTION } from './rar-problem';
import { validateAuthorizationDetail } from './validate-authorization-detail';
import { changed, RAR_TEST_NOW, serviceInitiationDetail } from './testing/rar-fixtures';

describe('describeRarProblems', () => {
  it('joins path and message, in the order given', () => {
    expect(
      describeRarProblems([
        { path: 'consent.Permissions[0]', message: 'must be one of ReadAccountsBasic, ReadBalances' },
        { path: 'consent.ExpirationDateTime', message: 'is required' },
      ]),
    ).toBe('consent.Permissions[0] must be one of ReadAccountsBasic, ReadBalances; consent.ExpirationDateTime is required');
  });

  it('states a problem of the detail itself without a path', () => {
    expect(describeRarProblems([{ path: '', message: 'each authorization_details entry must be a JSON object' }])).toBe('each authorization_details entry must be a JSON object');
  });

  it('is empty for no problems', () => {
    expect(describeRarProblems([])).toBe('');
  });

  it('drops whole problems from the end, with a count, to stay within 500 characters', () => {
    const problems = Array.from({ length: 30 }, (_, i) => ({ path: `consent.Permissions[${i}]`, message: 'must be one of ReadAccountsBasic, ReadBalances' }));
    const text = describeRarProblems(problems);
    expect(text.length).toBeLessThanOrEqual(MAX_ERROR_DESCRIPTION);
    expect(text).toMatch(/^consent\.Permissions\[0\] must be one of .*; and \d+ more problems$/);
    expect(text).not.toMatch(/Permissions\[\d+\] must be one$/);
  });

  it('cuts a single overlong problem', () => {
    const text = describeRarProblems([{ path: 'consent.ConsentId', message: 'x'.repeat(800) }]);
    expect(text).toHaveLength(MAX_ERROR_DESCRIPTION);
    expect(text.endsWith('...')).toBe(true);
  });

  it('keeps to the characters RFC 6749 allows in error_description, even when echoing what the TPP sent', () => {
    const detail = changed(serviceInitiationDetail(), 'consent.PaymentPurposeCode', 'é"\\');
    const text = describeRarProblems(validateAuthorizationDetail(detail, RAR_TEST_NOW));
    expect(text).toMatch(/^consent\.PaymentPurposeCode must be an AANI payment purpose code .*\(got '\?'\/'\)$/);
    expect(text).not.toMatch(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/);
  });
});
