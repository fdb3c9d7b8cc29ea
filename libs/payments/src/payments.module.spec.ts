import { Clock, SystemClock } from '@hub/kernel';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { EntityManager } from 'typeorm';
import { PaymentChangeOutbox } from './payment-change-outbox';
import { PaymentConsents } from './payment-consents';
import { PaymentLog } from './payment-log';
import { PaymentsModule } from './payments.module';

class NoOutbox extends PaymentChangeOutbox {
  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return work({} as EntityManager);
  }
  read<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return work({} as EntityManager);
  }
  async enqueue(): Promise<void> {}
}

class NoConsents extends PaymentConsents {
  get(): never {
    throw new Error('no consents here');
  }
  async markConsumed(): Promise<void> {}
}

@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
class ClockModule {}

describe('PaymentsModule.forRoot', () => {
  it('builds the one PaymentLog on the ports the app binds', async () => {
    const consents = new NoConsents();
    const moduleRef = await Test.createTestingModule({
      imports: [ClockModule, PaymentsModule.forRoot({ outbox: { useClass: NoOutbox }, consents: { useValue: consents } })],
    }).compile();
    const log = moduleRef.get(PaymentLog);
    expect(log).toBeInstanceOf(PaymentLog);
    expect(moduleRef.get(PaymentConsents)).toBe(consents);
    expect(moduleRef.get(PaymentChangeOutbox)).toBeInstanceOf(NoOutbox);
    await moduleRef.close();
  });
});
