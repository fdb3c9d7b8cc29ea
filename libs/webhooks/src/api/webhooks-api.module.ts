import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WebhookAttemptEntity } from '../store/webhook-attempt.entity';
import { WebhookDeliveryEntity } from '../store/webhook-delivery.entity';
import { EmittedEventsStore } from './emitted-events.store';
import { MockEventReceiverController } from './mock-event-receiver.controller';
import { ReviewEmittedEventsController } from './review-emitted-events.controller';

/** The hub's TPP-facing webhook routes: the mock event receiver and the review of emitted events. */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookDeliveryEntity, WebhookAttemptEntity])],
  controllers: [MockEventReceiverController, ReviewEmittedEventsController],
  providers: [EmittedEventsStore],
})
export class WebhooksApiModule {}
