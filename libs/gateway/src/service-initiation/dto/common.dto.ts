import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsOptional, Matches, ValidateNested } from 'class-validator';

/** UAEPaymentAPI.AEActiveCurrencyAmount and FX charges: the consent library's DTOs of the same members. */
export { ActiveCurrencyAmountDto as CurrencyAmountDto, DescribedChargeDto as ChargeDto } from '@hub/consent-manager';

/** AEWebhook: where and whether the hub sends the resource's events. */
export class WebhookDto {
  @ApiPropertyOptional({ pattern: '^https:\\/\\/.+', example: 'https://tpp.example.com/webhooks' })
  @IsOptional()
  @Matches(/^https:\/\/.+/, { message: '$property must be an https URL' })
  Url?: string;

  @ApiProperty()
  @IsBoolean()
  IsActive: boolean;
}

/** EventNotification. */
export class SubscriptionDto {
  @ApiProperty({ type: WebhookDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => WebhookDto)
  Webhook: WebhookDto;
}

class SubscriptionDataDto {
  @ApiProperty({ type: WebhookDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => WebhookDto)
  Webhook: WebhookDto;
}

/** AEUpdateEventSubscriptionRequestBody1: `PATCH …/subscription` of a quote or an opening. */
export class UpdateEventSubscriptionDto {
  @ApiProperty({ type: SubscriptionDataDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => SubscriptionDataDto)
  Data: SubscriptionDataDto;
}
