import { ConsentError } from '@hub/consent';
import { Clock } from '@hub/kernel';
import { toInstant } from '@hub/persistence';
import { Injectable } from '@nestjs/common';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { ResourceChangeOutbox } from './resource-change-outbox';
import { RESOURCE_LOG_RULES, refusedTransition, type ResourceLogKind } from './resource-log-kinds';
import { resourceEventData, type NewResourceLog, type ResourceLog, type ResourceStatusChange, type ResourceWebhook } from './resource-log';
import { ResourceLogEntity } from './resource-log.entity';

const notFound = (kind: ResourceLogKind, logId: string) => new ConsentError('not-found', 'Resource.NotFound', `No ${kind} ${logId}`);
const reused = (kind: ResourceLogKind, logId: string) => new ConsentError('conflict', 'Resource.Conflict', `the LFI returned ${kind} id ${logId}, which it already used`);

/** Attempts of a change whose row another request changed between its read and its write. */
const ATTEMPTS = 3;

/** The row changed since it was read (compare-and-set on `version` matched nothing): read again. */
class StaleResourceLog extends Error {}

/**
 * The hub's logs of the client-credentials services. The gateway opens an entry when the LFI has
 * created the resource; the LFI moves its status through the Consent Manager; every status change
 * writes a `tpp.resource-changed` message through the outbox port in the same transaction, which
 * the webhook worker turns into the TPP's event while its subscription is active. Refusals are
 * the hub's domain errors (ConsentError), so every surface answers them as it answers a consent's.
 */
@Injectable()
export class ResourceLogStore {
  constructor(
    private readonly outbox: ResourceChangeOutbox,
    private readonly clock: Clock,
  ) {}

  async open(entry: NewResourceLog): Promise<ResourceLog> {
    const now = toInstant(this.clock.now());
    const row: ResourceLogEntity = {
      tenantId: entry.tenantId,
      kind: entry.kind,
      logId: entry.logId,
      line: entry.line ?? null,
      clientId: entry.clientId,
      organisationId: entry.organisationId,
      softwareStatementId: entry.softwareStatementId,
      status: entry.status,
      resourcePath: entry.resourcePath,
      statusDetails: null,
      facts: entry.facts ?? null,
      webhook: entry.webhook ?? null,
      expiresAt: entry.expiresAt ? toInstant(entry.expiresAt) : null,
      createdAt: now,
      statusUpdatedAt: now,
      version: 1,
    };
    try {
      await this.outbox.transaction(async (m) => {
        // An LFI that hands out an id twice must not give one TPP's resource to another.
        if (await this.row(m, entry.tenantId, entry.kind, entry.logId)) throw reused(entry.kind, entry.logId);
        await m.insert(ResourceLogEntity, row as QueryDeepPartialEntity<ResourceLogEntity>);
      });
    } catch (error) {
      // Two opens of the same id raced past the check above; the primary key decided.
      if (!(error instanceof ConsentError) && (await this.find(entry.tenantId, entry.kind, entry.logId))) throw reused(entry.kind, entry.logId);
      throw error;
    }
    return toLog(row);
  }

  /** The entry when it exists at this tenant and, if `clientId` is given, belongs to that TPP. */
  async find(tenantId: string, kind: ResourceLogKind, logId: string, clientId?: string): Promise<ResourceLog | undefined> {
    const row = await this.outbox.read((m) => this.row(m, tenantId, kind, logId));
    if (!row || (clientId !== undefined && row.clientId !== clientId)) return undefined;
    return toLog(row);
  }

  /** As `find`, but another TPP's entry is as unknown as none (404 without a leak). */
  async own(tenantId: string, kind: ResourceLogKind, logId: string, clientId: string): Promise<ResourceLog> {
    const log = await this.find(tenantId, kind, logId, clientId);
    if (!log) throw notFound(kind, logId);
    return log;
  }

