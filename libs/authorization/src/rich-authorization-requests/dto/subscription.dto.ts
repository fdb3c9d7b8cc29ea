import { HttpsUrl } from '../validation/format-decorators';
import { Flag, NestedObject, Required } from '../validation/shape-decorators';

/** subscription.Webhook of the three RAR schemas. */
export class WebhookDto {
  /** The RAR schema says only `string`; https is a hub rule (AEWebhook elsewhere requires ^https://). */
  @Required() @HttpsUrl() Url: string;
  @Required() @Flag() IsActive: boolean;
}

/** The optional `subscription` of an authorization detail: event notifications to the TPP's webhook. */
export class SubscriptionDto {
  @Required() @NestedObject(() => WebhookDto) Webhook: WebhookDto;
}
