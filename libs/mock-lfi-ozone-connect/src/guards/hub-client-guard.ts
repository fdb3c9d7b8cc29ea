import { LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { requireApplicationCertificate } from './certificate-subject';

/** Ozone Connect is called by the hub only: its client certificate of the tenant in the path. */
@Injectable()
export class HubClientGuard implements CanActivate {
  constructor(@Inject(LFI_PROFILE) private readonly profile: LfiProfile) {}

  canActivate(context: ExecutionContext): boolean {
    requireApplicationCertificate(context.switchToHttp().getRequest<Request>(), this.profile, (t) => t.hubClient, 'the hub client');
    return true;
  }
}
