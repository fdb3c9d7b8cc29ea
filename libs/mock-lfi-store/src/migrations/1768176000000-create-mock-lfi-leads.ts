import { instantTableColumn, jsonTableColumn, varcharTableColumn } from '@hub/persistence';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const LEADS = 'mock_lfi_leads';

/** The leads TPPs hand to the bank (see LeadEntity). */
export class CreateMockLfiLeads1768176000000 implements MigrationInterface {
  name = 'CreateMockLfiLeads1768176000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: LEADS,
        columns: [
          varcharTableColumn('leadId', 36, { primary: true }),
          varcharTableColumn('tenantId', 64),
          varcharTableColumn('callerOrgId', 128),
          varcharTableColumn('callerClientId', 128),
          jsonTableColumn('details'),
          varcharTableColumn('customerIpAddress', 45),
          varcharTableColumn('interactionId', 64),
          instantTableColumn('createdAt'),
        ],
        indices: [new TableIndex({ name: 'IDX_mock_lfi_leads_tenant_created', columnNames: ['tenantId', 'createdAt'] })],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(LEADS, true);
  }
}
