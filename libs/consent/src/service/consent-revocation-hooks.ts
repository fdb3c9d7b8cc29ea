import { Injectable, Logger } from '@nestjs/common';
import type { ConsentStatus } from '../domain/consent-status';

export type ConsentRevocationHook = (tenantId: string, consentId: string, status: ConsentStatus) => Promise<void>;

/**
 * Whoever holds state derived from a consent (the authorization server's tokens) registers here
 * and is called, awaited, after a consent reaches a final status (Revoked, Rejected, Expired,
 * Consumed) and the change has committed. So by the time a revoke call returns, the tokens of that
 * consent are gone. A failing hook is logged and does not undo the change: the consent's status is
 * the source of truth, and the resource server refuses tokens of a consent that is not Authorized.
 */
@Injectable()
export class ConsentRevocationHooks {
  private readonly logger = new Logger('ConsentRevocationHooks');
  private readonly hooks: ConsentRevocationHook[] = [];

  register(hook: ConsentRevocationHook): void {
    this.hooks.push(hook);
  }

  async run(tenantId: string, consentId: string, status: ConsentStatus): Promise<void> {
    for (const hook of this.hooks) {
      try {
        await hook(tenantId, consentId, status);
      } catch (error) {
        this.logger.error(
          `A hook failed after consent ${tenantId}/${consentId} became ${status}; the status change stands: ${String(error)}`,
          error instanceof Error ? error.stack : undefined,
        );
      }
    }
  }
}
