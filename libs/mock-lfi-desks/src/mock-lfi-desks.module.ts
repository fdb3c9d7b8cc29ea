import { MockLfiOzoneConnectModule } from '@hub/mock-lfi-ozone-connect';
import { Module } from '@nestjs/common';
import { ACCOUNT_OPENING_CONTROLLERS, ACCOUNT_OPENING_PROVIDERS } from './account-opening';
import { AccountOpeningDesk } from './account-opening/account-opening-desk';
import { FX_CONTROLLERS, FX_PROVIDERS } from './fx';
import { INSURANCE_QUOTE_CONTROLLERS, INSURANCE_QUOTE_PROVIDERS } from './insurance-quotes';

/**
 * The bank's service desks (client-credentials services over Ozone Connect): FX quotes, account
 * openings and insurance quotes, each moving its records on its own through the desk step loop and
 * reporting every move to the hub. Settings: `MOCK_LFI_DESK_SETTINGS` (the `mockLfi` config key).
 */
@Module({
  imports: [MockLfiOzoneConnectModule],
  controllers: [...FX_CONTROLLERS, ...ACCOUNT_OPENING_CONTROLLERS, ...INSURANCE_QUOTE_CONTROLLERS],
  providers: [...FX_PROVIDERS, ...ACCOUNT_OPENING_PROVIDERS, ...INSURANCE_QUOTE_PROVIDERS],
  exports: [AccountOpeningDesk],
})
export class MockLfiDesksModule {}
