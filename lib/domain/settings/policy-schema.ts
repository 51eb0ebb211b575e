import { z } from '../../zod';
import { POLICY_SHAPE } from './policy';

/**
 * The managed_schema Chrome and Edge read (public/managed_schema.json, written by `npm run contract`), generated
 * from POLICY_SHAPE so the two cannot drift. Chrome's dialect (research in docs/deployment.md): the top level is an
 * object with no additionalProperties, every node has exactly one `type` (or a `$ref`), only the keywords below are
 * read, and an invalid schema stops the extension from loading at all — so `dialectProblems` is tested.
 */
export const CHROME_SCHEMA_KEYWORDS = [
  'additionalProperties',
  'description',
  'enum',
  'id',
  'items',
  'maximum',
  'minimum',
  'pattern',
  'patternProperties',
  'properties',
  '$ref',
  'required',
  'sensitiveValue',
  'title',
  'type',
] as const;
const TYPES = ['object', 'array', 'string', 'integer', 'number', 'boolean'];
const INT32 = 2 ** 31 - 1;

export interface JsonSchemaNode {
  type?: string;
  $ref?: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  additionalProperties?: JsonSchemaNode | boolean;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  enum?: unknown[];
  [keyword: string]: unknown;
}

/** Keeps what Chrome reads; zod's safe-integer bounds are dropped (Chrome's integers are 32-bit). */
function toChrome(node: Record<string, unknown>): JsonSchemaNode {
  const out: JsonSchemaNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (!(CHROME_SCHEMA_KEYWORDS as readonly string[]).includes(key)) continue;
    if ((key === 'minimum' || key === 'maximum') && Math.abs(value as number) > INT32) continue;
    if (key === 'properties')
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, Record<string, unknown>>).map(([k, v]) => [k, toChrome(v)]),
      );
    else if (key === 'items') out.items = toChrome(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

export function managedSchema(): JsonSchemaNode {
  const generated = z.toJSONSchema(POLICY_SHAPE, { io: 'input', target: 'draft-4' }) as Record<string, unknown>;
  const schema = toChrome(generated);
  delete schema.additionalProperties;
  return { type: 'object', properties: schema.properties ?? {} };
}

/** Each way `schema` breaks Chrome's rules, as a sentence; empty when Chrome will load it. */
export function dialectProblems(schema: JsonSchemaNode): string[] {
  const problems: string[] = [];
  if (schema.type !== 'object') problems.push('the top level must be type "object"');
  if ('additionalProperties' in schema) problems.push('the top level may not have additionalProperties');
  if (!schema.properties || Object.keys(schema.properties).length === 0) problems.push('the top level names no policy');
  const walk = (node: JsonSchemaNode, where: string) => {
    for (const key of Object.keys(node))
      if (!(CHROME_SCHEMA_KEYWORDS as readonly string[]).includes(key))
        problems.push(`${where}: "${key}" is not a keyword Chrome reads`);
    const typed = typeof node.type === 'string' && TYPES.includes(node.type);
    const reffed = typeof node.$ref === 'string';
    if (typed === reffed) problems.push(`${where}: needs exactly one of a single "type" or a "$ref"`);
    if (node.type === 'integer' || node.type === 'number')
      for (const bound of ['minimum', 'maximum'] as const)
        if (node[bound] !== undefined && (typeof node[bound] !== 'number' || Math.abs(node[bound]) > INT32))
          problems.push(`${where}: ${bound} must be a 32-bit number`);
    if (node.type === 'array' && !node.items) problems.push(`${where}: an array needs "items"`);
    for (const [name, child] of Object.entries(node.properties ?? {})) walk(child, `${where}.${name}`);
    if (node.items) walk(node.items, `${where}[]`);
    if (typeof node.additionalProperties === 'object') walk(node.additionalProperties, `${where}.*`);
  };
  for (const [name, policy] of Object.entries(schema.properties ?? {})) {
    if (!policy.title || !policy.description) problems.push(`${name}: every policy needs a title and a description`);
    walk(policy, name);
  }
  return problems;
}
