import type { ConsentRecord } from '@hub/ozone-connect';
import { accountAccessDetail, createCommand, DAY_MS, insuranceDetail, serviceInitiationDetail, tppRecord } from '../testing/consent-test-kit';
import type { ConsentPatch } from './consent-commands';
import { ConsentError } from './consent-error';
import { applyConsentPatch } from './consent-patch';
import type { ConsentActor } from './consent-state-machine';
import { prepareNewConsent } from './new-consent';

const CREATED = new Date('2026-03-01T10:00:00.000Z');
const NOW = new Date('2026-03-01T10:05:00.000Z');
const LATER = new Date(CREATED.getTime() + 30 * DAY_MS);
const psu = { userId: 'psu-1' };

function consent(kind: 'account' | 'payment' | 'insurance', extra: Record<string, unknown> = {}): ConsentRecord {
  const detail =
    kind === 'account' ? accountAccessDetail('c', LATER, extra) : kind === 'payment' ? serviceInitiationDetail('c', LATER, extra) : insuranceDetail('c', LATER);
  return prepareNewConsent(createCommand('bank', detail, tppRecord()), CREATED).record;
}

function patched(record: ConsentRecord, patch: ConsentPatch): ConsentRecord {
  return applyConsentPatch(record, patch, 'LFI', NOW).after;
}

function refusal(record: ConsentRecord, patch: ConsentPatch, actor: ConsentActor = 'LFI'): ConsentError {
  try {
    applyConsentPatch(record, patch, actor, NOW);
  } catch (error) {
    if (error instanceof ConsentError) return error;
    throw error;
  }
  throw new Error('expected the patch to be refused');
}

