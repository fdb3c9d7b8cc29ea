import { Controller, HttpCode, Module, Post, Req, Res, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { fileHashOf } from './payment-file';
import { MAX_PAYMENT_FILE_BYTES, paymentFileOf, paymentFileUploadBody } from './payment-file-body';

const UPLOAD = '/bank/rs/open-finance/payment/v2.1/payment-consents/c-1/file';

@Controller()
class UploadController {
  @Post('bank/rs/open-finance/payment/v2.1/payment-consents/:ConsentId/file')
  upload(@Req() req: Request, @Res() res: Response): void {
    paymentFileOf(req).then(
      (bytes) => res.status(200).json({ hash: fileHashOf(bytes), size: bytes.length }),
      (e: { status: number; code: string }) => res.status(e.status).json({ code: e.code }),
    );
  }

  @Post('other')
  @HttpCode(200)
  other(@Req() req: Request): unknown {
    return { body: req.body as unknown };
  }
}

@Module({ controllers: [UploadController] })
class UploadModule {}

/**
 * A Nest app as the hub is one: Nest's own JSON and form parsers (registered at init), with or
 * without the upload reader mounted ahead of them by `app.use`, as the hub's bootstrap would.
 */
async function post(withReader: boolean, path: string, body: string | Buffer, contentType: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const app: INestApplication = await NestFactory.create(UploadModule, { logger: false });
  if (withReader) app.use(paymentFileUploadBody);
  await app.listen(0, '127.0.0.1');
  try {
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body, headers: { 'content-type': contentType } });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  } finally {
    await app.close();
  }
}

describe('the body of a file upload', () => {
  const csv = 'CreditorIBAN,CreditorName,Amount,Currency,Reference\nAE070331234567890123456,A,1.00,AED,r\n';

  it('is the bytes as sent, for a media type the hub does not parse (text/csv)', async () => {
    expect(await post(false, UPLOAD, csv, 'text/csv')).toEqual({ status: 200, json: { hash: fileHashOf(Buffer.from(csv)), size: csv.length } });
  });

  it('keeps a JSON file byte for byte (spacing and all) when read ahead of the JSON parser', async () => {
    const file = '{ "payments" : [ 1,2 ] }\n';
    expect(await post(true, UPLOAD, file, 'application/json')).toEqual({ status: 200, json: { hash: fileHashOf(Buffer.from(file)), size: file.length } });
  });

  it('keeps a form-encoded file as sent', async () => {
    const file = 'a=1&b=2';
    expect((await post(true, UPLOAD, file, 'application/x-www-form-urlencoded')).json).toEqual({ hash: fileHashOf(Buffer.from(file)), size: 7 });
  });

  it('is 415 when the hub\'s JSON parser has already turned the file into an object (reader not mounted)', async () => {
    expect(await post(false, UPLOAD, '{"a":1}', 'application/json')).toEqual({ status: 415, json: { code: 'Body.InvalidFormat' } });
  });

  it('refuses a file over the hub limit with 400 Body.InvalidFormat, after reading it to its end', async () => {
    const big = Buffer.alloc(MAX_PAYMENT_FILE_BYTES + 1, 0x41);
    expect(await post(true, UPLOAD, big, 'application/octet-stream')).toEqual({ status: 400, json: { code: 'Body.InvalidFormat' } });
  });

  it('takes a file of exactly the limit', async () => {
    const max = Buffer.alloc(MAX_PAYMENT_FILE_BYTES, 0x41);
    expect((await post(true, UPLOAD, max, 'application/octet-stream')).json.size).toBe(MAX_PAYMENT_FILE_BYTES);
  });

  it('leaves every other route to the hub\'s parsers', async () => {
    expect((await post(true, '/other', '{"a":1}', 'application/json')).json).toEqual({ body: { a: 1 } });
  });
});

describe('the upload reader and callers without a certificate', () => {
  /** A request as Node hands it over a TLS connection, its body not yet read. */
  const upload = (authorized: boolean) => Object.assign(Readable.from([Buffer.from('a,b\n')]), { method: 'POST', path: UPLOAD, socket: { encrypted: true, authorized } }) as unknown as Request & Readable;

  it('does not read the body of a TLS caller whose certificate was not verified (the guard refuses it)', async () => {
    const req = upload(false);
    await new Promise<void>((resolve) => paymentFileUploadBody(req, {} as Response, () => resolve()));
    expect(req.readableEnded).toBe(false);
    expect(req.body).toBeUndefined();
  });

  it('reads the body of a caller with a verified certificate', async () => {
    const req = upload(true);
    await new Promise<void>((resolve) => paymentFileUploadBody(req, {} as Response, () => resolve()));
    expect(req.body).toEqual(Buffer.from('a,b\n'));
  });
});
