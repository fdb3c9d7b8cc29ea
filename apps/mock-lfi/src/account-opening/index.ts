import type { Provider, Type } from '@nestjs/common';

/** Controllers and providers of this service desk, registered by MockLfiModule. */
export const ACCOUNT_OPENING_CONTROLLERS: Type<unknown>[] = [];
export const ACCOUNT_OPENING_PROVIDERS: Provider[] = [];
