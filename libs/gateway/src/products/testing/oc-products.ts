import type { OzoneCatalogueProduct } from '@hub/ozone-connect';
import products from './oc-products.json';

/**
 * Products as a bank's Ozone Connect publishes them (GET /products, bank products data v2.1.2):
 * a mortgage with hybrid rates and LTV tiers, an Ijara home finance with ownership transfer, a
 * credit card with rewards, a savings account with tiered deposit rates, a current account and a
 * Murabaha auto finance. Taken from a mock bank's catalogue; the mapping spec checks they are
 * valid against the Ozone Connect document before mapping them.
 */
export const OC_PRODUCTS = products as OzoneCatalogueProduct[];
