import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { flattenClosedAllOf } from './openapi-flatten';
import type { SchemaCheck } from './schema-validation';

/**
 * Which body of an operation: its request, or the response of a status code ('200', '201', '400' …),
 * in the media type asked for (JSON unless told; for `application/jwt` the schema is the signed claims' `message` or the claims themselves, as the document writes it).
 */
export type OperationBody = 'request' | string;

// One compiled document per OpenAPI document and one validator per body: the official documents
// are large, and a suite validates many bodies against the same few operations.
const compiled = new WeakMap<object, { ajv: Ajv2020; id: string; validators: Map<string, ValidateFunction> }>();

/**
 * Many official operations declare their bodies inline (e.g. Ozone Connect's insurance quotes, the
 * Consent Manager's resource logs), not as components. This validates `value` against one body
 * of `method path` (following a `#/components/responses/…` reference) with the document's other
 * schemas resolvable, like `validateAgainstComponent`. The document is not changed.
 */
export function validateOperationBody(openApi: any, path: string, method: string, body: OperationBody, value: unknown, contentType = 'application/json'): SchemaCheck {
  const doc = documentOf(openApi);
  const pointer = pointerOf(openApi, path, method.toLowerCase(), body, contentType);
  let validate = doc.validators.get(pointer);
  if (!validate) {
    validate = doc.ajv.compile({ $ref: `${doc.id}#${pointer}` });
    doc.validators.set(pointer, validate);
  }
  const valid = validate(value) as boolean;
  return { valid, errors: doc.ajv.errorsText(validate.errors, { separator: '\n' }) };
}

function documentOf(openApi: any) {
  let doc = compiled.get(openApi);
  if (!doc) {
    // strict: false lets OpenAPI's own keywords (discriminator, example, nullable …) pass.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('base64', /^[A-Za-z0-9+/]*={0,2}$/);
    // The insurance documents mark percentages `format: decimal` (a number already checked by `type`).
    ajv.addFormat('decimal', true);
    const id = `urn:openapi-operations:${String(openApi.info?.title ?? 'doc').replace(/\s+/g, '-')}:${String(openApi.info?.version ?? '')}`;
    ajv.addSchema({ ...flattenClosedAllOf(openApi), $id: id });
    doc = { ajv, id, validators: new Map() };
    compiled.set(openApi, doc);
  }
  return doc;
}

/** The JSON pointer (URI-fragment encoded) of the body's schema inside the document. */
function pointerOf(openApi: any, path: string, method: string, body: OperationBody, contentType: string): string {
  const operation = openApi.paths?.[path]?.[method];
  if (!operation) throw new Error(`the document has no operation ${method.toUpperCase()} ${path}`);
  let segments = ['paths', path, method, ...(body === 'request' ? ['requestBody'] : ['responses', body])];
  const holder = body === 'request' ? operation.requestBody : operation.responses?.[body];
  const ref: unknown = holder?.$ref;
  if (typeof ref === 'string') segments = ref.replace(/^#\//, '').split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const target = segments.reduce((at: any, key) => at?.[key], openApi);
  if (!target?.content?.[contentType]?.schema) throw new Error(`${method.toUpperCase()} ${path} declares no ${contentType} ${body === 'request' ? 'request body' : `${body} response`}`);
  return `/${[...segments, 'content', contentType, 'schema'].map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;
}
