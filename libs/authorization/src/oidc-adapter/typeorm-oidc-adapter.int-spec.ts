import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { testDatabases } from '@hub/testing';
import { dropDatabase, openDatabase } from '@hub/persistence';
import type { AdapterPayload } from 'oidc-provider';
import type { DataSource } from 'typeorm';
import { oidcAdapterPersistence, OidcModelEntity, purgeExpiredOidcModels, typeOrmAdapterFactory } from './index-internal';

const START = new Date('2026-03-01T10:00:00.000Z');
const later = (seconds: number) => new Date(START.getTime() + seconds * 1000);
const unique = (prefix: string) => `${prefix}-${randomUUID()}`;

describe.each(testDatabases('oidc-adapter'))('oidc-provider adapter on $engine', ({ settings }) => {
  let ds: DataSource;
  let now: Date;
  const clock = () => now;
  const adapter = (model: string, tenantId = 'bank-a') => typeOrmAdapterFactory(ds, tenantId, clock)(model);
  const stored = (tenantId: string, model: string, id: string) => ds.getRepository(OidcModelEntity).existsBy({ tenantId, model, id });

  beforeAll(async () => {
    ds = await openDatabase(settings, oidcAdapterPersistence);
  });
  beforeEach(() => {
    now = START;
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  it('round-trips a payload exactly, dropping undefined members, and replaces it on a second upsert', async () => {
    const tokens = adapter('AccessToken');
    const id = unique('at');
    const payload = {
      jti: id,
      kind: 'AccessToken',
      grantId: 'g1',
      scope: 'openid accounts',
      resource: undefined,
      extra: { consentId: 'c-1', nested: { list: [1, 'two', { three: true }], empty: [] }, none: null },
      authorizationDetails: [{ type: 'urn:openfinanceuae:account-access-consent:v2.1', consent: { Permissions: ['ReadBalances'] } }],
    } as unknown as AdapterPayload;
    await tokens.upsert(id, payload, 600);
    const { resource: _dropped, ...expected } = payload as Record<string, unknown>;
    expect(await tokens.find(id)).toStrictEqual(expected);

    await tokens.upsert(id, { jti: id, kind: 'AccessToken', scope: 'openid' }, 600);
    expect(await tokens.find(id)).toStrictEqual({ jti: id, kind: 'AccessToken', scope: 'openid' });
  });

  it('stops finding a model once it expires, and the purge removes it', async () => {
    const codes = adapter('AuthorizationCode');
    const [expiring, lasting] = [unique('code'), unique('code')];
    await codes.upsert(expiring, { jti: expiring }, 60);
    await codes.upsert(lasting, { jti: lasting });

    now = later(59);
    expect(await codes.find(expiring)).toEqual({ jti: expiring });
    now = later(60);
    expect(await codes.find(expiring)).toBeUndefined();

    expect(await purgeExpiredOidcModels(ds, later(61))).toBeGreaterThanOrEqual(1);
    expect(await stored('bank-a', 'AuthorizationCode', expiring)).toBe(false);
    expect(await codes.find(lasting)).toEqual({ jti: lasting });
  });

  it('reports a consumed model as consumed until it is saved again', async () => {
    const codes = adapter('AuthorizationCode');
    const id = unique('code');
    await codes.upsert(id, { jti: id }, 60);
    now = later(5);
    await codes.consume(id);
    now = later(10);
    await codes.consume(id); // the first use is kept
    expect(await codes.find(id)).toEqual({ jti: id, consumed: later(5).getTime() / 1000 });

    await codes.upsert(id, { jti: id }, 60);
    expect(await codes.find(id)).toEqual({ jti: id });
    await expect(codes.consume(unique('missing'))).resolves.toBeUndefined();
  });

  it('finds a live session by uid', async () => {
    const sessions = adapter('Session');
    const [id, uid] = [unique('sess'), unique('uid')];
    await sessions.upsert(id, { jti: id, uid, accountId: 'psu-1' }, 300);
    expect(await sessions.findByUid(uid)).toEqual({ jti: id, uid, accountId: 'psu-1' });
    expect(await adapter('Interaction').findByUid(uid)).toBeUndefined();
    now = later(300);
    expect(await sessions.findByUid(uid)).toBeUndefined();
  });

  it('finds a device code by user code', async () => {
    const deviceCodes = adapter('DeviceCode');
    const [id, userCode] = [unique('dc'), unique('UC')];
    await deviceCodes.upsert(id, { jti: id, userCode, grantId: 'g-dc' }, 600);
    expect(await deviceCodes.findByUserCode(userCode)).toEqual({ jti: id, userCode, grantId: 'g-dc' });
    expect(await deviceCodes.findByUserCode(unique('UC'))).toBeUndefined();
  });

  it('destroys a model', async () => {
    const par = adapter('PushedAuthorizationRequest');
    const id = unique('par');
    await par.upsert(id, { jti: id, request: 'eyJ…' }, 90);
    await par.destroy(id);
    expect(await par.find(id)).toBeUndefined();
    expect(await stored('bank-a', 'PushedAuthorizationRequest', id)).toBe(false);
  });

  it("revokes every model of the grant, but not another grant's nor another tenant's", async () => {
    const [grant, otherGrant] = [unique('grant'), unique('grant')];
    const ids = { at: unique('at'), rt: unique('rt'), code: unique('code'), otherAt: unique('at'), tenantB: unique('at') };
    await adapter('AccessToken').upsert(ids.at, { jti: ids.at, grantId: grant }, 600);
    await adapter('RefreshToken').upsert(ids.rt, { jti: ids.rt, grantId: grant }, 6000);
    await adapter('AuthorizationCode').upsert(ids.code, { jti: ids.code, grantId: grant }, 60);
    await adapter('AccessToken').upsert(ids.otherAt, { jti: ids.otherAt, grantId: otherGrant }, 600);
    await adapter('AccessToken', 'bank-b').upsert(ids.tenantB, { jti: ids.tenantB, grantId: grant }, 600);

    await adapter('AccessToken').revokeByGrantId(grant);

    expect(await adapter('AccessToken').find(ids.at)).toBeUndefined();
    expect(await adapter('RefreshToken').find(ids.rt)).toBeUndefined();
    expect(await adapter('AuthorizationCode').find(ids.code)).toBeUndefined();
    expect(await adapter('AccessToken').find(ids.otherAt)).toEqual({ jti: ids.otherAt, grantId: otherGrant });
    expect(await adapter('AccessToken', 'bank-b').find(ids.tenantB)).toEqual({ jti: ids.tenantB, grantId: grant });
  });

  it("never finds, consumes or destroys another tenant's models", async () => {
    const [id, uid] = [unique('sess'), unique('uid')];
    await adapter('Session', 'bank-a').upsert(id, { jti: id, uid }, 300);
    const tenantB = (model: string) => adapter(model, 'bank-b');

    expect(await tenantB('Session').find(id)).toBeUndefined();
    expect(await tenantB('Session').findByUid(uid)).toBeUndefined();
    await tenantB('Session').consume(id);
    await tenantB('Session').destroy(id);
    expect(await adapter('Session', 'bank-a').find(id)).toEqual({ jti: id, uid });
  });

  it('treats the Client model like any other', async () => {
    const clients = adapter('Client');
    const clientId = unique('client');
    expect(await clients.find(clientId)).toBeUndefined();
    await clients.upsert(clientId, { client_id: clientId, redirect_uris: ['https://tpp.example/cb'] });
    expect(await clients.find(clientId)).toEqual({ client_id: clientId, redirect_uris: ['https://tpp.example/cb'] });
  });

  it('ignores lookups without a key instead of matching every row', async () => {
    const tokens = adapter('AccessToken');
    const id = unique('at');
    await tokens.upsert(id, { jti: id }, 600);
    const missing = undefined as unknown as string;
    expect(await tokens.find(missing)).toBeUndefined();
    expect(await tokens.findByUid(missing)).toBeUndefined();
    await tokens.destroy(missing);
    await tokens.revokeByGrantId(missing);
    expect(await tokens.find(id)).toEqual({ jti: id });
    await expect(tokens.upsert(missing, { jti: 'x' }, 60)).rejects.toThrow(TypeError);
  });

  it('refuses to build an adapter without a tenant', () => {
    expect(() => typeOrmAdapterFactory(ds, '', clock)).toThrow(TypeError);
  });

  it('keeps everything for a second DataSource on the same database (a restart)', async () => {
    const id = unique('rt');
    await adapter('RefreshToken').upsert(id, { jti: id, grantId: 'g-restart', nested: { a: [1, 2] } } as AdapterPayload, 6000);
    await adapter('RefreshToken').consume(id);

    const second = await openDatabase(settings, oidcAdapterPersistence);
    try {
      const found = await typeOrmAdapterFactory(second, 'bank-a', clock)('RefreshToken').find(id);
      expect(found).toEqual({ jti: id, grantId: 'g-restart', nested: { a: [1, 2] }, consumed: START.getTime() / 1000 });
    } finally {
      await second.destroy();
    }
  });
});
