export * from './product-codes';
export { ProductsQueryDto, productsQueryOf } from './products-query.dto';
export { LeadNameDto, LeadRequestDataDto, LeadRequestDto, LeadResidentialAddressDto } from './lead-request.dto';