describe('applyConsentPatch', () => {
  it('authorizes with the PSU and accounts, stamping the TPP view', () => {
    const change = applyConsentPatch(consent('account'), { status: 'Authorized' as never, psuIdentifiers: psu, accountIds: ['a1', 'a2'], authorizationChannel: 'App' }, 'LFI', NOW);
    expect(change.after).toMatchObject({ status: 'Authorized', psuIdentifiers: psu, accountIds: ['a1', 'a2'], authorizationChannel: 'App' });
    expect(change.after.consentBody.Data).toMatchObject({ Status: 'Authorized' });
    expect(change.after.ozoneSupplementaryInformation).toEqual({ statusUpdateDateTime: '2026-03-01T10:05:00.000+00:00' });
    expect(change.changes()).toEqual({
      psuIdentifiers: psu,
      accountIds: ['a1', 'a2'],
      authorizationChannel: 'App',
      status: 'Authorized',
      'consentBody.Data.Status': 'Authorized',
      'ozoneSupplementaryInformation.statusUpdateDateTime': '2026-03-01T10:05:00.000+00:00',
    });
  });

  it.each([
    ['no PSU', { accountIds: ['a1'] }, /without psuIdentifiers.userId/],
    ['no account', { psuIdentifiers: psu }, /without accountIds \(at least one\)/],
    ['nothing', {}, /without psuIdentifiers.userId, accountIds/],
  ])('refuses to authorize an account-access consent with %s', (_, patch, message) => {
    const error = refusal(consent('account'), { status: 'Authorized' as never, ...patch });
    expect(error).toMatchObject({ kind: 'invalid', code: 'Consent.BusinessRuleViolation' });
    expect(error.message).toMatch(message);
  });

  it('needs exactly one debtor account for service initiation', () => {
    expect(refusal(consent('payment'), { status: 'Authorized' as never, psuIdentifiers: psu }).message).toMatch(/exactly one debtor account/);
    expect(refusal(consent('payment'), { status: 'Authorized' as never, psuIdentifiers: psu, accountIds: ['a1', 'a2'] }).code).toBe('Consent.BusinessRuleViolation');
    expect(patched(consent('payment'), { status: 'Authorized' as never, psuIdentifiers: psu, accountIds: ['a1'] }).status).toBe('Authorized');
  });

  it('mirrors insurance policy ids into accountIds and requires them to authorize', () => {
    expect(refusal(consent('insurance'), { status: 'Authorized' as never, psuIdentifiers: psu }).message).toMatch(/insurancePolicyIds/);
    const after = patched(consent('insurance'), { status: 'Authorized' as never, psuIdentifiers: psu, insurancePolicyIds: ['pol-1'] });
    expect(after).toMatchObject({ insurancePolicyIds: ['pol-1'], accountIds: ['pol-1'], status: 'Authorized' });
  });

  it('refuses fields of another consent family', () => {
    expect(refusal(consent('insurance'), { accountIds: ['a1'] })).toMatchObject({ code: 'Consent.Invalid' });
    expect(refusal(consent('account'), { connectToken: 'token' })).toMatchObject({ code: 'Consent.Invalid' });
    expect(refusal(consent('account'), { insurancePolicyIds: ['p'] })).toMatchObject({ code: 'Consent.Invalid' });
  });

  it('rejects without accounts, and refuses a rejection that carries some', () => {
    expect(patched(consent('account'), { status: 'Rejected' as never, psuIdentifiers: psu }).consentBody.Data.Status).toBe('Rejected');
    expect(refusal(consent('account'), { status: 'Rejected' as never, accountIds: ['a1'] }).message).toMatch(/carries no accountIds/);
  });

  it('records RevokedBy with a revocation (LFI by default) and refuses it without one', () => {
    expect(patched(consent('account'), { status: 'Revoked' as never }).consentBody.Data.RevokedBy).toBe('LFI');
    expect(patched(consent('account'), { status: 'Revoked' as never, revokedBy: 'LFI.InitiatedByUser' }).consentBody.Data.RevokedBy).toBe('LFI.InitiatedByUser');
    expect(refusal(consent('account'), { revokedBy: 'LFI' }).code).toBe('Consent.Invalid');
  });

  it('refuses an illegal transition as a transition error', () => {
    expect(refusal(consent('account'), { status: 'Suspended' as never })).toMatchObject({ kind: 'transition', code: 'Consent.BusinessRuleViolation' });
    expect(refusal(consent('account'), { status: 'Consumed' as never }).kind).toBe('transition');
  });

  describe('once authorized', () => {
    const authorized = () =>
      patched(consent('payment'), { status: 'Authorized' as never, psuIdentifiers: psu, accountIds: ['a1'], authorizationChannel: 'Web', exchangeRate: { Rate: 1 } });

    it.each([
      ['accountIds', { accountIds: ['a2'] }],
      ['psuIdentifiers', { psuIdentifiers: { userId: 'someone-else' } }],
      ['exchangeRate', { exchangeRate: { Rate: 2 } }],
      ['charges', { charges: [{ Type: 'Fee' }] }],
      ['connectToken', { connectToken: 'new-token' }],
      ['openFinanceBilling', { openFinanceBilling: { IsLargeCorporate: true } }],
      ['authorizationChannel', { authorizationChannel: 'App' as const }],
    ])('refuses a change of %s', (field, patch) => {
      const error = refusal(authorized(), patch);
      expect(error).toMatchObject({ kind: 'invalid', code: 'Consent.BusinessRuleViolation' });
      expect(error.message).toContain(field);
    });

    it('accepts the same values again, usage, supplementary information and Meta', () => {
      const change = applyConsentPatch(
        authorized(),
        {
          status: 'Suspended' as never,
          accountIds: ['a1'],
          psuIdentifiers: psu,
          authorizationChannel: 'Web',
          consentUsage: { lastServiceInitiationAttempt: NOW.toISOString() },
          supplementaryInformation: { note: 'blocked by fraud team' },
        },
        'LFI',
        new Date(NOW.getTime() + 60_000),
      );
      expect(Object.keys(change.changes())).toEqual(['supplementaryInformation', 'consentUsage', 'status', 'consentBody.Data.Status', 'ozoneSupplementaryInformation.statusUpdateDateTime', 'consentBody.Data.StatusUpdateDateTime']);
    });

    it('merges consent usage rather than replacing it', () => {
      const used = patched(authorized(), { consentUsage: { lastDataShared: '2026-03-01T10:00:00Z' } });
      expect(patched(used, { consentUsage: { lastServiceInitiationAttempt: '2026-03-01T11:00:00Z' } }).consentUsage).toEqual({
        lastDataShared: '2026-03-01T10:00:00Z',
        lastServiceInitiationAttempt: '2026-03-01T11:00:00Z',
      });
    });
  });

  describe('multi-authorization', () => {
    const authorizers = (...statuses: ('Pending' | 'Approved' | 'Rejected')[]) => ({
      TotalRequired: 2,
      Authorizations: statuses.map((AuthorizationStatus, i) => ({ AuthorizerId: `auth-${i}`, AuthorizerType: 'Financial', AuthorizationStatus })),
    });
    const ready = { psuIdentifiers: psu, accountIds: ['a1'] };

    it('stays AwaitingAuthorization on a partial approval and refuses Authorized until enough approve', () => {
      const partial = patched(consent('payment'), { ...ready, multipleAuthorizers: authorizers('Approved', 'Pending') });
      expect(partial.status).toBe('AwaitingAuthorization');
      expect(partial.consentBody.Meta).toEqual({ MultipleAuthorizers: authorizers('Approved', 'Pending') });
      expect(refusal(partial, { status: 'Authorized' as never }).message).toMatch(/Only 1 of 2 required authorizers/);
      const full = patched(partial, { multipleAuthorizers: authorizers('Approved', 'Approved') });
      expect(patched(full, { status: 'Authorized' as never }).status).toBe('Authorized');
    });

    it('counts an authorizer once however often its approval is sent', () => {
      const twice = { TotalRequired: 2, Authorizations: [{ AuthorizerId: 'same', AuthorizationStatus: 'Approved' as const }, { AuthorizerId: 'same', AuthorizationStatus: 'Approved' as const }] };
      expect(refusal(consent('payment'), { ...ready, multipleAuthorizers: twice, status: 'Authorized' as never }).message).toMatch(/Only 1 of 2/);
    });

    it('rejects the consent when one authorizer rejects', () => {
      const after = patched(consent('payment'), { multipleAuthorizers: authorizers('Approved', 'Rejected') });
      expect(after.status).toBe('Rejected');
      expect(refusal(consent('payment'), { ...ready, multipleAuthorizers: authorizers('Approved', 'Rejected'), status: 'Authorized' as never }).message).toMatch(/rejected/);
    });

    it('refuses an authorizer list without TotalRequired, and multi-authorization of a single-authorization consent', () => {
      expect(refusal(consent('payment'), { multipleAuthorizers: { Authorizations: [] } }).code).toBe('Consent.Invalid');
      expect(refusal(consent('payment', { IsSingleAuthorization: true }), { multipleAuthorizers: authorizers('Pending') }).code).toBe('Consent.BusinessRuleViolation');
    });
  });

  it('changes nothing when every value is already stored', () => {
    const authorized = patched(consent('account'), { status: 'Authorized' as never, psuIdentifiers: psu, accountIds: ['a1'] });
    expect(applyConsentPatch(authorized, { status: 'Authorized' as never, accountIds: ['a1'] }, 'LFI', NOW).changed).toBe(false);
  });

  describe('Subscription (the TPP\'s webhook)', () => {
    const hook = (IsActive: boolean, Url?: string) => ({ Webhook: { ...(Url ? { Url } : {}), IsActive } });
    const byTpp = (record: ConsentRecord, patch: ConsentPatch) => applyConsentPatch(record, patch, 'TPP', NOW);
    const authorized = () => patched(consent('account'), { status: 'Authorized' as never, psuIdentifiers: psu, accountIds: ['a1'] });

    it('is set while AwaitingAuthorization, as the only change of the patch', () => {
      const change = byTpp(consent('account'), { subscription: hook(true, 'https://tpp.example/hook') });
      expect(change.after.consentBody.Subscription).toEqual(hook(true, 'https://tpp.example/hook'));
      expect(change.changes()).toEqual({ 'consentBody.Subscription': hook(true, 'https://tpp.example/hook') });
      expect(change.after.status).toBe('AwaitingAuthorization');
    });

    it('changes after authorization and while Suspended, keeping the registered Url when only IsActive is sent', () => {
      const registered = byTpp(authorized(), { subscription: hook(true, 'https://tpp.example/hook') }).after;
      expect(registered.status).toBe('Authorized');
      const paused = byTpp(registered, { subscription: hook(false) }).after;
      expect(paused.consentBody.Subscription).toEqual(hook(false, 'https://tpp.example/hook'));
      const suspended = patched(paused, { status: 'Suspended' as never });
      expect(byTpp(suspended, { subscription: hook(true, 'https://tpp.example/other') }).after.consentBody.Subscription).toEqual(hook(true, 'https://tpp.example/other'));
      expect(byTpp(paused, { subscription: hook(false, 'https://tpp.example/hook') }).changed).toBe(false); // re-sent: no change
    });

    it.each(['Revoked', 'Rejected', 'Expired'])('is refused once the consent is %s, changing nothing', (status) => {
      const final = patched(consent('account'), { status: status as never, ...(status === 'Rejected' ? { psuIdentifiers: psu } : {}) });
      const error = refusal(final, { subscription: hook(true, 'https://tpp.example/hook') }, 'TPP');
      expect(error).toMatchObject({ kind: 'invalid', code: 'Consent.BusinessRuleViolation' });
      expect(error.message).toContain('Subscription');
    });

    it('is revoked and resubscribed in one change (one audit row, one set of events)', () => {
      const change = byTpp(authorized(), { status: 'Revoked' as never, revokedBy: 'TPP.InitiatedByUser', subscription: hook(false, 'https://tpp.example/hook') });
      expect(change.after.consentBody).toMatchObject({ Data: { Status: 'Revoked', RevokedBy: 'TPP.InitiatedByUser' }, Subscription: hook(false, 'https://tpp.example/hook') });
      expect(Object.keys(change.changes())).toEqual(['consentBody.Subscription', 'status', 'consentBody.Data.Status', 'consentBody.Data.RevokedBy']);
    });

    it('refuses the whole patch when the revocation is refused (the TPP cannot revoke a Suspended consent)', () => {
      const suspended = patched(authorized(), { status: 'Suspended' as never });
      expect(refusal(suspended, { status: 'Revoked' as never, revokedBy: 'TPP', subscription: hook(true, 'https://tpp.example/hook') }, 'TPP').kind).toBe('transition');
    });

    it('is the TPP\'s alone, needs an https Url on first registration and a boolean IsActive', () => {
      expect(refusal(consent('account'), { subscription: hook(true, 'https://tpp.example/hook') }, 'LFI').code).toBe('Consent.Invalid');
      expect(refusal(consent('insurance'), { subscription: hook(true) }, 'TPP').message).toMatch(/Url is required/); // none registered at creation
      expect(byTpp(consent('account'), { subscription: hook(false) }).after.consentBody.Subscription).toEqual(hook(false, 'https://tpp.example/webhook'));
      expect(refusal(consent('account'), { subscription: hook(true, 'http://tpp.example/hook') }, 'TPP').message).toMatch(/https/);
      expect(refusal(consent('account'), { subscription: { Webhook: { Url: 'https://tpp.example/hook' } } as never }, 'TPP').message).toMatch(/IsActive/);
    });
  });
});
