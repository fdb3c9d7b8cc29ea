import { testDatabases } from '@hub/testing';
import type { DataSource } from 'typeorm';
import { ConsentError } from '../domain/consent-error';
import { ConsentAuditEntity } from '../store/consent-audit.entity';
import { ConsentOutboxEntity } from '../store/consent-outbox.entity';
import {
  accountAccessDetail,
  closeConsentDatabase,
  consentStoreOn,
  createCommand,
  DAY_MS,
  hubCaller,
  openConsentDatabase,
  serviceInitiationDetail,
  tppRecord,
  uniqueTenant,
} from '../testing/consent-test-kit';
import type { ConsentLfiActions } from './consent-lfi-actions';

describe.each(testDatabases('consent-create'))('creating consents on $engine', ({ settings }) => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openConsentDatabase(settings);
  });
  afterAll(() => closeConsentDatabase(ds, settings));

  const inAMonth = (now: Date) => new Date(now.getTime() + 30 * DAY_MS);

  it('stores a new consent AwaitingAuthorization with one audit row and a post event', async () => {
    const { service, clock } = consentStoreOn(ds);
    const tenant = uniqueTenant('bank');
    const tpp = tppRecord();
    const cmd = createCommand(tenant, accountAccessDetail('aac-1', inAMonth(clock.now())), tpp);
    const created = await service.create(cmd, hubCaller());

    expect(created).toMatchObject({ id: 'aac-1', consentGroupId: 'aac-1', status: 'AwaitingAuthorization', tpp, request: cmd.authorizationDetail });
    expect(await service.get(tenant, 'aac-1')).toEqual(created);
    const audit = await ds.getRepository(ConsentAuditEntity).findBy({ tenantId: tenant, consentId: 'aac-1' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ seq: 1, operation: 'create', callerClientId: tpp.clientId, callerOrgId: tpp.orgId });
    const events = await ds.getRepository(ConsentOutboxEntity).findBy({ tenantId: tenant, consentId: 'aac-1' });
    expect(events.map((e) => [e.topic, e.payload])).toEqual([['lfi.consent-event', { operation: 'post', consent: created }]]);
  });

  it('refuses a second consent with the same ConsentId in the tenant as a conflict, and allows it in another tenant', async () => {
    const { service, clock } = consentStoreOn(ds);
    const tenant = uniqueTenant('bank');
    const cmd = createCommand(tenant, accountAccessDetail('dup-1', inAMonth(clock.now())), tppRecord());
    await service.create(cmd, hubCaller());
    const error = await service.create(cmd, hubCaller()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConsentError);
    expect(error).toMatchObject({ kind: 'conflict', code: 'Consent.Invalid', message: 'A consent with ConsentId dup-1 already exists' });
    await expect(service.create({ ...cmd, tenantId: uniqueTenant('other') }, hubCaller())).resolves.toMatchObject({ id: 'dup-1' });
  });

  it('settles two racing creates of one ConsentId: one stored, one conflict', async () => {
    const { service, clock } = consentStoreOn(ds);
    const tenant = uniqueTenant('bank');
    const cmd = createCommand(tenant, accountAccessDetail('race-1', inAMonth(clock.now())), tppRecord());
    const results = await Promise.allSettled([service.create(cmd, hubCaller()), service.create(cmd, hubCaller())]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ kind: 'conflict' });
  });

  it('puts a chain of BaseConsentIds in the group of its root', async () => {
    const { service, clock } = consentStoreOn(ds);
    const tenant = uniqueTenant('bank');
    const tpp = tppRecord();
    const expires = inAMonth(clock.now());
    await service.create(createCommand(tenant, accountAccessDetail('root', expires), tpp), hubCaller());
    const renewal = await service.create(createCommand(tenant, accountAccessDetail('renewal', expires, { BaseConsentId: 'root' }), tpp), hubCaller());
    const second = await service.create(createCommand(tenant, accountAccessDetail('second', expires, { BaseConsentId: 'renewal' }), tpp), hubCaller());
    expect([renewal.consentGroupId, second.consentGroupId]).toEqual(['root', 'root']);
    expect(second.consentBody.Data.BaseConsentId).toBe('renewal');
  });

  it.each([
    ['unknown', 'no-such-consent'],
    ['another TPP', 'foreign-root'],
  ])('refuses a BaseConsentId of %s as Consent.Invalid', async (_, base) => {
    const { service, clock } = consentStoreOn(ds);
    const tenant = uniqueTenant('bank');
    const expires = inAMonth(clock.now());
    await service.create(createCommand(tenant, accountAccessDetail('foreign-root', expires), tppRecord()), hubCaller());
    const cmd = createCommand(tenant, accountAccessDetail('child', expires, { BaseConsentId: base }), tppRecord());
    await expect(service.create(cmd, hubCaller())).rejects.toMatchObject({ kind: 'invalid', code: 'Consent.Invalid', message: `BaseConsentId ${base} is not a consent of this TPP` });
    await expect(service.get(tenant, 'child')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('refuses a base consent of the same TPP in another tenant', async () => {
    const { service, clock } = consentStoreOn(ds);
    const tpp = tppRecord();
    const expires = inAMonth(clock.now());
    await service.create(createCommand(uniqueTenant('bank'), accountAccessDetail('elsewhere', expires), tpp), hubCaller());
    const cmd = createCommand(uniqueTenant('bank'), accountAccessDetail('child', expires, { BaseConsentId: 'elsewhere' }), tpp);
    await expect(service.create(cmd, hubCaller())).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('never stores PersonalIdentifiableInformation in the TPP view', async () => {
    const { service, clock } = consentStoreOn(ds);
    const tenant = uniqueTenant('bank');
    await service.create(createCommand(tenant, serviceInitiationDetail('pay-1', inAMonth(clock.now())), tppRecord()), hubCaller());
    const stored = await service.get(tenant, 'pay-1');
    expect(stored.consentBody.Data).not.toHaveProperty('PersonalIdentifiableInformation');
    expect(stored.consentBody.Data).toMatchObject({ PaymentPurposeCode: 'ACM', Status: 'AwaitingAuthorization' });
    expect(stored.request.consent.PersonalIdentifiableInformation).toEqual(expect.any(String));
    const [audit] = await ds.getRepository(ConsentAuditEntity).findBy({ tenantId: tenant, consentId: 'pay-1' });
    expect(audit.patch).not.toContain('PersonalIdentifiableInformation');
  });

  it('refuses an ExpirationDateTime that has passed by the sandbox clock', async () => {
    const { service, clock } = consentStoreOn(ds);
    const tenant = uniqueTenant('bank');
    const expires = new Date(clock.now().getTime() + 60_000);
    clock.advance(120_000);
    await expect(service.create(createCommand(tenant, accountAccessDetail('late', expires), tppRecord()), hubCaller())).rejects.toMatchObject({
      kind: 'invalid',
      code: 'Consent.Invalid',
    });
  });

  it('refuses an unknown RAR type', async () => {
    const { service, clock } = consentStoreOn(ds);
    const detail = { ...accountAccessDetail('x', inAMonth(clock.now())), type: 'urn:openfinanceuae:account-access-consent:latest' };
    await expect(service.create(createCommand(uniqueTenant('bank'), detail, tppRecord()), hubCaller())).rejects.toMatchObject({ kind: 'invalid', code: 'Consent.Invalid' });
  });

  it('asks the LFI to validate before storing, and stores nothing when it says invalid', async () => {
    const tenant = uniqueTenant('bank');
    const lfi: ConsentLfiActions = {
      validate: jest.fn(async (record) => {
        // Not stored yet when the LFI is asked.
        await expect(store.service.get(tenant, record.id)).rejects.toMatchObject({ kind: 'not-found' });
        return { valid: false as const, code: 'Consent.InvalidUserIdentifier', description: 'Unknown customer segment' };
      }),
    };
    const store = consentStoreOn(ds, lfi);
    const cmd = createCommand(tenant, accountAccessDetail('checked', inAMonth(store.clock.now())), tppRecord());
    await expect(store.service.create(cmd, hubCaller())).rejects.toMatchObject({ kind: 'invalid', code: 'Consent.InvalidUserIdentifier', message: 'Unknown customer segment' });
    expect(lfi.validate).toHaveBeenCalledWith(expect.objectContaining({ id: 'checked', status: 'AwaitingAuthorization' }), { tenantId: tenant, interactionId: cmd.interactionId });
    await expect(store.service.get(tenant, 'checked')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('merges what the LFI augments into the stored TPP view', async () => {
    const lfi: ConsentLfiActions = {
      validate: async () => ({ valid: true }),
      augment: async () => ({ Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fee' }], ExchangeRate: { UnitCurrency: 'AED' }, OpenFinanceBilling: { IsLargeCorporate: false } }),
    };
    const { service, clock } = consentStoreOn(ds, lfi);
    const tenant = uniqueTenant('bank');
    await service.create(createCommand(tenant, serviceInitiationDetail('augmented', inAMonth(clock.now())), tppRecord()), hubCaller());
    expect((await service.get(tenant, 'augmented')).consentBody.Data).toMatchObject({
      Charges: [{ ChargeBearer: 'BorneByDebtor', Type: 'Fee' }],
      ExchangeRate: { UnitCurrency: 'AED' },
      OpenFinanceBilling: { IsLargeCorporate: false },
    });
  });
});
