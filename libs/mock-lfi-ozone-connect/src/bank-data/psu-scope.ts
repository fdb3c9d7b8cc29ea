import { ApiError } from '@hub/kernel';
import { blockedAccessCode } from '@hub/mock-lfi-data';
import { findAccount, findPsu, type AccountEntity, type PsuEntity } from '@hub/mock-lfi-store';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { headerOf } from '../guards/o3-headers.guard';

/**
 * Who the hub asks for, and which of the LFI's accounts that PSU may see. The hub has already
 * checked the consent; the LFI still answers only about the PSU named in `o3-psu-identifier`,
 * so a mix-up upstream can never leak another customer's account.
 */
@Injectable()
export class PsuScope {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async psuOf(req: Request): Promise<PsuEntity> {
    const header = headerOf(req, 'o3-psu-identifier');
    if (!header) throw ApiError.badRequest('o3-psu-identifier is required', 'o3-psu-identifier');
    // The O3HeadersGuard has already checked it is base64 JSON.
    const { userId } = JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as { userId?: unknown };
    if (typeof userId !== 'string' || !userId) throw invalidUser('o3-psu-identifier names no userId');
    const psu = await findPsu(this.db, String(req.params.tenant), userId);
    if (!psu) throw invalidUser(`No customer '${userId}' at this LFI`);
    return psu;
  }

  /** An account of the PSU, whatever its status; unknown and foreign accounts look the same. */
  async ownedAccount(req: Request, accountId: string): Promise<{ psu: PsuEntity; account: AccountEntity }> {
    const psu = await this.psuOf(req);
    const account = await findAccount(this.db, psu.tenantId, accountId);
    if (!account || account.userId !== psu.userId) {
      throw ApiError.badRequest(`Account '${accountId}' is not an account of this customer`, 'accountId', 'Consent.Invalid');
    }
    return { psu, account };
  }

  /** An account whose data may be shared: Suspended and Closed (or similar) accounts are refused. */
  async readableAccount(req: Request, accountId: string): Promise<{ psu: PsuEntity; account: AccountEntity }> {
    const owned = await this.ownedAccount(req, accountId);
    const code = blockedAccessCode(owned.account.status);
    if (code) throw ApiError.forbidden(`Account '${accountId}' is ${owned.account.status}`, code);
    return owned;
  }
}

function invalidUser(message: string): ApiError {
  return ApiError.badRequest(message, 'o3-psu-identifier', 'Consent.InvalidUserIdentifier');
}
