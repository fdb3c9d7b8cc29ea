import { randomUUID } from 'node:crypto';
import type { ConsentRecord } from '@hub/ozone-connect';
import { Clock } from '@hub/kernel';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ConsentAuditEntry } from '../audit/consent-audit-entry';
import { findAuditRows, insertAuditRow, nextAuditRow, toAuditEntry } from '../audit/consent-audit-trail';
import { ConsentChange } from '../domain/consent-change';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type ConsentCaller,
  type ConsentPatch,
  type ConsentQuery,
  type CreateConsentCommand,
  type RevokeConsentCommand,
} from '../domain/consent-commands';
import { ConsentError } from '../domain/consent-error';
import { isExpiryDue } from '../domain/consent-expiry';
import { applyConsentPatch } from '../domain/consent-patch';
import { ConsentStatus, isTerminal } from '../domain/consent-status';
import { applyAugmentation, prepareNewConsent } from '../domain/new-consent';
import { changeStatus } from '../domain/status-change';
import { eventsOfChange } from '../outbox/consent-events';
import { ConsentOutbox } from '../outbox/consent-outbox';
import { toConsentRecord } from '../store/consent-record-mapping';
import type { ConsentRecordEntity } from '../store/consent-record.entity';
import {
  consentExists,
  findConsent,
  findConsentGroup,
  findDueForExpiry,
  insertConsent,
  listConsents,
  replaceAccountIds,
  StaleConsentError,
  updateConsent,
} from '../store/consent-store';
import { inConsentTransaction, readConsents } from '../store/consent-transactions';
import { CONSENT_LFI_ACTIONS, type ConsentLfiActions } from './consent-lfi-actions';
import { ConsentRevocationHooks } from './consent-revocation-hooks';

/** Decides the change to one loaded consent; undefined (or an empty change) when there is nothing to do. */
type Decide = (record: ConsentRecord, now: Date) => ConsentChange | undefined;

interface Outcome {
  record: ConsentRecord;
  /** Set when this change brought the consent to a final status: the hooks run for it. */
  finalStatus?: ConsentStatus;
}

/** A concurrent change makes the first attempt stale; the second re-reads and re-decides, then gives up. */
const ATTEMPTS = 2;

/**
 * The hub's consent store: every consent change goes through here, is decided by the domain
 * rules (state machine, patch rules), and is stored with its audit row and outbox events in one
 * transaction. Every read and write is scoped to one tenant.
 */
