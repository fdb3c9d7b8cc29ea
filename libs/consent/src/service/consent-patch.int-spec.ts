import { testDatabases } from '@hub/testing';
import type { ConsentPatch } from '../domain/consent-commands';
import { ConsentStatus } from '../domain/consent-status';
import { ConsentAccountIdEntity } from '../store/consent-account-id.entity';
import { ConsentAuditEntity } from '../store/consent-audit.entity';
import { ConsentOutboxEntity } from '../store/consent-outbox.entity';
import { ConsentRecordEntity } from '../store/consent-record.entity';
import * as store from '../store/consent-store';
import { consentTestBed } from '../testing/consent-test-bed';
import {
  accountAccessDetail,
  createCommand,
  DAY_MS,
  hubCaller,
  insuranceDetail,
  lfiCaller,
  serviceInitiationDetail,
  tppCaller,
  tppRecord,
} from '../testing/consent-test-kit';

const { Authorized, Rejected, Revoked, Suspended, AwaitingAuthorization, Expired } = ConsentStatus;
const psu = { userId: 'psu-100' };

describe.each(testDatabases('consent-patch'))('patching consents on $engine', ({ settings }) => {
  const s = consentTestBed(settings);

  const expiresIn = (ms: number) => new Date(s.clock.now().getTime() + ms);
  const accountConsent = (id: string) => s.service.create(createCommand(s.tenant, accountAccessDetail(id, expiresIn(30 * DAY_MS)), s.tpp), hubCaller());
  const paymentConsent = (id: string, extra: Record<string, unknown> = {}) =>
    s.service.create(createCommand(s.tenant, serviceInitiationDetail(id, expiresIn(30 * DAY_MS), extra), s.tpp), hubCaller());
  const patch = (id: string, body: ConsentPatch) => s.service.patch(s.tenant, id, body, lfiCaller());
  const authorize = (id: string, accountIds = ['acc-1']) => patch(id, { status: Authorized, psuIdentifiers: psu, accountIds, authorizationChannel: 'App' });

  /** Everything a change could touch: the row (with its version), account index, audit chain and outbox. */
  async function snapshot(id: string) {
    const where = { tenantId: s.tenant, consentId: id };
    return {
      row: await s.ds.getRepository(ConsentRecordEntity).findOneByOrFail(where),
      accounts: await s.ds.getRepository(ConsentAccountIdEntity).find({ where, order: { accountId: 'ASC' } }),
      audit: await s.ds.getRepository(ConsentAuditEntity).find({ where, order: { seq: 'ASC' } }),
      outbox: await s.ds.getRepository(ConsentOutboxEntity).count({ where }),
    };
  }

  it('authorizes with the PSU and accounts: record, TPP view, account index, audit and events', async () => {
    await accountConsent('c1');
    s.clock.advance(5_000);
    const authorized = await authorize('c1', ['acc-1', 'acc-2']);

    expect(authorized).toMatchObject({ status: Authorized, psuIdentifiers: psu, accountIds: ['acc-1', 'acc-2'], authorizationChannel: 'App' });
    expect(authorized.consentBody.Data).toMatchObject({ Status: Authorized });
    expect(authorized.consentBody.Data).not.toHaveProperty('StatusUpdateDateTime'); // closed body of the CM document
    expect(authorized.ozoneSupplementaryInformation).toEqual({ statusUpdateDateTime: expect.stringMatching(/\+00:00$/) });
    expect(authorized.updatedAt).toBe(Date.parse((await snapshot('c1')).row.updatedAt));
    expect(await s.service.get(s.tenant, 'c1')).toEqual(authorized);
    const after = await snapshot('c1');
    expect(after.accounts.map((a) => a.accountId)).toEqual(['acc-1', 'acc-2']);
    expect(after.audit.map((a) => [a.seq, a.operation])).toEqual([[1, 'create'], [2, 'patch']]);
    expect(JSON.parse(after.audit[1].patch).$set).toMatchObject({ status: Authorized, accountIds: ['acc-1', 'acc-2'] });
    const events = await s.ds.getRepository(ConsentOutboxEntity).find({ where: { tenantId: s.tenant, consentId: 'c1', auditSeq: 2 }, order: { topic: 'ASC' } });
    expect(events.map((e) => [e.topic, e.payload])).toEqual([
      ['lfi.consent-event', { operation: 'patch', consent: authorized }],
      ['tpp.consent-changed', { consent: authorized, previousStatus: AwaitingAuthorization }],
    ]);
  });

  it.each([
    ['without a PSU', { status: Authorized, accountIds: ['acc-1'] }, 'psuIdentifiers.userId'],
    ['without accounts', { status: Authorized, psuIdentifiers: psu }, 'accountIds (at least one)'],
  ])('refuses to authorize %s, naming what is missing', async (_, body, missing) => {
    await accountConsent('c2');
    const before = await snapshot('c2');
    await expect(patch('c2', body as ConsentPatch)).rejects.toMatchObject({ kind: 'invalid', code: 'Consent.BusinessRuleViolation', message: expect.stringContaining(missing) });
    expect(await snapshot('c2')).toEqual(before);
  });

  it('authorizes in two steps: PSU and accounts first, status later', async () => {
    await accountConsent('c3');
    await patch('c3', { psuIdentifiers: psu, accountIds: ['acc-9'] });
    await expect(patch('c3', { status: Authorized })).resolves.toMatchObject({ status: Authorized, accountIds: ['acc-9'] });
  });

  it('authorizes a service-initiation consent with exactly one debtor account', async () => {
    await paymentConsent('p1');
    await expect(patch('p1', { status: Authorized, psuIdentifiers: psu, accountIds: ['a', 'b'] })).rejects.toMatchObject({ code: 'Consent.BusinessRuleViolation' });
    await expect(patch('p1', { status: Authorized, psuIdentifiers: psu })).rejects.toMatchObject({ message: expect.stringContaining('exactly one debtor account') });
    await expect(authorize('p1', ['debtor-1'])).resolves.toMatchObject({ status: Authorized, accountIds: ['debtor-1'] });
  });

  it('mirrors insurance policy ids into accountIds and the account index', async () => {
    await s.service.create(createCommand(s.tenant, insuranceDetail('i1', expiresIn(30 * DAY_MS)), s.tpp), hubCaller());
    const authorized = await patch('i1', { status: Authorized, psuIdentifiers: psu, insurancePolicyIds: ['pol-1', 'pol-2'], authorizationChannel: 'Web' });
    expect(authorized).toMatchObject({ insurancePolicyIds: ['pol-1', 'pol-2'], accountIds: ['pol-1', 'pol-2'] });
    expect((await s.service.list(s.tenant, { accountId: 'pol-2', page: 1, pageSize: 10 })).records.map((r) => r.id)).toEqual(['i1']);
  });

  it('rejects without accounts and refuses a rejection that carries accounts', async () => {
    await accountConsent('r1');
    await expect(patch('r1', { status: Rejected, accountIds: ['acc-1'] })).rejects.toMatchObject({ code: 'Consent.BusinessRuleViolation' });
    const rejected = await patch('r1', { status: Rejected, psuIdentifiers: psu, authorizationChannel: 'Web' });
    expect(rejected).toMatchObject({ status: Rejected, consentBody: { Data: { Status: Rejected } } });
    expect(rejected.accountIds).toBeUndefined();
  });

  it('suspends and unsuspends an authorized consent', async () => {
    await accountConsent('s1');
    await authorize('s1');
    await expect(patch('s1', { status: Suspended })).resolves.toMatchObject({ status: Suspended, consentBody: { Data: { Status: Suspended } } });
    await expect(patch('s1', { status: Authorized })).resolves.toMatchObject({ status: Authorized });
    expect((await snapshot('s1')).audit.map((a) => a.seq)).toEqual([1, 2, 3, 4]);
  });

  it('revokes through PATCH with the RevokedBy given, or LFI by default', async () => {
    await accountConsent('v1');
    await authorize('v1');
    await expect(patch('v1', { status: Revoked, revokedBy: 'LFI.InitiatedByUser' })).resolves.toMatchObject({
      status: Revoked,
      consentBody: { Data: { Status: Revoked, RevokedBy: 'LFI.InitiatedByUser' } },
    });
    await accountConsent('v2');
    await expect(patch('v2', { status: Revoked })).resolves.toMatchObject({ consentBody: { Data: { RevokedBy: 'LFI' } } });
  });

  it('refuses an illegal transition and changes nothing at all', async () => {
    await accountConsent('x1');
    await authorize('x1');
    await patch('x1', { status: Revoked });
    const before = await snapshot('x1');
    const record = await s.service.get(s.tenant, 'x1');
    s.clock.advance(1_000);
    await expect(patch('x1', { status: Authorized, supplementaryInformation: { retry: true } })).rejects.toMatchObject({
      kind: 'transition',
      code: 'Consent.BusinessRuleViolation',
      message: 'The consent is Revoked, a final status: it cannot become Authorized',
    });
    expect(await s.service.get(s.tenant, 'x1')).toEqual(record);
    expect(await snapshot('x1')).toEqual(before);
    expect(before.audit).toHaveLength(3);
  });

  it('refuses a change of accounts after authorization but accepts the same accounts, usage and supplementary information', async () => {
    await accountConsent('f1');
    await authorize('f1', ['acc-1']);
    const before = await snapshot('f1');
    await expect(patch('f1', { accountIds: ['acc-2'] })).rejects.toMatchObject({ code: 'Consent.BusinessRuleViolation', message: expect.stringContaining('accountIds') });
    expect(await snapshot('f1')).toEqual(before);
    const used = await patch('f1', { accountIds: ['acc-1'], psuIdentifiers: psu, authorizationChannel: 'App', consentUsage: { lastDataShared: '2026-03-01T10:00:00Z' }, supplementaryInformation: { tier: 'gold' } });
    expect(used).toMatchObject({ accountIds: ['acc-1'], consentUsage: { lastDataShared: '2026-03-01T10:00:00Z' }, supplementaryInformation: { tier: 'gold' } });
  });

  it('writes nothing for a patch that re-sends stored values', async () => {
    await accountConsent('n1');
    await authorize('n1');
    const before = await snapshot('n1');
    await expect(authorize('n1')).resolves.toMatchObject({ status: Authorized });
    expect(await snapshot('n1')).toEqual(before);
  });

  describe('multi-authorization', () => {
    const authorizers = (...statuses: ('Pending' | 'Approved' | 'Rejected')[]) => ({
      TotalRequired: statuses.length,
      Authorizations: statuses.map((AuthorizationStatus, i) => ({ AuthorizerId: `officer-${i}`, AuthorizerType: 'Financial', AuthorizationDate: '2026-03-01T10:00:00+00:00', AuthorizationStatus })),
    });

    it('stays AwaitingAuthorization on partial approvals, refuses Authorized until all approve, then authorizes', async () => {
      await paymentConsent('m1');
      const partial = await patch('m1', { psuIdentifiers: psu, accountIds: ['debtor'], multipleAuthorizers: authorizers('Approved', 'Pending') });
      expect(partial).toMatchObject({ status: AwaitingAuthorization, consentBody: { Meta: { MultipleAuthorizers: authorizers('Approved', 'Pending') } } });
      const before = await snapshot('m1');
      await expect(patch('m1', { status: Authorized })).rejects.toMatchObject({ code: 'Consent.BusinessRuleViolation', message: expect.stringContaining('1 of 2') });
      expect(await snapshot('m1')).toEqual(before);
      await patch('m1', { multipleAuthorizers: authorizers('Approved', 'Approved') });
      await expect(patch('m1', { status: Authorized })).resolves.toMatchObject({ status: Authorized });
    });

    it('rejects the consent when an authorizer rejects', async () => {
      await paymentConsent('m2');
      await expect(patch('m2', { multipleAuthorizers: authorizers('Approved', 'Rejected') })).resolves.toMatchObject({
        status: Rejected,
        consentBody: { Data: { Status: Rejected } },
      });
    });

    it('expires the consent when the authorization window closes before enough approvals', async () => {
      await paymentConsent('m3', { AuthorizationExpirationDateTime: expiresIn(60 * 60_000).toISOString() });
      await patch('m3', { psuIdentifiers: psu, accountIds: ['debtor'], multipleAuthorizers: authorizers('Approved', 'Pending') });
      s.clock.advance(61 * 60_000);
      await expect(patch('m3', { multipleAuthorizers: authorizers('Approved', 'Approved'), status: Authorized })).rejects.toMatchObject({
        kind: 'transition',
        message: expect.stringContaining('Expired'),
      });
      expect(await s.service.get(s.tenant, 'm3')).toMatchObject({ status: Expired });
    });
  });

  describe('the TPP\'s Subscription', () => {
    const hook = (Url: string, IsActive: boolean) => ({ Webhook: { Url, IsActive } });
    const byTpp = (id: string, body: ConsentPatch) => s.service.patch(s.tenant, id, body, tppCaller(s.tpp));
    const eventsOf = (id: string, auditSeq: number) =>
      s.ds.getRepository(ConsentOutboxEntity).find({ where: { tenantId: s.tenant, consentId: id, auditSeq }, order: { topic: 'ASC' } });

    it('changes the webhook of an authorized consent: stored, audited, and the LFI hears of it', async () => {
      await accountConsent('w1');
      await authorize('w1');
      const changed = await byTpp('w1', { subscription: hook('https://tpp.example/new', false), raw: { Subscription: hook('https://tpp.example/new', false) } });
      expect(changed).toMatchObject({ status: Authorized, consentBody: { Subscription: hook('https://tpp.example/new', false) } });
      const after = await snapshot('w1');
      expect(after.audit.map((a) => a.operation)).toEqual(['create', 'patch', 'patch']);
      expect(JSON.parse(after.audit[2].patch).$set).toEqual({ 'consentBody.Subscription': hook('https://tpp.example/new', false) });
      // No status change: the LFI's event only, no TPP notification.
      expect((await eventsOf('w1', 3)).map((e) => e.topic)).toEqual(['lfi.consent-event']);
    });

    it('revokes and resubscribes in one transaction: one audit row, the events of one change', async () => {
      await accountConsent('w2');
      await authorize('w2');
      const done = await byTpp('w2', { status: Revoked, revokedBy: 'TPP', subscription: hook('https://tpp.example/last', true) });
      expect(done.consentBody).toMatchObject({ Data: { Status: Revoked, RevokedBy: 'TPP' }, Subscription: hook('https://tpp.example/last', true) });
      const after = await snapshot('w2');
      expect(after.audit).toHaveLength(3);
      expect(JSON.parse(after.audit[2].patch).$set).toMatchObject({ 'consentBody.Subscription': hook('https://tpp.example/last', true), status: Revoked });
      expect((await eventsOf('w2', 3)).map((e) => e.topic)).toEqual(['lfi.consent-event', 'tpp.consent-changed']);
    });

    it('is refused on a final consent, and for another TPP, changing nothing', async () => {
      await accountConsent('w3');
      await patch('w3', { status: Revoked });
      const before = await snapshot('w3');
      await expect(byTpp('w3', { subscription: hook('https://tpp.example/late', true) })).rejects.toMatchObject({ code: 'Consent.BusinessRuleViolation' });
      await accountConsent('w4');
      const other = tppCaller(tppRecord());
      await expect(s.service.patch(s.tenant, 'w4', { subscription: hook('https://evil.example/x', true) }, other)).rejects.toMatchObject({ kind: 'not-found' });
      expect(await snapshot('w3')).toEqual(before);
      expect((await snapshot('w4')).audit).toHaveLength(1);
    });
  });

  describe('concurrent changes', () => {
    it('loses no update when two patches race', async () => {
      await accountConsent('k1');
      await authorize('k1');
      await Promise.all([patch('k1', { consentUsage: { lastDataShared: '2026-03-01T10:00:00Z' } }), patch('k1', { supplementaryInformation: { segment: 'sme' } })]);
      expect(await s.service.get(s.tenant, 'k1')).toMatchObject({ consentUsage: { lastDataShared: '2026-03-01T10:00:00Z' }, supplementaryInformation: { segment: 'sme' } });
      expect((await snapshot('k1')).audit.map((a) => a.seq)).toEqual([1, 2, 3, 4]);
    });

    /** Bumps the row's version right after the service read it, as a concurrent writer would. */
    function interfereAfterRead(times: number) {
      const original = store.findConsent;
      let left = times;
      return jest.spyOn(store, 'findConsent').mockImplementation(async (m, tenantId, consentId) => {
        const row = await original(m, tenantId, consentId);
        if (row && left > 0 && m.queryRunner?.isTransactionActive) {
          left -= 1;
          await s.ds.getRepository(ConsentRecordEntity).increment({ tenantId, consentId }, 'version', 1);
        }
        return row;
      });
    }

    it('retries once when the consent changed between read and write', async () => {
      await accountConsent('k2');
      interfereAfterRead(1);
      await expect(authorize('k2')).resolves.toMatchObject({ status: Authorized });
      expect((await snapshot('k2')).audit).toHaveLength(2);
    });

    it('fails cleanly with a recoverable conflict when the consent keeps changing', async () => {
      await accountConsent('k3');
      const before = await snapshot('k3');
      interfereAfterRead(2);
      await expect(authorize('k3')).rejects.toMatchObject({ kind: 'conflict', code: 'GenericRecoverableError' });
      jest.restoreAllMocks();
      const after = await snapshot('k3');
      expect({ ...after, row: { ...after.row, version: before.row.version } }).toEqual(before);
    });
  });
});
