/**
 * The official documents close objects with `additionalProperties: false` while adding members
 * through `allOf` (e.g. AEAccountAccessConsentBody.Data). Read literally as JSON Schema, such an
 * object forbids its own allOf members and no instance can be valid. The intended reading (an
 * OpenAPI generator's) is one closed object with all the members: this merges each `allOf` member
 * object's `properties` and `required` into its parent before validation.
 */
type Schema = Record<string, any>;

function resolve(doc: Schema, node: Schema): Schema {
  if (typeof node?.$ref !== 'string' || !node.$ref.startsWith('#/')) return node;
  return node.$ref
    .slice(2)
    .split('/')
    .reduce((at: Schema, key: string) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}

function mergeAllOf(doc: Schema, node: Schema, seen: Set<Schema>): Schema {
  if (!Array.isArray(node.allOf)) return node;
  const members = node.allOf.map((m: Schema) => flattenNode(doc, resolve(doc, m), seen));
  // Closed either way: the object itself, or a closed member it adds its own members to
  // (e.g. the insurance quote read branches: `allOf: [AEInsuranceQuoteProperties]` + QuoteStatus).
  const closed = node.additionalProperties === false || members.some((m: Schema) => m?.additionalProperties === false);
  if (!closed || !members.every((m: Schema) => m && (m.properties || m.type === 'object'))) return node;
  const { allOf: _allOf, ...rest } = node;
  return {
    ...rest,
    additionalProperties: false,
    properties: Object.assign({}, ...members.map((m: Schema) => m.properties ?? {}), node.properties ?? {}),
    required: [...new Set([...(node.required ?? []), ...members.flatMap((m: Schema) => m.required ?? [])])],
  };
}

/**
 * The same reading for a closed object whose members all come from its `oneOf` branches (e.g.
 * AEInsuranceQuoteReadResponseProperties): each branch closes itself, so the outer
 * `additionalProperties: false` without properties of its own would forbid every member.
 */
function openForBranches(node: Schema): Schema {
  if (node.additionalProperties !== false || node.properties || !(Array.isArray(node.oneOf) || Array.isArray(node.anyOf))) return node;
  const { additionalProperties: _closed, ...rest } = node;
  return rest;
}

function flattenNode(doc: Schema, node: Schema, seen: Set<Schema>): Schema {
  if (!node || typeof node !== 'object' || seen.has(node)) return node;
  seen.add(node);
  for (const [k, v] of Object.entries(node)) {
    if (v && typeof v === 'object') node[k] = Array.isArray(v) ? v.map((x) => flattenNode(doc, x, seen)) : flattenNode(doc, v, seen);
  }
  return openForBranches(mergeAllOf(doc, node, seen));
}

/** A copy of an OpenAPI document whose closed allOf objects validate as their authors meant. */
export function flattenClosedAllOf(openApi: Schema): Schema {
  const doc = structuredClone(openApi);
  return flattenNode(doc, doc, new Set());
}
