import { instantTableColumn, jsonTableColumn, varcharTableColumn } from '@hub/persistence';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';

const varchar = varcharTableColumn;

/** The consent store: records, their account index, the audit chain and the outbox (one migration for SQLite and PostgreSQL). */
export class CreateConsentStore1764000000000 implements MigrationInterface {
  name = 'CreateConsentStore1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'consent_records',
        columns: [
          varchar('tenantId', 40, { primary: true }),
          varchar('consentId', 128, { primary: true }),
          varchar('consentGroupId', 128),
          varchar('rarType', 128),
          varchar('standardVersion', 16),
          varchar('consentType', 64),
          varchar('status', 32),
          varchar('tppClientId', 255),
          varchar('psuUserId', 255, { nullable: true }),
          varchar('parId', 512, { nullable: true }),
          varchar('interactionId', 128, { nullable: true }),
          { name: 'requestUrl', type: 'text', isNullable: true },
          jsonTableColumn('request'),
          jsonTableColumn('requestHeaders'),
          jsonTableColumn('consentBody'),
          jsonTableColumn('tpp'),
          jsonTableColumn('psuIdentifiers', { nullable: true }),
          jsonTableColumn('accountIds', { nullable: true }),
          jsonTableColumn('insurancePolicyIds', { nullable: true }),
          jsonTableColumn('supplementaryInformation', { nullable: true }),
          varchar('authorizationChannel', 8, { nullable: true }),
          jsonTableColumn('consentUsage', { nullable: true }),
          jsonTableColumn('paymentContext', { nullable: true }),
          { name: 'connectToken', type: 'text', isNullable: true },
          jsonTableColumn('ozoneSupplementaryInformation', { nullable: true }),
          instantTableColumn('createdAt'),
          instantTableColumn('updatedAt'),
          instantTableColumn('expiresAt'),
          instantTableColumn('authorizationExpiresAt', { nullable: true }),
          varchar('auditHeadHash', 64),
          { name: 'auditLength', type: 'integer' },
          { name: 'version', type: 'integer' },
        ],
        indices: [
          { name: 'consent_records_tpp', columnNames: ['tenantId', 'tppClientId'] },
          { name: 'consent_records_psu', columnNames: ['tenantId', 'psuUserId'] },
          { name: 'consent_records_group', columnNames: ['tenantId', 'consentGroupId'] },
          { name: 'consent_records_updated', columnNames: ['tenantId', 'updatedAt'] },
          { name: 'consent_records_expires', columnNames: ['expiresAt'] },
          { name: 'consent_records_authorization_expires', columnNames: ['authorizationExpiresAt'] },
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'consent_account_ids',
        columns: [varchar('tenantId', 40, { primary: true }), varchar('consentId', 128, { primary: true }), varchar('accountId', 255, { primary: true })],
        indices: [{ name: 'consent_account_ids_account', columnNames: ['tenantId', 'accountId'] }],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'consent_audit',
        columns: [
          varchar('id', 36, { primary: true }),
          varchar('tenantId', 40),
          varchar('consentId', 128),
          { name: 'seq', type: 'integer' },
          varchar('operation', 16),
          { name: 'timestamp', type: 'bigint' },
          varchar('providerId', 40),
          varchar('ozoneInteractionId', 128),
          varchar('callerActor', 8),
          varchar('callerOrgId', 255, { nullable: true }),
          varchar('callerClientId', 255, { nullable: true }),
          varchar('callerSoftwareStatementId', 255, { nullable: true }),
          { name: 'patchFilter', type: 'text' },
          { name: 'patch', type: 'text' },
          varchar('prevHash', 64),
          varchar('hash', 64),
        ],
        indices: [{ name: 'consent_audit_chain', columnNames: ['tenantId', 'consentId', 'seq'], isUnique: true }],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'consent_outbox',
        columns: [
          varchar('id', 36, { primary: true }),
          varchar('tenantId', 40),
          varchar('consentId', 128),
          { name: 'auditSeq', type: 'integer' },
          varchar('topic', 40),
          jsonTableColumn('payload'),
          instantTableColumn('createdAt'),
          { name: 'attempts', type: 'integer', default: 0 },
          instantTableColumn('nextAttemptAt'),
          instantTableColumn('deliveredAt', { nullable: true }),
          instantTableColumn('abandonedAt', { nullable: true }),
          { name: 'lastError', type: 'text', isNullable: true },
        ],
        indices: [
          { name: 'consent_outbox_due', columnNames: ['topic', 'nextAttemptAt'] },
          { name: 'consent_outbox_consent', columnNames: ['tenantId', 'consentId', 'topic', 'auditSeq'] },
        ],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['consent_outbox', 'consent_audit', 'consent_account_ids', 'consent_records']) {
      await q.dropTable(table, true);
    }
  }
}