  async setWebhook(tenantId: string, kind: ResourceLogKind, logId: string, clientId: string, webhook: ResourceWebhook): Promise<ResourceLog> {
    return this.change(async (m) => {
      const row = await this.row(m, tenantId, kind, logId);
      if (!row || row.clientId !== clientId) throw notFound(kind, logId);
      await this.update(m, row, { webhook });
      return toLog(row);
    });
  }

  /**
   * Records a status change. The same status again is accepted without an event (an LFI may
   * retry a patch it is unsure of); a refused move is a `transition` error.
   */
  async recordStatus(tenantId: string, kind: ResourceLogKind, logId: string, change: ResourceStatusChange): Promise<ResourceLog> {
    return this.change(async (m) => {
      const row = await this.row(m, tenantId, kind, logId);
      if (!row) throw notFound(kind, logId);
      const refused = refusedTransition(RESOURCE_LOG_RULES[kind], row.status, change.status);
      if (refused) throw ConsentError.transition(refused);
      if (row.status === change.status) return toLog(row);
      const previousStatus = row.status;
      const now = this.clock.now();
      await this.update(m, row, { status: change.status, statusDetails: change.details ?? null, statusUpdatedAt: toInstant(now) });
      const log = toLog(row);
      await this.outbox.enqueue(m, { log, previousStatus, data: resourceEventData(log) }, now);
      return log;
    });
  }

  /**
   * Runs a read-decide-write in one transaction, again from a fresh read when another request
   * changed the row in between (so a decision is never taken on a status that is no longer
   * current, e.g. accepting a quote the LFI has just expired); gives up with a conflict.
   */
  private async change<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.outbox.transaction(work);
      } catch (error) {
        if (!(error instanceof StaleResourceLog)) throw error;
        if (attempt >= ATTEMPTS) throw ConsentError.conflict('The resource was changed by another request at the same time; retry', 'GenericRecoverableError');
      }
    }
  }

  /**
   * Compare-and-set on `version`: the UPDATE only matches the row as it was read, so of two
   * concurrent changes one wins and the other reads again (PostgreSQL re-checks the WHERE after
   * waiting for the first writer's row lock). Applies the values and the new version to `row`.
   */
  private async update(m: EntityManager, row: ResourceLogEntity, values: Partial<ResourceLogEntity>): Promise<void> {
    const version = row.version + 1;
    const result = await m
      .createQueryBuilder()
      .update(ResourceLogEntity)
      .set({ ...values, version } as QueryDeepPartialEntity<ResourceLogEntity>)
      .where({ tenantId: row.tenantId, kind: row.kind, logId: row.logId, version: row.version })
      .execute();
    if (result.affected !== 1) throw new StaleResourceLog(`${row.kind} ${row.tenantId}/${row.logId} was changed concurrently`);
    Object.assign(row, values, { version });
  }

  private row(m: EntityManager, tenantId: string, kind: string, logId: string): Promise<ResourceLogEntity | null> {
    return m.findOne(ResourceLogEntity, { where: { tenantId, kind, logId } });
  }
}

function toLog(row: ResourceLogEntity): ResourceLog {
  return {
    tenantId: row.tenantId,
    kind: row.kind as ResourceLogKind,
    logId: row.logId,
    ...(row.line ? { line: row.line } : {}),
    clientId: row.clientId,
    organisationId: row.organisationId,
    softwareStatementId: row.softwareStatementId,
    status: row.status,
    resourcePath: row.resourcePath,
    statusDetails: (row.statusDetails ?? {}) as Record<string, unknown>,
    facts: (row.facts ?? {}) as Record<string, unknown>,
    ...(row.webhook ? { webhook: row.webhook as ResourceWebhook } : {}),
    ...(row.expiresAt ? { expiresAt: row.expiresAt } : {}),
    createdAt: row.createdAt,
    statusUpdatedAt: row.statusUpdatedAt,
    version: row.version,
  };
}
