import { inTurn, toInstant } from '@hub/persistence';
import type { Adapter, AdapterPayload } from 'oidc-provider';
import { IsNull, MoreThan, Or, type DataSource, type FindOptionsWhere, type QueryDeepPartialEntity, type Repository } from 'typeorm';
import { OidcModelEntity } from './oidc-model.entity';
import { toAdapterPayload, toOidcModelRow, type OidcModelScope } from './oidc-model-rows';

const PRIMARY_KEY = ['tenantId', 'model', 'id'];

/**
 * oidc-provider's storage for one model of one tenant's provider. Every statement carries the
 * tenant (a provider must never see another tenant's tokens) and is a single statement, never a
 * transaction: on SQLite TypeORM shares one connection, where a transaction of ours would nest
 * into whatever other transaction happens to be open. For the same reason each statement takes its
 * turn (`inTurn`): a token written while a consent transaction is open would otherwise be rolled
 * back with it.
 */
export class TypeOrmOidcAdapter implements Adapter {
  constructor(
    private readonly rows: Repository<OidcModelEntity>,
    private readonly scope: OidcModelScope,
    private readonly clock: () => Date,
  ) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    requireKey(id, 'id');
    const row = toOidcModelRow(this.scope, id, payload, expiresIn, this.clock());
    // The payload is JSON text to the database; TypeORM's deep-partial typing would recurse into it.
    await this.inTurn(() => this.rows.upsert(row as QueryDeepPartialEntity<OidcModelEntity>, PRIMARY_KEY));
  }

  find(id: string): Promise<AdapterPayload | undefined> {
    return this.findLive({ id });
  }

  findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.findLive({ uid });
  }

  findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.findLive({ userCode });
  }

  async consume(id: string): Promise<void> {
    if (!isKey(id)) return;
    // The first use is the one that counts when the provider later detects a replay.
    await this.inTurn(() => this.rows.update({ ...this.scope, id, consumedAt: IsNull() }, { consumedAt: toInstant(this.clock()) }));
  }

  async destroy(id: string): Promise<void> {
    if (!isKey(id)) return;
    await this.inTurn(() => this.rows.delete({ ...this.scope, id }));
  }

  /** Every model of this tenant tied to the grant goes, whichever model's adapter is asked. */
  async revokeByGrantId(grantId: string): Promise<void> {
    if (!isKey(grantId)) return;
    await this.inTurn(() => this.rows.delete({ tenantId: this.scope.tenantId, grantId }));
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    return inTurn(this.rows.manager.connection, work);
  }

  private async findLive(key: Pick<FindOptionsWhere<OidcModelEntity>, 'id' | 'uid' | 'userCode'>): Promise<AdapterPayload | undefined> {
    // A missing key would drop out of the WHERE clause and match any row of the model.
    if (!Object.values(key).every(isKey)) return undefined;
    const now = toInstant(this.clock());
    const row = await this.inTurn(() =>
      this.rows.findOne({
        select: { payload: true, consumedAt: true },
        where: { ...this.scope, ...key, expiresAt: Or(IsNull(), MoreThan(now)) },
      }),
    );
    return row ? toAdapterPayload(row) : undefined;
  }
}

function isKey(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function requireKey(value: unknown, name: string): void {
  if (!isKey(value)) throw new TypeError(`oidc adapter: ${name} must be a non-empty string`);
}

/**
 * The provider's `adapter` setting for one tenant. oidc-provider 9 accepts a class or a plain
 * (non-async) factory; this returns an arrow function, which it calls once per model name.
 */
export function typeOrmAdapterFactory(ds: DataSource, tenantId: string, clock: () => Date): (model: string) => Adapter {
  requireKey(tenantId, 'tenantId');
  const rows = ds.getRepository(OidcModelEntity);
  return (model) => new TypeOrmOidcAdapter(rows, { tenantId, model }, clock);
}
