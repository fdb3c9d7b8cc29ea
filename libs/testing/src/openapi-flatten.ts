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
  if (!Array.isArray(node.allOf) || node.additionalProperties !== false) return node;
  const members = node.allOf.map((m: Schema) => flattenNode(doc, resolve(doc, m), seen));
  if (!members.every((m: Schema) => m && (m.properties || m.type === 'object'))) return node;
  const { allOf: _allOf, ...rest } = node;
  return {
    ...rest,
    properties: Object.assign({}, ...members.map((m: Schema) => m.properties ?? {}), node.properties ?? {}),
    required: [...new Set([...(node.required ?? []), ...members.flatMap((m: Schema) => m.required ?? [])])],
  };
}

function flattenNode(doc: Schema, node: Schema, seen: Set<Schema>): Schema {
  if (!node || typeof node !== 'object' || seen.has(node)) return node;
  seen.add(node);
  for (const [k, v] of Object.entries(node)) {
    if (v && typeof v === 'object') node[k] = Array.isArray(v) ? v.map((x) => flattenNode(doc, x, seen)) : flattenNode(doc, v, seen);
  }
  return mergeAllOf(doc, node, seen);
}

/** A copy of an OpenAPI document whose closed allOf objects validate as their authors meant. */
export function flattenClosedAllOf(openApi: Schema): Schema {
  const doc = structuredClone(openApi);
  return flattenNode(doc, doc, new Set());
}
