import { instantTableColumn, jsonTableColumn, varcharTableColumn } from '@hub/persistence';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const INSURANCE_QUOTES = 'mock_lfi_insurance_quotes';

/** The insurer's quotes and their pending lifecycle step (see InsuranceQuoteEntity). */
export class CreateMockLfiInsuranceQuotes1767916800000 implements MigrationInterface {
  name = 'CreateMockLfiInsuranceQuotes1767916800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: INSURANCE_QUOTES,
        columns: [
          varcharTableColumn('quoteId', 36, { primary: true }),
          varcharTableColumn('tenantId', 64),
          varcharTableColumn('callerOrgId', 128),
          varcharTableColumn('callerClientId', 128),
          varcharTableColumn('line', 16),
          varcharTableColumn('customerId', 128),
          varcharTableColumn('quoteReference', 140),
          varcharTableColumn('status', 24),
          jsonTableColumn('offer'),
          jsonTableColumn('plan'),
          jsonTableColumn('acceptance', { nullable: true }),
          varcharTableColumn('insurancePolicyId', 40, { nullable: true }),
          instantTableColumn('expirationDateTime'),
          instantTableColumn('creationDateTime'),
          instantTableColumn('statusUpdateDateTime'),
          varcharTableColumn('nextStatus', 24, { nullable: true }),
          instantTableColumn('nextStepAt', { nullable: true }),
          { name: 'stepAttempts', type: 'integer', default: 0 },
          varcharTableColumn('interactionId', 64),
        ],
        indices: [
          new TableIndex({ name: 'IDX_mock_lfi_insurance_quotes_next_step', columnNames: ['nextStepAt'] }),
          new TableIndex({ name: 'IDX_mock_lfi_insurance_quotes_owner', columnNames: ['tenantId', 'callerClientId'] }),
        ],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(INSURANCE_QUOTES, true);
  }
}
