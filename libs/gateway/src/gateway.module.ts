import { AuthorizationModule } from '@hub/authorization';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataAccessLog } from './access-log/data-access-log';
import { DataAccessEventEntity } from './access-log/data-access-event.entity';
import { BearerAccess } from './access/bearer-access';
import { TppRateLimiter } from './rate-limit/tpp-rate-limiter';
import { ConsentedReadPipeline } from './pipeline/consented-read-pipeline';
import { InsuranceController } from './insurance/insurance.controller';
import { BankDataSharingController } from './bank-data-sharing/bank-data-sharing.controller';
import { TppConsentResourcesController } from './consent-resources/tpp-consent-resources.controller';
import { PaymentConsentsController } from './payment-consents/payment-consents.controller';
import { HubResponseSigner } from './payment-consents/hub-response-signer';
import { SignedErrorsFilter } from './payment-consents/signed-errors.filter';
import { FxQuotesController } from './fx/fx-quotes.controller';
import { AccountOpeningController } from './account-opening/account-opening.controller';
import { InsuranceQuotesController } from './insurance-quotes/insurance-quotes.controller';
import { ServiceCalls } from './service-initiation/service-calls';
import { ServiceErrorsFilter } from './service-initiation/service-errors.filter';
import { TppMessages } from './service-initiation/signed-message';
import { PaymentsController } from './payments/payments.controller';
import { PaymentAdmission } from './payments/payment-admission';
import { PaymentInitiation } from './payments/payment-initiation';
import { PaymentLfi } from './payments/payment-lfi';
import { FilePaymentsController } from './file-payments/file-payments.controller';
import { ProductsController } from './products/products.controller';
import { CreateFilePayment } from './file-payments/create-file-payment';
import { PaymentFileUploadEntity } from './file-payments/payment-file-upload.entity';
import { PaymentFileUploads } from './file-payments/payment-file-uploads';
import { UploadFilePaymentConsent } from './file-payments/upload-file-payment-consent';
import { FilePaymentReads } from './file-payments/file-payment-reads';
import { ConfirmationOfPayeeController } from './confirmation-of-payee/confirmation-of-payee.controller';
import { CopErrorsFilter } from './confirmation-of-payee/cop-errors.filter';
import { AtmsController } from './atms/atms.controller';
import { TppReportsController } from './tpp-reports/tpp-reports.controller';
import { ApiCallLog } from './access-log/api-call-log';
import { ApiCallEntity } from './access-log/api-call.entity';
import { ApiCallRecorder } from './access-log/api-call-recorder.interceptor';
import { APP_INTERCEPTOR } from '@nestjs/core';

/**
 * The resource gateway (TPP-facing `/{tenant}/rs/open-finance/…`): Bank Data Sharing proxied to
 * the LFI's Ozone Connect through the step-by-step pipeline, the TPP's consent resources, and the
 * client-credentials services (FX quotes, …) forwarded to Ozone Connect and logged in the Consent Manager,
 * and the payments, recorded in the payment log (the global PaymentLog of @hub/payments).
 * Reads tokens from the authorization servers (AuthorizationModule) and consents from the global store.
 */
@Module({
  imports: [AuthorizationModule, TypeOrmModule.forFeature([DataAccessEventEntity, PaymentFileUploadEntity, ApiCallEntity])],
  controllers: [TppConsentResourcesController, PaymentConsentsController, BankDataSharingController, InsuranceController, FxQuotesController, AccountOpeningController, InsuranceQuotesController, PaymentsController, FilePaymentsController, ConfirmationOfPayeeController, ProductsController, AtmsController, TppReportsController],
  providers: [BearerAccess, HubResponseSigner, SignedErrorsFilter, ServiceErrorsFilter, CopErrorsFilter, ConsentedReadPipeline, ServiceCalls, TppMessages, TppRateLimiter, DataAccessLog, PaymentAdmission, PaymentInitiation, PaymentLfi, PaymentFileUploads, UploadFilePaymentConsent, CreateFilePayment, FilePaymentReads, ApiCallLog, { provide: APP_INTERCEPTOR, useClass: ApiCallRecorder }],
})
export class GatewayModule {}
