export { AccountOpeningPageController } from './account-opening/account-opening-page.controller';
export { LFI_WEB_CONTROLLERS, LFI_WEB_PROVIDERS } from './web-parts';
