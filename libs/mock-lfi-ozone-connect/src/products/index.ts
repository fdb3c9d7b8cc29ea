import { BankCatalogues } from './bank-catalogues';
import { LeadsAdminController } from './leads-admin.controller';
import { OzoneConnectProductsController } from './ozone-connect-products.controller';

/** The bank's product catalogue and leads (Ozone Connect) and its operator's list of leads. */
export const PRODUCT_CONTROLLERS = [OzoneConnectProductsController, LeadsAdminController];
export const PRODUCT_PROVIDERS = [BankCatalogues];
