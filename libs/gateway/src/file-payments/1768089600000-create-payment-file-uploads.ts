import { instantTableColumn, jsonTableColumn, varcharTableColumn } from '@hub/persistence';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';

export class CreatePaymentFileUploads1768089600000 implements MigrationInterface {
  name = 'CreatePaymentFileUploads1768089600000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'payment_file_uploads',
        columns: [
          varcharTableColumn('tenantId', 40, { primary: true }),
          varcharTableColumn('consentId', 128, { primary: true }),
          varcharTableColumn('clientId', 255),
          varcharTableColumn('idempotencyKey', 40),
          varcharTableColumn('fileHash', 44),
          varcharTableColumn('mediaType', 255),
          { name: 'size', type: 'integer' },
          varcharTableColumn('state', 16),
          jsonTableColumn('refusal', { nullable: true }),
          instantTableColumn('createdAt'),
          instantTableColumn('updatedAt'),
          { name: 'version', type: 'integer' },
        ],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('payment_file_uploads');
  }
}
