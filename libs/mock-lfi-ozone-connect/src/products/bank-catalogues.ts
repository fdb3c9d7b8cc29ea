import { ApiError } from '@hub/kernel';
import { LFI_PROFILE, productCatalogue, type LfiProfile, type ProductCatalogue } from '@hub/mock-lfi-data';
import { Inject, Injectable } from '@nestjs/common';

/**
 * Each bank's published catalogue, generated once from the sandbox's seed (it never changes while
 * the bank runs). Only banks publish one: the products document's categories are banking ones, so
 * an insurer (or an unknown tenant) has none, like an unknown path.
 */
@Injectable()
export class BankCatalogues {
  private readonly catalogues = new Map<string, ProductCatalogue>();

  constructor(@Inject(LFI_PROFILE) private readonly profile: LfiProfile) {}

  of(tenantId: string): ProductCatalogue {
    const known = this.catalogues.get(tenantId);
    if (known) return known;
    const tenant = this.profile.tenants.find((t) => t.id === tenantId);
    if (tenant?.sector !== 'banking') throw ApiError.notFound(`'${tenantId}' publishes no banking products`);
    const catalogue = productCatalogue(this.profile.seed, tenant);
    this.catalogues.set(tenantId, catalogue);
    return catalogue;
  }
}
