import { instantTableColumn, jsonTableColumn, varcharTableColumn } from '@hub/persistence';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const PAYMENTS = 'mock_lfi_payments';
const POSTINGS = 'mock_lfi_postings';
const LEDGERS = 'mock_lfi_account_ledgers';
const FILES = 'mock_lfi_payment_files';

/** The bank's payments, their postings, the per-account lock of the funds check and the payment files. */
export class CreateMockLfiPayments1768262400000 implements MigrationInterface {
  name = 'CreateMockLfiPayments1768262400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(paymentsTable(), true);
    await queryRunner.createTable(postingsTable(), true);
    await queryRunner.createTable(
      new Table({
        name: LEDGERS,
        columns: [varcharTableColumn('tenantId', 64, { primary: true }), varcharTableColumn('accountId', 40, { primary: true }), { name: 'version', type: 'integer', default: 0 }, instantTableColumn('updatedAt')],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: FILES,
        columns: [
          varcharTableColumn('tenantId', 64, { primary: true }),
          varcharTableColumn('consentId', 128, { primary: true }),
          jsonTableColumn('terms', { nullable: true }),
          { name: 'content', type: 'text', isNullable: true },
          varcharTableColumn('contentType', 128, { nullable: true }),
          varcharTableColumn('fileHash', 44, { nullable: true }),
          instantTableColumn('uploadedAt', { nullable: true }),
          instantTableColumn('createdAt'),
        ],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [FILES, LEDGERS, POSTINGS, PAYMENTS]) await queryRunner.dropTable(table, true);
  }
}

function paymentsTable(): Table {
  return new Table({
    name: PAYMENTS,
    columns: [
      varcharTableColumn('paymentId', 36, { primary: true }),
      varcharTableColumn('tenantId', 64),
      varcharTableColumn('paymentType', 24),
      varcharTableColumn('consentId', 128),
      varcharTableColumn('callerOrgId', 128),
      varcharTableColumn('callerClientId', 128),
      varcharTableColumn('idempotencyKey', 128),
      varcharTableColumn('requestHash', 64),
      varcharTableColumn('userId', 40),
      varcharTableColumn('debtorAccountId', 40),
      varcharTableColumn('amount', 24),
      varcharTableColumn('currency', 3),
      varcharTableColumn('creditorIban', 34, { nullable: true }),
      varcharTableColumn('creditorName', 140, { nullable: true }),
      varcharTableColumn('paymentTransactionId', 40, { nullable: true }),
      varcharTableColumn('status', 40),
      instantTableColumn('creationDateTime'),
      instantTableColumn('statusUpdateDateTime'),
      jsonTableColumn('rejectReasonCode', { nullable: true }),
      jsonTableColumn('terms'),
      jsonTableColumn('fileLines', { nullable: true }),
      varcharTableColumn('interactionId', 64),
      varcharTableColumn('nextStatus', 40, { nullable: true }),
      instantTableColumn('nextStepAt', { nullable: true }),
      { name: 'stepAttempts', type: 'integer', default: 0 },
    ],
    indices: [
      new TableIndex({ name: 'UQ_mock_lfi_payments_idempotency', columnNames: ['tenantId', 'callerClientId', 'paymentType', 'idempotencyKey'], isUnique: true }),
      new TableIndex({ name: 'IDX_mock_lfi_payments_next_step', columnNames: ['nextStepAt'] }),
    ],
  });
}

function postingsTable(): Table {
  return new Table({
    name: POSTINGS,
    columns: [
      varcharTableColumn('postingId', 36, { primary: true }),
      varcharTableColumn('tenantId', 64),
      varcharTableColumn('accountId', 40),
      varcharTableColumn('paymentId', 36),
      varcharTableColumn('creditDebitIndicator', 6),
      varcharTableColumn('amountMinor', 24),
      varcharTableColumn('currency', 3),
      varcharTableColumn('status', 8),
      varcharTableColumn('transactionType', 24),
      varcharTableColumn('counterpartyIban', 34),
      varcharTableColumn('counterpartyName', 140),
      varcharTableColumn('reference', 64),
      varcharTableColumn('paymentPurposeCode', 4, { nullable: true }),
      instantTableColumn('createdAt'),
      instantTableColumn('bookedAt', { nullable: true }),
    ],
    indices: [
      new TableIndex({ name: 'IDX_mock_lfi_postings_account', columnNames: ['tenantId', 'accountId'] }),
      new TableIndex({ name: 'IDX_mock_lfi_postings_payment', columnNames: ['paymentId'] }),
    ],
  });
}
