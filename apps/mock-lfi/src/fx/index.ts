import type { Provider, Type } from '@nestjs/common';

/** Controllers and providers of this service desk, registered by MockLfiModule. */
export const FX_CONTROLLERS: Type<unknown>[] = [];
export const FX_PROVIDERS: Provider[] = [];