@Injectable()
export class ConsentService {
  private readonly logger = new Logger('ConsentService');

  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly outbox: ConsentOutbox,
    private readonly hooks: ConsentRevocationHooks,
    @Optional() @Inject(CONSENT_LFI_ACTIONS) private readonly lfi?: ConsentLfiActions,
  ) {}

  async create(cmd: CreateConsentCommand, caller: ConsentCaller): Promise<ConsentRecord> {
    const now = this.clock.now();
    const { record, baseConsentId } = prepareNewConsent(cmd, now);
    const { tenantId } = cmd;
    await readConsents(this.ds, async (m) => {
      if (baseConsentId !== undefined) {
        const base = await findConsent(m, tenantId, baseConsentId);
        // Another TPP's consent gets the same answer as a missing one: its existence is not disclosed.
        if (!base || base.tppClientId !== cmd.tpp.clientId) {
          throw ConsentError.invalid(`BaseConsentId ${baseConsentId} is not a consent of this TPP`);
        }
        record.consentGroupId = base.consentGroupId;
      }
      if (await consentExists(m, tenantId, record.id)) throw duplicate(record.id);
    });
    await this.consultLfi(record, { tenantId, interactionId: cmd.interactionId });

    // The TPP reached the hub through PAR: unless told otherwise, the caller is that TPP.
    const auditCaller: ConsentCaller = {
      ...caller,
      orgId: caller.orgId ?? cmd.tpp.orgId,
      clientId: caller.clientId ?? cmd.tpp.clientId,
      softwareStatementId: caller.softwareStatementId ?? cmd.tpp.softwareStatementId,
    };
    try {
      await inConsentTransaction(this.ds, async (m) => {
        const audit = nextAuditRow(undefined, {
          tenantId,
          consentId: record.id,
          operation: 'create',
          timestamp: now.getTime(),
          caller: auditCaller,
          set: creationAuditView(record),
        });
        await insertConsent(m, tenantId, record, { hash: audit.hash, length: audit.seq });
        await insertAuditRow(m, audit);
        await this.outbox.enqueue(m, tenantId, record.id, audit.seq, eventsOfChange(undefined, record), now);
      });
    } catch (error) {
      // Two creates of the same ConsentId raced past the check above; the primary key decided.
      if (await readConsents(this.ds, (m) => consentExists(m, tenantId, record.id))) throw duplicate(record.id);
      throw error;
    }
    return record;
  }

  async get(tenantId: string, consentId: string, opts: { tppClientId?: string } = {}): Promise<ConsentRecord> {
    const record = await this.read(tenantId, consentId, opts);
    const now = this.clock.now();
    if (!isExpiryDue(record, now)) return record;
    // Expired here rather than by the next sweep, so a stale Authorized is never served. Errors
    // propagate: answering with the stale status would be worse than failing.
    const [expired] = await this.expire(tenantId, consentId, now);
    return expired ?? this.read(tenantId, consentId, opts);
  }

  /**
   * The consent as stored, or undefined. No due expiry is applied, so a process that must not
   * change consents may read with it: the webhook worker reads a payment consent's subscription.
   */
  async find(tenantId: string, consentId: string): Promise<ConsentRecord | undefined> {
    const row = await readConsents(this.ds, (m) => findConsent(m, tenantId, consentId));
    return row ? toConsentRecord(row) : undefined;
  }

  async list(tenantId: string, q: ConsentQuery): Promise<{ records: ConsentRecord[]; totalRecords: number }> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(page) || page < 1) throw ConsentError.invalid('page must be an integer of at least 1');
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw ConsentError.invalid(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}`);
    }
    await this.expireWhere(this.clock.now(), { tenantId });
    const { rows, totalRecords } = await readConsents(this.ds, (m) => listConsents(m, tenantId, { ...q, page, pageSize }));
    return { records: rows.map(toConsentRecord), totalRecords };
  }

  async patch(tenantId: string, consentId: string, patch: ConsentPatch, caller: ConsentCaller): Promise<ConsentRecord> {
    await this.get(tenantId, consentId, tppScope(caller)); // not-found first, and a due expiry is applied before the patch meets it
    const [outcome] = await this.change(
      tenantId,
      caller,
      (m) => loadOne(m, tenantId, consentId, caller),
      (record, now) => applyConsentPatch(record, patch, caller.actor, now),
      { requestBody: patch.raw },
    );
    return outcome;
  }

  async revoke(tenantId: string, consentId: string, by: RevokeConsentCommand, caller: ConsentCaller): Promise<ConsentRecord> {
    await this.get(tenantId, consentId, tppScope(caller));
    const [outcome] = await this.change(tenantId, caller, (m) => loadOne(m, tenantId, consentId, caller), revocation(by, caller), {
      requestBody: by,
    });
    return outcome;
  }

  /** Revokes every non-final consent of the group in one transaction: all of them, or none if one refuses. */
  async revokeGroup(tenantId: string, consentGroupId: string, by: RevokeConsentCommand, caller: ConsentCaller): Promise<ConsentRecord[]> {
    await this.expireWhere(this.clock.now(), { tenantId, consentGroupId });
    return this.change(
      tenantId,
      caller,
      async (m) => {
        const group = (await findConsentGroup(m, tenantId, consentGroupId)).filter((row) => inTppScope(row, caller));
        if (group.length === 0) throw ConsentError.notFound(consentGroupId);
        return group.filter((row) => !isTerminal(row.status as ConsentStatus));
      },
      revocation(by, caller),
      { requestBody: by },
    );
  }

  /** The scheduled sweep, for every tenant. Returns how many consents it expired. */
  expireDue(now?: Date): Promise<number> {
    return this.expireWhere(now ?? this.clock.now(), {});
  }

  async audit(tenantId: string, consentId: string): Promise<ConsentAuditEntry[]> {
    const rows = await readConsents(this.ds, async (m) => {
      if (!(await consentExists(m, tenantId, consentId))) throw ConsentError.notFound(consentId);
      return findAuditRows(m, tenantId, consentId);
    });
    return rows.map(toAuditEntry);
  }

  private async expireWhere(now: Date, scope: { tenantId?: string; consentGroupId?: string }): Promise<number> {
    const due = await readConsents(this.ds, (m) => findDueForExpiry(m, now, scope));
    let expired = 0;
    for (const key of due) {
      try {
        const [record] = await this.expire(key.tenantId, key.consentId, now);
        if (record?.status === ConsentStatus.Expired) expired += 1;
      } catch (error) {
        // One consent failing (e.g. a lasting conflict) must not stop the sweep; the next run retries it.
        this.logger.warn(`Could not expire consent ${key.tenantId}/${key.consentId}: ${String(error)}`);
      }
    }
    return expired;
  }

  private expire(tenantId: string, consentId: string, now: Date): Promise<ConsentRecord[]> {
    return this.change(
      tenantId,
      { actor: 'Hub', interactionId: randomUUID() },
      async (m) => {
        const row = await findConsent(m, tenantId, consentId);
        return row ? [row] : [];
      },
      (current, at) => {
        // Re-checked in the transaction: the LFI may have revoked it since the sweep read it.
        if (!isExpiryDue(current, at)) return undefined;
        const change = new ConsentChange(current);
        changeStatus(change, ConsentStatus.Expired, 'Hub', at);
        return change;
      },
      { now },
    );
  }

  private async read(tenantId: string, consentId: string, opts: { tppClientId?: string }): Promise<ConsentRecord> {
    const row = await readConsents(this.ds, (m) => findConsent(m, tenantId, consentId));
    if (!row || (opts.tppClientId !== undefined && row.tppClientId !== opts.tppClientId)) throw ConsentError.notFound(consentId);
    return toConsentRecord(row);
  }

  /**
   * Loads, decides and stores changes in one transaction: the consent row (compare-and-set on its
   * version), its account index, one audit row per changed consent and its outbox events. Hooks
   * run after the commit, for consents that reached a final status.
   */
  private async change(
    tenantId: string,
    caller: ConsentCaller,
    load: (m: EntityManager) => Promise<ConsentRecordEntity[]>,
    decide: Decide,
    opts: { now?: Date; requestBody?: unknown },
  ): Promise<ConsentRecord[]> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const outcomes = await inConsentTransaction(this.ds, async (m) => {
          const now = opts.now ?? this.clock.now();
          const results: Outcome[] = [];
          for (const row of await load(m)) results.push(await this.store(m, row, decide, caller, now, opts.requestBody));
          return results;
        });
        for (const { record, finalStatus } of outcomes) {
          if (finalStatus) await this.hooks.run(tenantId, record.id, finalStatus);
        }
        return outcomes.map((o) => o.record);
      } catch (error) {
        if (!(error instanceof StaleConsentError)) throw error;
        if (attempt >= ATTEMPTS) {
          throw ConsentError.conflict('The consent was changed by another request at the same time; retry', 'GenericRecoverableError');
        }
      }
    }
  }

  private async store(
    m: EntityManager,
    row: ConsentRecordEntity,
    decide: Decide,
    caller: ConsentCaller,
    now: Date,
    requestBody: unknown,
  ): Promise<Outcome> {
    const before = toConsentRecord(row);
    const change = decide(before, now);
    if (!change?.changed) return { record: before };
    const after = { ...change.after, updatedAt: now.getTime() };
    const audit = nextAuditRow(
      { hash: row.auditHeadHash, length: row.auditLength },
      { tenantId: row.tenantId, consentId: row.consentId, operation: 'patch', timestamp: now.getTime(), caller, set: change.changes(), requestBody },
    );
    await updateConsent(m, row, after, { hash: audit.hash, length: audit.seq });
    if ('accountIds' in change.changes()) await replaceAccountIds(m, row.tenantId, row.consentId, after.accountIds);
    await insertAuditRow(m, audit);
    await this.outbox.enqueue(m, row.tenantId, row.consentId, audit.seq, eventsOfChange(before, after), now);
    const status = after.status as ConsentStatus;
    return { record: after, finalStatus: change.statusChanged && isTerminal(status) ? status : undefined };
  }

  /** The LFI's validate and augment calls, outside any transaction: a slow LFI must not hold locks. */
  private async consultLfi(record: ConsentRecord, context: { tenantId: string; interactionId?: string }): Promise<void> {
    if (this.lfi?.validate) {
      const verdict = await this.lfi.validate(record, context);
      if (!verdict.valid) throw ConsentError.invalid(verdict.description, verdict.code);
    }
    if (this.lfi?.augment) applyAugmentation(record, await this.lfi.augment(record, context));
  }
}

function duplicate(consentId: string): ConsentError {
  return ConsentError.conflict(`A consent with ConsentId ${consentId} already exists`);
}

/** A TPP only ever reaches its own consents; the LFI and the hub reach every consent of the tenant. */
function inTppScope(row: ConsentRecordEntity, caller: ConsentCaller): boolean {
  return caller.actor !== 'TPP' || caller.clientId === undefined || row.tppClientId === caller.clientId;
}

function tppScope(caller: ConsentCaller): { tppClientId?: string } {
  return caller.actor === 'TPP' && caller.clientId !== undefined ? { tppClientId: caller.clientId } : {};
}

async function loadOne(m: EntityManager, tenantId: string, consentId: string, caller: ConsentCaller): Promise<ConsentRecordEntity[]> {
  const row = await findConsent(m, tenantId, consentId);
  if (!row || !inTppScope(row, caller)) throw ConsentError.notFound(consentId);
  return [row];
}

function revocation(by: RevokeConsentCommand, caller: ConsentCaller): Decide {
  return (record, now) => {
    const change = new ConsentChange(record);
    changeStatus(change, ConsentStatus.Revoked, caller.actor, now, by.revokedBy);
    return change;
  };
}

/**
 * What a create writes, for its audit row: the record without the TPP's request headers (they may
 * carry credentials) and without the encrypted PII of the request.
 */
function creationAuditView(record: ConsentRecord): Record<string, unknown> {
  const { requestHeaders: _headers, request, ...rest } = record;
  const { PersonalIdentifiableInformation: _pii, ...consent } = request.consent;
  return { ...rest, request: { ...request, consent } };
}
