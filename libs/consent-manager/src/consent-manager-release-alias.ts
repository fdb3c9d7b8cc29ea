import type { NextFunction, Request, Response } from 'express';

/** `/falcon-bank/cm/v2025.32/consents/…` → `/falcon-bank/cm/consents/…` */
const RELEASE_TAG = /^\/([^/]+)\/cm\/v\d{4}\.\d+(?=\/|$)/;

/**
 * The official collections call the Consent Manager with an Ozone release tag in the path
 * (`/v2025.32/consents/...`); the tag names the Ozone release, not an API version, so the same
 * routes serve it.
 */
export function consentManagerReleaseAlias(req: Request, _res: Response, next: NextFunction): void {
  req.url = req.url.replace(RELEASE_TAG, '/$1/cm');
  next();
}
