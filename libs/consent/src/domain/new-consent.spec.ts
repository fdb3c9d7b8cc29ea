import { accountAccessDetail, createCommand, DAY_MS, serviceInitiationDetail, tppRecord } from '../testing/consent-test-kit';
import { ConsentError } from './consent-error';
import { applyAugmentation, prepareNewConsent } from './new-consent';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const LATER = new Date(NOW.getTime() + 30 * DAY_MS);

describe('prepareNewConsent', () => {
  it('builds the AwaitingAuthorization record and its TPP view from the RAR', () => {
    const cmd = createCommand('bank', accountAccessDetail('c-1', LATER), tppRecord('client-1'));
    const { record, expiresAt, baseConsentId } = prepareNewConsent(cmd, NOW);
    expect(record).toMatchObject({
      id: 'c-1',
      consentGroupId: 'c-1',
      rarType: 'urn:openfinanceuae:account-access-consent:v2.1',
      standardVersion: 'v2.1',
      consentType: 'cbuae-account-access-consents',
      status: 'AwaitingAuthorization',
      updatedAt: NOW.getTime(),
      parId: cmd.parId,
      interactionId: cmd.interactionId,
    });
    expect(record.consentBody).toEqual({
      Data: {
        ...cmd.authorizationDetail.consent,
        Status: 'AwaitingAuthorization',
        CreationDateTime: '2026-03-01T10:00:00.000+00:00',
      },
      Subscription: cmd.authorizationDetail.subscription,
      Meta: {},
    });
    expect(record.ozoneSupplementaryInformation).toEqual({ statusUpdateDateTime: '2026-03-01T10:00:00.000+00:00' });
    expect(expiresAt).toEqual(LATER);
    expect(baseConsentId).toBeUndefined();
  });

  it('keeps PersonalIdentifiableInformation in the request and out of the TPP view', () => {
    const { record } = prepareNewConsent(createCommand('bank', serviceInitiationDetail('p-1', LATER), tppRecord()), NOW);
    expect(record.consentBody.Data).not.toHaveProperty('PersonalIdentifiableInformation');
    expect(record.request.consent.PersonalIdentifiableInformation).toEqual(expect.any(String));
    expect(record.consentBody).not.toHaveProperty('Subscription');
  });

  it.each([
    ['an unknown RAR type', { type: 'urn:openfinanceuae:fx-consent:v2.1' }, /Unknown authorization_details type/],
    ['an empty ConsentId', { consent: { ConsentId: '' } }, /ConsentId must be a string of 1 to 128/],
    ['a ConsentId of 129 characters', { consent: { ConsentId: 'x'.repeat(129) } }, /ConsentId must be a string of 1 to 128/],
    ['an ExpirationDateTime in the past', { consent: { ExpirationDateTime: '2026-02-01T00:00:00Z' } }, /ExpirationDateTime .* is not in the future/],
    ['an ExpirationDateTime that is now', { consent: { ExpirationDateTime: NOW.toISOString() } }, /is not in the future/],
    ['no ExpirationDateTime', { consent: { ExpirationDateTime: undefined } }, /ExpirationDateTime must be an ISO 8601 date-time/],
  ])('refuses %s as Consent.Invalid', (_, override, message) => {
    const detail = accountAccessDetail('c-2', LATER);
    const cmd = createCommand('bank', { ...detail, ...override, consent: { ...detail.consent, ...(override as { consent?: object }).consent } }, tppRecord());
    const error = captured(() => prepareNewConsent(cmd, NOW));
    expect(error).toMatchObject({ kind: 'invalid', code: 'Consent.Invalid' });
    expect(error.message).toMatch(message);
  });

  it('reads the authorization window of a service-initiation consent', () => {
    const window = new Date(NOW.getTime() + 3_600_000);
    const cmd = createCommand('bank', serviceInitiationDetail('p-2', LATER, { AuthorizationExpirationDateTime: window.toISOString() }), tppRecord());
    expect(prepareNewConsent(cmd, NOW).authorizationExpiresAt).toEqual(window);
  });

  it('merges the LFI augmentation into the TPP view', () => {
    const { record } = prepareNewConsent(createCommand('bank', accountAccessDetail('c-3', LATER), tppRecord()), NOW);
    applyAugmentation(record, { Charges: [{ Type: 'Fee' }], OpenFinanceBilling: { IsLargeCorporate: true } });
    expect(record.consentBody.Data.Charges).toEqual([{ Type: 'Fee' }]);
    expect(record.consentBody.Data.OpenFinanceBilling).toEqual({ UserType: 'Retail', Purpose: 'AccountAggregation', IsLargeCorporate: true });
  });
});

function captured(fn: () => unknown): ConsentError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConsentError) return error;
    throw error;
  }
  throw new Error('expected a ConsentError');
}
