export * from './product-codes';
export { ApiProductsQuery, ProductsQueryDto, productsQueryOf } from './products-query.dto';
export { LeadNameDto, LeadRequestDataDto, LeadRequestDto, LeadResidentialAddressDto } from './lead-request.dto';
