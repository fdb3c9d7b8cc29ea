import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { flattenClosedAllOf } from './openapi-flatten';

export interface SchemaCheck {
  valid: boolean;
  errors: string;
}

/** Validates with JSON Schema 2020-12 (the manifest schema, and OpenAPI 3.1 component schemas). */
export function validateAgainst(schema: object, value: unknown, extraSchemas: object[] = []): SchemaCheck {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('base64', /^[A-Za-z0-9+/]*={0,2}$/);
  // The insurance documents mark percentages `format: decimal` (a number already checked by `type`).
  ajv.addFormat('decimal', true);
  for (const s of extraSchemas) ajv.addSchema(s);
  const validate = ajv.compile(schema);
  const valid = validate(value) as boolean;
  return { valid, errors: ajv.errorsText(validate.errors, { separator: '\n' }) };
}

/** A component schema of an official OpenAPI document, with its internal $refs resolvable. */
export function validateAgainstComponent(openApi: any, component: string, value: unknown): SchemaCheck {
  const id = `urn:openapi:${openApi.info?.title ?? 'doc'}`.replace(/\s+/g, '-');
  return validateAgainst({ $ref: `${id}#/components/schemas/${component}` }, value, [{ ...flattenClosedAllOf(openApi), $id: id }]);
}

export function readJsonFile(path: string): any {
  return JSON.parse(readFileSync(path, 'utf8'));
}
