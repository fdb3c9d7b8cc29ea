import { LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import type { Provider, Type } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LfiHubClient } from '../hub-client/lfi-hub-client';
import { OzoneConnectPaymentConsentsController } from './ozone-connect-payment-consents.controller';
import { OzoneConnectPaymentsController } from './ozone-connect-payments.controller';
import { PaymentConsents } from './payment-consent';
import { PaymentDesk } from './payment-desk';
import { PaymentFiles } from './payment-files';
import { PAYMENT_RAIL_SETTINGS, type PaymentRailSettings } from './payment-settings';
import { paymentLogSender, PaymentSettlement } from './payment-settlement';

/** Controllers and providers of the bank's payments, registered by MockLfiOzoneConnectModule (PAYMENT_RAIL_SETTINGS comes from the app). */
export const PAYMENT_CONTROLLERS: Type<unknown>[] = [OzoneConnectPaymentsController, OzoneConnectPaymentConsentsController];
export const PAYMENT_PROVIDERS: Provider[] = [
  PaymentConsents,
  PaymentDesk,
  PaymentFiles,
  {
    provide: PaymentSettlement,
    inject: [getDataSourceToken(), PAYMENT_RAIL_SETTINGS, LfiHubClient, LFI_PROFILE],
    useFactory: (db: DataSource, settings: PaymentRailSettings, client: LfiHubClient, profile: LfiProfile) => new PaymentSettlement(db, settings, paymentLogSender(client, profile)),
  },
];
