import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NestedObject, Optional, Required } from '../common/validation/shape-decorators';
import { FilePaymentConsentDto } from './consent-schedule.dto';
import { PaymentRequestCommonDataDto } from './payment-request-common.dto';

/**
 * AEFilePaymentRequest.Data (bank-initiation v2.1-errata2): the file payment the TPP asks the LFI
 * to make; ConsentId is the consent whose uploaded file is to be paid.
 */
export class FilePaymentRequestDataDto extends PaymentRequestCommonDataDto {
  /**
   * AEPushedAuthorizationRequests.AEBankServiceInitiationFilePaymentConsent. Optional in the
   * document; when sent, the hub holds it to the consent's FilePayment terms.
   */
  @ApiPropertyOptional({ type: Object, description: 'The consent\'s FilePayment terms: FileType, FileHash, FileReference, NumberOfTransactions, ControlSum, RequestedExecutionDate' })
  @Optional()
  @NestedObject(() => FilePaymentConsentDto)
  Instruction?: FilePaymentConsentDto;
}

/** AEFilePaymentRequest: the `message` of the signed body of `POST /file-payments` (AEFilePaymentRequestSigned). */
export class FilePaymentRequestDto {
  @ApiProperty({ type: FilePaymentRequestDataDto })
  @Required()
  @NestedObject(() => FilePaymentRequestDataDto)
  Data: FilePaymentRequestDataDto;
}
