import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SCHEMA_PATTERN } from './patterns';
import { HttpsUrl } from './validation/format-decorators';
import { Flag, NestedObject, Optional, Required } from './validation/shape-decorators';

/** AEWebhook: where and whether the hub sends the resource's events. */
export class WebhookDto {
  @ApiPropertyOptional({ pattern: SCHEMA_PATTERN.https, example: 'https://tpp.example.com/webhooks' })
  @Optional()
  @HttpsUrl()
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

/** AEUpdateEventSubscriptionRequestBody1: `PATCH …/subscription` of a quote or an opening. */
export class UpdateEventSubscriptionDto {
  @ApiProperty({ type: SubscriptionDto })
  @Required()
  @NestedObject(() => SubscriptionDto)
  Data: SubscriptionDto;
}
