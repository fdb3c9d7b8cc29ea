import type { LfiTenant } from '../model';
import { productIdentifierOf } from '../banking/products';
import { EPOCH_INSTANT_MS, uaeDateTime } from '../banking/uae-time';
import { SeededRandom, stableId } from '../generator/seeded-random';
import { bankStyleOf } from './bank-style';
import type { Product } from './product-parts';
import { PRODUCT_TEMPLATES } from './product-templates';

const DAY_MS = 86_400_000;
/** How many of the optional products (a premium current account, term deposits, a cashback card) a bank carries. */
const OPTIONAL_CARRIED = 2;
/** Products were last changed within this many days before the generation epoch. */
const UPDATE_WINDOW_DAYS = 540;

/** One bank's published catalogue: the LFI and brand it is published under, and its products. */
export interface ProductCatalogue {
  lfiId: string;
  lfiBrandId: string;
  products: Product[];
}

/**
 * The products a bank publishes (GET /products of its Ozone Connect). Pure and deterministic: the
 * seed and the tenant decide which optional products the bank carries, its rates, fees, salary
 * requirement and card network (bankStyleOf), and when each product was last updated; no clock.
 *
 * Ids never depend on the seed: a product a seeded PSU holds keeps its account product's id and
 * name (so a TPP can match `GET /accounts/{id}/product` to the catalogue); the others are keyed
 * by tenant and template. Every product has its own LastUpdatedDateTime (distinct days), so the
 * LastUpdatedDateTime filter and sort are never ambiguous.
 */
export function productCatalogue(seed: string, tenant: LfiTenant): ProductCatalogue {
  const style = bankStyleOf(seed, tenant);
  const optional = PRODUCT_TEMPLATES.filter((t) => t.optional);
  const carried = new Set(new SeededRandom(`${seed}|${tenant.id}|product-range`).shuffle(optional).slice(0, OPTIONAL_CARRIED));
  const offered = PRODUCT_TEMPLATES.filter((t) => !t.optional || carried.has(t)).map((t) => ({ t, random: new SeededRandom(`${seed}|${tenant.id}|product|${t.key}`) }));
  const days = new SeededRandom(`${seed}|${tenant.id}|product-dates`).shuffle(Array.from({ length: UPDATE_WINDOW_DAYS }, (_, i) => i + 1));
  const products = offered.map(({ t, random }, i) => {
    const lastUpdated = EPOCH_INSTANT_MS - days[i] * DAY_MS + random.int(8 * 3600, 18 * 3600) * 1000;
    const effectiveFrom = lastUpdated - random.int(30, 1500) * DAY_MS;
    const held = t.heldAs ? productIdentifierOf({ tenantId: tenant.id, accountSubType: t.heldAs, isShariaCompliant: t.sharia }) : undefined;
    const product: Product = {
      ProductId: held?.id ?? stableId('prd-', 12, tenant.id, 'catalogue', t.key),
      ProductCategory: t.category,
      ...t.build(style, random),
      ...(held ? { ProductName: held.productName } : {}),
      EffectiveFromDateTime: uaeDateTime(effectiveFrom),
      ...(t.retiring ? { EffectiveToDateTime: uaeDateTime(EPOCH_INSTANT_MS + random.int(60, 240) * DAY_MS) } : {}),
      LastUpdatedDateTime: uaeDateTime(lastUpdated),
    };
    return product;
  });
  return { lfiId: tenant.id, lfiBrandId: `${tenant.id}-retail`, products };
}
