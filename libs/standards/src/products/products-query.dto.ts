import { ApiPropertyOptional } from '@nestjs/swagger';
import { DateTimeWithTimezone } from '../common/validation/format-decorators';
import { Matching } from '../common/validation/format-decorators';
import { OneOf, Optional } from '../common/validation/shape-decorators';
import { PRODUCT_CATEGORIES, PRODUCT_SORT_FIELDS, PRODUCT_SORT_ORDERS, type ProductsQuery } from './product-codes';

/**
 * The query of GET /products (standards/v2.1/uae-product-openapi.yaml) as it arrives: every member
 * a string. The documents type IsShariaCompliant as a boolean, which a query carries as `true` or
 * `false`. `page` and `page-size` are the hub's standard pagination (the document's Links and
 * Meta.TotalPages page the answer; its parameter list names no page parameter).
 */
export class ProductsQueryDto {
  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES, description: 'Only products of this category' })
  @Optional()
  @OneOf(PRODUCT_CATEGORIES, 'AEProductCategoryCodes')
  ProductCategory?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only Sharia-compliant (true) or only conventional (false) products' })
  @Optional()
  @OneOf(['true', 'false'], 'IsShariaCompliant')
  IsShariaCompliant?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-06-01T00:00:00+04:00', description: 'Only products whose LastUpdatedDateTime is at or after this instant' })
  @Optional()
  @DateTimeWithTimezone()
  LastUpdatedDateTime?: string;

  @ApiPropertyOptional({ enum: PRODUCT_SORT_ORDERS, default: 'asc' })
  @Optional()
  @OneOf(PRODUCT_SORT_ORDERS, 'SortOrder')
  SortOrder?: string;

  @ApiPropertyOptional({ enum: PRODUCT_SORT_FIELDS, default: 'LastUpdatedDateTime' })
  @Optional()
  @OneOf(PRODUCT_SORT_FIELDS, 'SortField')
  SortField?: string;

  @ApiPropertyOptional({ type: String, example: '1', description: 'Page of the answer (1-based), as the Links name it' })
  @Optional()
  @Matching(/^[1-9]\d{0,5}$/, 'a page number from 1')
  page?: string;

  @ApiPropertyOptional({ name: 'page-size', type: String, example: '100', description: 'Products per page (default 100)' })
  @Optional()
  @Matching(/^([1-9]\d{0,2}|1000)$/, 'a page size from 1 to 1000')
  'page-size'?: string;
}

/** The validated query as typed filters, with the documents' defaults for the sort. */
export function productsQueryOf(dto: ProductsQueryDto): ProductsQuery {
  return {
    ...(dto.ProductCategory !== undefined ? { ProductCategory: dto.ProductCategory as ProductsQuery['ProductCategory'] } : {}),
    ...(dto.IsShariaCompliant !== undefined ? { IsShariaCompliant: dto.IsShariaCompliant === 'true' } : {}),
    ...(dto.LastUpdatedDateTime !== undefined ? { LastUpdatedDateTime: dto.LastUpdatedDateTime } : {}),
    SortOrder: (dto.SortOrder ?? 'asc') as ProductsQuery['SortOrder'],
    SortField: (dto.SortField ?? 'LastUpdatedDateTime') as ProductsQuery['SortField'],
  };
}
