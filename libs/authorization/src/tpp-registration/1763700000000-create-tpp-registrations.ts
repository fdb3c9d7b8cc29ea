import { instantTableColumn, varcharTableColumn } from '@hub/persistence';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';

export class CreateTppRegistrations1763700000000 implements MigrationInterface {
  name = 'CreateTppRegistrations1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'tpp_registrations',
        columns: [
          varcharTableColumn('tenantId', 40, { primary: true }),
          varcharTableColumn('clientId', 64, { primary: true }),
          varcharTableColumn('organisationId', 64),
          varcharTableColumn('softwareStatementId', 128),
          instantTableColumn('registeredAt'),
          instantTableColumn('lastRegisteredAt'),
        ],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('tpp_registrations');
  }
}
