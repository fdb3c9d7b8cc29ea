import { HttpsUrl } from '../common/validation/format-decorators';
import { Flag, NestedObject, Required } from '../common/validation/shape-decorators';

/** subscription.Webhook of the three RAR schemas. */
export class ConsentWebhookDto {
  /** The RAR schema says only `string`; https is a hub rule (AEWebhook elsewhere requires ^https://). */
  @Required() @HttpsUrl() Url: string;
  @Required() @Flag() IsActive: boolean;
}

/** The optional `subscription` of an authorization detail: event notifications to the TPP's webhook. */
export class ConsentSubscriptionDto {
  @Required() @NestedObject(() => ConsentWebhookDto) Webhook: ConsentWebhookDto;
}
