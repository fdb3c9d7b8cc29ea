import { ApiPropertyOptional, ApiQuery } from '@nestjs/swagger';
import { DateTimeWithTimezone } from '../common/validation/format-decorators';
import { Matching } from '../common/validation/format-decorators';
import { OneOf, Optional } from '../common/validation/shape-decorators';
import { PRODUCT_CATEGORIES, PRODUCT_SORT_FIELDS, PRODUCT_SORT_ORDERS, type ProductsQuery } from './product-codes';

/** Each query parameter as Swagger shows it: on the DTO's members and as the operation's parameters. */
const PARAMETERS = {
  ProductCategory: { enum: [...PRODUCT_CATEGORIES], description: 'Only products of this category (AEProductCategoryCodes)' },
  IsShariaCompliant: { enum: ['true', 'false'], description: 'Only Sharia-compliant (true) or only conventional (false) products' },
  LastUpdatedDateTime: { type: String, format: 'date-time', example: '2025-06-01T00:00:00+04:00', description: 'Only products whose LastUpdatedDateTime is at or after this instant (RFC 3339 with a timezone)' },
  SortOrder: { enum: [...PRODUCT_SORT_ORDERS], default: 'asc' },
  SortField: { enum: [...PRODUCT_SORT_FIELDS], default: 'LastUpdatedDateTime' },
  page: { type: String, example: '1', description: 'Page of the answer (1-based), as the Links name it' },
  'page-size': { type: String, example: '100', description: 'Products per page, 1 to 1000 (default 100)' },
} as const;

/**
 * The operation's query parameters in Swagger, from the same table as the DTO's members
 * (@nestjs/swagger drops `enum` when it expands a query DTO, so the parameters are declared one by one).
 */
export function ApiProductsQuery(): MethodDecorator {
  const each = Object.entries(PARAMETERS).map(([name, options]) => ApiQuery({ name, required: false, ...options }));
  return (target, key, descriptor) => {
    for (const decorate of each) decorate(target, key, descriptor);
  };
}

/**
 * The query of GET /products (standards/v2.1/uae-product-openapi.yaml) as it arrives: every member
 * a string. The documents type IsShariaCompliant as a boolean, which a query carries as `true` or
 * `false`. `page` and `page-size` are the hub's standard pagination (the document's Links and
 * Meta.TotalPages page the answer; its parameter list names no page parameter).
 */
export class ProductsQueryDto {
  @ApiPropertyOptional(PARAMETERS.ProductCategory)
  @Optional()
  @OneOf(PRODUCT_CATEGORIES, 'AEProductCategoryCodes')
  ProductCategory?: string;

  @ApiPropertyOptional(PARAMETERS.IsShariaCompliant)
  @Optional()
  @OneOf(['true', 'false'], 'IsShariaCompliant')
  IsShariaCompliant?: string;

  @ApiPropertyOptional(PARAMETERS.LastUpdatedDateTime)
  @Optional()
  @DateTimeWithTimezone()
  LastUpdatedDateTime?: string;

  @ApiPropertyOptional(PARAMETERS.SortOrder)
  @Optional()
  @OneOf(PRODUCT_SORT_ORDERS, 'SortOrder')
  SortOrder?: string;

  @ApiPropertyOptional(PARAMETERS.SortField)
  @Optional()
  @OneOf(PRODUCT_SORT_FIELDS, 'SortField')
  SortField?: string;

  @ApiPropertyOptional(PARAMETERS.page)
  @Optional()
  @Matching(/^[1-9]\d{0,5}$/, 'a page number from 1')
  page?: string;

  @ApiPropertyOptional({ name: 'page-size', ...PARAMETERS['page-size'] })
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
