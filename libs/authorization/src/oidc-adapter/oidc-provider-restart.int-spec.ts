import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { testDatabases } from '@hub/testing';
import { dropDatabase, openDatabase } from '@hub/persistence';
import Provider from 'oidc-provider';
import type { DataSource } from 'typeorm';
import { oidcAdapterPersistence, OidcModelEntity, typeOrmAdapterFactory } from './index-internal';

const CLIENT_ID = 'c1';
const CLIENT_SECRET = 'a-long-enough-secret-value-1234567890';
const basic = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`;

function providerOn(ds: DataSource, tenantId: string): Provider {
  return new Provider(`https://op.example/${tenantId}`, {
    adapter: typeOrmAdapterFactory(ds, tenantId, () => new Date()),
    clients: [
      { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_types: ['client_credentials'], response_types: [], redirect_uris: [] },
    ],
    features: { clientCredentials: { enabled: true }, introspection: { enabled: true } },
  });
}

/**
 * A loopback server rather than light-my-request: the root Jest config does not transpile
 * light-my-request's nested ESM-only `cookie`, so that package cannot load under Jest yet.
 */
async function post(provider: Provider, path: string, form: Record<string, string>): Promise<Record<string, unknown>> {
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Record<string, unknown>;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const introspect = (provider: Provider, token: string) => post(provider, '/token/introspection', { token });

describe.each(testDatabases('oidc-adapter-op'))('a real oidc-provider on the adapter ($engine)', ({ settings }) => {
  const open: DataSource[] = [];
  const openDs = async () => {
    const ds = await openDatabase(settings, oidcAdapterPersistence);
    open.push(ds);
    return ds;
  };

  beforeAll(() => {
    // Development-default notices (keys, cookies, policies) are irrelevant to storage.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    jest.spyOn(console, 'info').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    for (const ds of open) if (ds.isInitialized) await ds.destroy();
    await dropDatabase(settings);
    rmSync(dirname(settings.sqliteFile), { recursive: true, force: true });
  });

  it('keeps a client-credentials token active across a restart, for its own tenant only', async () => {
    const first = await openDs();
    const before = providerOn(first, 't1');
    const issued = await post(before, '/token', { grant_type: 'client_credentials' });
    expect(issued).toMatchObject({ token_type: 'Bearer', access_token: expect.any(String) });
    const token = String(issued.access_token);
    expect(await introspect(before, token)).toMatchObject({ active: true, client_id: CLIENT_ID });
    expect(await first.getRepository(OidcModelEntity).countBy({ tenantId: 't1', model: 'ClientCredentials' })).toBe(1);
    await first.destroy();

    const second = await openDs();
    expect(await introspect(providerOn(second, 't1'), token)).toMatchObject({ active: true, client_id: CLIENT_ID });
    expect(await introspect(providerOn(second, 't2'), token)).toEqual({ active: false });
  });
});
