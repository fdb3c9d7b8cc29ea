import { LFI_PROFILE, type LfiProfile } from '@hub/mock-lfi-data';
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { requireApplicationCertificate } from '../guards/certificate-subject';

/**
 * The fault admin API belongs to the LFI's operator: its own application certificate of this
 * tenant. Neither a TPP, the hub, nor another LFI may make this bank fail.
 */
@Injectable()
export class LfiOperatorGuard implements CanActivate {
  constructor(@Inject(LFI_PROFILE) private readonly profile: LfiProfile) {}

  canActivate(context: ExecutionContext): boolean {
    requireApplicationCertificate(context.switchToHttp().getRequest<Request>(), this.profile, (t) => t, 'the LFI application');
    return true;
  }
}
