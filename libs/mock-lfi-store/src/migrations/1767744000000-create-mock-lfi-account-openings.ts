import { instantTableColumn, jsonTableColumn, varcharTableColumn } from '@hub/persistence';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const ACCOUNT_OPENINGS = 'mock_lfi_account_openings';

/** The account openings of the mock LFI's account opening desk (see AccountOpeningEntity). */
export class CreateMockLfiAccountOpenings1767744000000 implements MigrationInterface {
  name = 'CreateMockLfiAccountOpenings1767744000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: ACCOUNT_OPENINGS,
        columns: [
          varcharTableColumn('tenantId', 64, { primary: true }),
          varcharTableColumn('accountId', 40, { primary: true }),
          varcharTableColumn('callerClientId', 128),
          varcharTableColumn('callerOrgId', 128),
          varcharTableColumn('callerSoftwareStatementId', 128),
          varcharTableColumn('interactionId', 128),
          jsonTableColumn('request'),
          varcharTableColumn('fxQuoteId', 128, { nullable: true }),
          varcharTableColumn('openingStatus', 24),
          instantTableColumn('openingStatusUpdatedAt'),
          varcharTableColumn('additionalStatusInformation', 1000, { nullable: true }),
          varcharTableColumn('userId', 40, { nullable: true }),
          varcharTableColumn('accountSubType', 20, { nullable: true }),
          varcharTableColumn('currency', 3, { nullable: true }),
          instantTableColumn('decidedAt', { nullable: true }),
          varcharTableColumn('nextStatus', 24, { nullable: true }),
          varcharTableColumn('nextStatusInformation', 1000, { nullable: true }),
          instantTableColumn('nextStepAt', { nullable: true }),
          varcharTableColumn('stepId', 36, { nullable: true }),
          { name: 'stepAttempts', type: 'integer', default: 0 },
          varcharTableColumn('claimId', 36, { nullable: true }),
          instantTableColumn('claimedUntil', { nullable: true }),
          instantTableColumn('createdAt'),
        ],
        indices: [new TableIndex({ name: 'IDX_mock_lfi_account_openings_due', columnNames: ['nextStepAt'] })],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(ACCOUNT_OPENINGS, true);
  }
}
