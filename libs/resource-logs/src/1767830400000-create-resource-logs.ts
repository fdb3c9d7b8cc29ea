import { instantTableColumn, jsonTableColumn, varcharTableColumn } from '@hub/persistence';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** The Consent Manager's logs of FX quotes, account openings and insurance quotes. */
export class CreateResourceLogs1767830400000 implements MigrationInterface {
  name = 'CreateResourceLogs1767830400000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'resource_logs',
        columns: [
          varcharTableColumn('tenantId', 40, { primary: true }),
          varcharTableColumn('kind', 24, { primary: true }),
          varcharTableColumn('logId', 128, { primary: true }),
          varcharTableColumn('line', 16, { nullable: true }),
          varcharTableColumn('clientId', 255),
          varcharTableColumn('organisationId', 64),
          varcharTableColumn('softwareStatementId', 255),
          varcharTableColumn('status', 32),
          varcharTableColumn('resourcePath', 512),
          jsonTableColumn('statusDetails', { nullable: true }),
          jsonTableColumn('facts', { nullable: true }),
          jsonTableColumn('webhook', { nullable: true }),
          instantTableColumn('expiresAt', { nullable: true }),
          instantTableColumn('createdAt'),
          instantTableColumn('statusUpdatedAt'),
          { name: 'version', type: 'integer' },
        ],
      }),
      true,
    );
    await q.createIndex('resource_logs', new TableIndex({ name: 'resource_logs_tpp', columnNames: ['tenantId', 'kind', 'clientId'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('resource_logs');
  }
}
