import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CountryCode, Matching, MatchingPattern, Text } from '../common/validation/format-decorators';
import { all, atIndex, rule, shown } from '../common/validation/rule';
import { ArrayOf, EachOneOf, Flag, MemberCombination, NestedObject, OneOf, Optional, Required } from '../common/validation/shape-decorators';
import { E164_PHONE, EMIRATES, PRODUCT_CATEGORIES } from './product-codes';

/**
 * `format: email` as the documents' validators read it (ajv-formats' "fast" email: a local part
 * of atoms, an @ and a dotted host name).
 */
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Each item of a string array has the schema's length bounds; the first wrong one is named by its index. */
const EachText = (min: number, max: number) => {
  const firstWrong = (v: unknown) => (Array.isArray(v) ? v.findIndex((s) => typeof s !== 'string' || [...s].length < min || [...s].length > max) : -1);
  return rule('eachText', (v) => firstWrong(v) < 0, (a) => {
    const i = firstWrong(a.value);
    return atIndex(i, `must be a string of ${min} to ${max} characters (got ${shown((a.value as unknown[])[i])})`);
  });
};

/**
 * AEUserName: one of AEPersonalAccountName (GivenName and LastName), AEPersonalAccountFullName
 * (FullName) or AEBusinessAccountName (BusinessName); each is closed, so members of two never mix.
 */
export class LeadNameDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 70 })
  @Optional()
  @Text(1, 70)
  GivenName?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 70 })
  @Optional()
  @Text(1, 70)
  LastName?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 140 })
  @Optional()
  @Text(1, 140)
  FullName?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 140 })
  @Optional()
  @Text(1, 140)
  BusinessName?: string;
}

const NAME_MEMBERS = ['GivenName', 'LastName', 'FullName', 'BusinessName'];
const NAME_SHAPES = [['GivenName', 'LastName'], ['FullName'], ['BusinessName']];

/** AEResidentialAddress (ISO 20022 PostalAddress27). */
export class LeadResidentialAddressDto {
  @ApiPropertyOptional({ enum: ['Residential'] })
  @Optional()
  @OneOf(['Residential'], 'AddressType')
  AddressType?: string;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 7, example: ['Villa 12, Street 4', 'Al Barsha 2'] })
  @Required()
  @all(ArrayOf({ min: 1, max: 7 }), EachText(1, 70))
  AddressLine: string[];

  @ApiPropertyOptional({ minLength: 1, maxLength: 16 })
  @Optional()
  @Text(1, 16)
  BuildingNumber?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 140 })
  @Optional()
  @Text(1, 140)
  BuildingName?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 70 })
  @Optional()
  @Text(1, 70)
  Floor?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 140 })
  @Optional()
  @Text(1, 140)
  StreetName?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 140 })
  @Optional()
  @Text(1, 140)
  DistrictName?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 16 })
  @Optional()
  @Text(1, 16)
  PostBox?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 140 })
  @Optional()
  @Text(1, 140)
  TownName?: string;

  @ApiPropertyOptional({ enum: EMIRATES })
  @Optional()
  @OneOf(EMIRATES, 'CountrySubDivision')
  CountrySubDivision?: string;

  @ApiProperty({ example: 'AE', pattern: '^[A-Z]{2}$' })
  @Required()
  @CountryCode()
  Country: string;
}

/** LeadRequest.Data: who the lead is, how to reach them and which product categories interest them. */
export class LeadRequestDataDto {
  @ApiProperty({ format: 'email', example: 'aisha@example.ae' })
  @Required()
  @Matching(EMAIL, 'an email address, e.g. aisha@example.ae')
  Email: string;

  @ApiPropertyOptional({ pattern: '^\\+[1-9]\\d{1,14}$', example: '+971501234567' })
  @Optional()
  @MatchingPattern(E164_PHONE)
  PhoneNumber?: string;

  @ApiProperty({ type: LeadNameDto, description: 'AEUserName: {GivenName, LastName}, {FullName} or {BusinessName}' })
  @Required()
  @all(NestedObject(() => LeadNameDto), MemberCombination(NAME_MEMBERS, NAME_SHAPES, 'GivenName and LastName, or FullName, or BusinessName'))
  Name: LeadNameDto;

  @ApiProperty({ example: '784-1990-1234567-1' })
  @Required()
  @Text()
  EmiratesId: string;

  @ApiPropertyOptional({ example: 'AE' })
  @Optional()
  @Text()
  Nationality?: string;

  @ApiPropertyOptional({ type: LeadResidentialAddressDto })
  @Optional()
  @NestedObject(() => LeadResidentialAddressDto)
  ResidentialAddress?: LeadResidentialAddressDto;

  @ApiPropertyOptional({ description: 'Free text about the lead, e.g. the product it asked about' })
  @Optional()
  @Text()
  LeadInformation?: string;

  @ApiProperty({ type: Boolean })
  @Required()
  @Flag()
  MarketingOptOut: boolean;

  @ApiProperty({ enum: PRODUCT_CATEGORIES, isArray: true, description: 'AEProductCategories: the categories of products the lead is interested in' })
  @Required()
  @all(ArrayOf(), EachOneOf(PRODUCT_CATEGORIES, 'AEProductCategoryCodes'))
  ProductCategories: string[];
}

/** LeadRequest (POST /leads, application/json). */
export class LeadRequestDto {
  @ApiProperty({ type: LeadRequestDataDto })
  @Required()
  @NestedObject(() => LeadRequestDataDto)
  Data: LeadRequestDataDto;
}
