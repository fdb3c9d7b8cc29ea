import { instantTableColumn, jsonTableColumn } from '@hub/persistence';
import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const CONSENT_EVENTS = 'mock_lfi_consent_events';

function varchar(name: string, length: number, isPrimary = false): TableColumnOptions {
  return { name, type: 'varchar', length: String(length), isPrimary };
}

/**
 * The consent events the hub sends over Ozone Connect. A migration of its own, so databases
 * created before consent events existed gain the table without touching the seeded ones.
 */
export class CreateMockLfiConsentEvents1767312000000 implements MigrationInterface {
  name = 'CreateMockLfiConsentEvents1767312000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: CONSENT_EVENTS,
        columns: [
          varchar('id', 36, true),
          varchar('tenantId', 64),
          varchar('operation', 8),
          varchar('consentId', 128),
          varchar('status', 64),
          instantTableColumn('receivedAt'),
          varchar('interactionId', 64),
          jsonTableColumn('body'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_mock_lfi_consent_events_consent', columnNames: ['tenantId', 'consentId', 'receivedAt'] }),
        ],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(CONSENT_EVENTS, true);
  }
}
