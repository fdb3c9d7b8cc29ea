import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HTTPS_URL, SCHEMA_PATTERN } from './patterns';
import { MatchingPattern } from './validation/format-decorators';
import { Flag, NestedObject, Optional, Required } from './validation/shape-decorators';

/** AEWebhook: where and whether the hub sends the resource's events. */
export class WebhookDto {
  @ApiPropertyOptional({ pattern: SCHEMA_PATTERN.https, example: 'https://tpp.example.com/webhooks' })
  @Optional()
  @MatchingPattern(HTTPS_URL)
  Url?: string;

  @ApiProperty()
  @Required()
  @Flag()
  IsActive: boolean;
}

/** EventNotification: the `Subscription` of a service request (FX quote, account opening, insurance quote). */
export class SubscriptionDto {
  @ApiProperty({ type: WebhookDto })
  @Required()
  @NestedObject(() => WebhookDto)
  Webhook: WebhookDto;
}

class SubscriptionDataDto {
  @ApiProperty({ type: WebhookDto })
  @Required()
  @NestedObject(() => WebhookDto)
  Webhook: WebhookDto;
}

/** AEUpdateEventSubscriptionRequestBody1: `PATCH …/subscription` of a quote or an opening. */
export class UpdateEventSubscriptionDto {
  @ApiProperty({ type: SubscriptionDataDto })
  @Required()
  @NestedObject(() => SubscriptionDataDto)
  Data: SubscriptionDataDto;
}
