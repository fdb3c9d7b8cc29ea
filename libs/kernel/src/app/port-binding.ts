import type { ClassProvider, ExistingProvider, FactoryProvider, ValueProvider } from '@nestjs/common';

/**
 * How an app binds a library's port (an abstract class or token the library defines and uses):
 * any Nest provider form without its `provide`, which the library fills in. Domains declare the
 * port; the app that wires them chooses the adapter, so no domain imports its adapter's library.
 */
export type PortBinding = Omit<ClassProvider, 'provide'> | Omit<FactoryProvider, 'provide'> | Omit<ExistingProvider, 'provide'> | Omit<ValueProvider, 'provide'>;
