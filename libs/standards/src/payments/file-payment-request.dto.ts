import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConsentIdentifier, MatchingPattern, Text } from '../common/validation/format-decorators';
import { NestedObject, Optional, Required } from '../common/validation/shape-decorators';
import { FilePaymentConsentDto } from './consent-schedule.dto';
import { PAYMENT_PURPOSE_CODE } from './payment-codes';

/** AEFilePaymentRequest.Data (bank-initiation v2.1-errata2): the file payment the TPP asks the LFI to make. */
export class FilePaymentRequestDataDto {
  /** AEPushedAuthorizationRequests.AEConsentId: the consent whose uploaded file is to be paid. */
  @ApiProperty({ minLength: 1, maxLength: 128 })
  @Required()
  @ConsentIdentifier()
  ConsentId: string;

  /**
   * AEPushedAuthorizationRequests.AEBankServiceInitiationFilePaymentConsent. Optional in the
   * document; when sent, the hub holds it to the consent's FilePayment terms.
   */
  @ApiPropertyOptional({ type: Object, description: 'The consent\'s FilePayment terms: FileType, FileHash, FileReference, NumberOfTransactions, ControlSum, RequestedExecutionDate' })
  @Optional()
  @NestedObject(() => FilePaymentConsentDto)
  Instruction?: FilePaymentConsentDto;

  @ApiProperty({ pattern: PAYMENT_PURPOSE_CODE.regex.source, example: 'SAL' })
  @Required()
  @MatchingPattern(PAYMENT_PURPOSE_CODE)
  PaymentPurposeCode: string;

  /** AEDebtorReference */
  @ApiPropertyOptional({ minLength: 1, maxLength: 35 })
  @Optional()
  @Text(1, 35)
  DebtorReference?: string;
}

/** AEFilePaymentRequest: the `message` of the signed body of `POST /file-payments` (AEFilePaymentRequestSigned). */
export class FilePaymentRequestDto {
  @ApiProperty({ type: FilePaymentRequestDataDto })
  @Required()
  @NestedObject(() => FilePaymentRequestDataDto)
  Data: FilePaymentRequestDataDto;
}
