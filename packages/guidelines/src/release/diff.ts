import type { PackageSnapshot, Snapshot } from './snapshot';

/** One changed value inside an entity. */
export interface FieldChange {
  /** Dotted path inside the entity, e.g. `severity` or `textLimits.reply.value`. */
  path: string;
  before?: unknown;
  after?: unknown;
  /** Wording only (titles, translations, notes, examples, sources): no validation result changes. */
  wording: boolean;
}

/** A rule, term list, template, platform… that was added, removed or changed. */
export interface EntityChange {
  package: string;
  /** The data file, e.g. `rules.yaml`. */
  file: string;
  /** The list the entity is in (`rules`, `templates`…), or the top-level key of a single entity. */
  collection: string;
  /** The entity's id (`naming.handle-pattern`, `instagram`, `gambling`…). */
  id: string;
  kind: 'added' | 'removed' | 'changed';
  /** What changed, for `changed`. */
  fields: FieldChange[];
  /** The entity's title, when it has one, for release notes. */
  title?: string;
}

/** A change in a package's JSON Schema that can break data written for the old one. */
export interface SchemaChange {
  package: string;
  schema: string;
  /** `a.b` property path. */
  path: string;
  kind: 'property-removed' | 'property-added' | 'now-required';
}

/** Everything that changed between two snapshots. */
export interface GuidelinesDiff {
  from: string;
  to: string;
  entities: EntityChange[];
  schemas: SchemaChange[];
  /** Packages that exist on one side only. */
  packagesAdded: string[];
  packagesRemoved: string[];
}

/** What one entry of each list is called in release notes. */
export const entityNouns: Record<string, string> = {
  rules: 'rule',
  categories: 'category',
  templates: 'template',
  platforms: 'platform',
  sources: 'source',
  targets: 'response target',
  timeZones: 'time zone',
  years: 'holiday year',
  removed: 'removed rule',
  campaigns: 'campaign',
  standingHashtags: 'standing hashtag',
  brandedTerms: 'branded term',
  terms: 'term list',
  lists: 'term list',
};

/** `rule "naming.x"`, or just `"policy"` for a single entity. */
export function entityLabel(change: Pick<EntityChange, 'collection' | 'id'>): string {
  if (change.id === change.collection) return `\`${change.id}\``;
  return `${entityNouns[change.collection] ?? change.collection} \`${change.id}\``;
}

/** Keys that identify an element of a list, in order of preference. */
const identityKeys = ['id', 'platform', 'category', 'year', 'date', 'tag', 'term'] as const;

/**
 * Fields whose change never changes a validation result (policy: a patch release): wording,
 * translations, notes, examples and where a figure comes from.
 */
export const wordingFields = new Set([
  'title',
  'rationale',
  'description',
  'definition',
  'note',
  'notes',
  'tone',
  'name',
  'examples',
  'example',
  'verifiedAt',
  'url',
  'reliability',
  'text',
  'accountType',
  'meaning',
  'keyMessages',
  'where',
  'decree',
]);

/** Collections whose every entry is only a citation: adding, removing or editing one is wording. */
const citationCollections = new Set(['sources']);

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * How the elements of a list are told apart: the first identity key whose values are unique on
 * each side (`id`, `platform`…), else a pair of keys (`category` + `channel` for response targets).
 * Returns the key names, or `undefined` for a list without identity (compared as a whole).
 */
function identityKeysOf(sides: readonly Json[][]): string[] | undefined {
  const items = sides.flat();
  if (items.length === 0 || !items.every(isObject)) return undefined;
  const primitive = (key: string) => items.every((item) => ['string', 'number'].includes(typeof (item as Record<string, Json>)[key]));
  const unique = (keys: string[]) =>
    sides.every(
      (side) =>
        new Set(side.map((item) => keys.map((key) => String((item as Record<string, Json>)[key])).join('\u0000'))).size === side.length,
    );
  for (const key of identityKeys) if (primitive(key) && unique([key])) return [key];
  const candidates = Object.keys(items[0] as Record<string, Json>)
    .filter(primitive)
    .slice(0, 6);
  for (const [index, first] of candidates.entries()) {
    for (const second of candidates.slice(index + 1)) if (unique([first, second])) return [first, second];
  }
  return undefined;
}

const identityOf = (item: Json, keys: string[]) => keys.map((key) => String((item as Record<string, Json>)[key])).join('/');

const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

/** Leaf-level differences between two versions of one entity. */
function fieldChanges(before: Json, after: Json, path: string[], wording: boolean, out: FieldChange[]): void {
  if (same(before, after)) return;
  const here = path.join('.');
  const isWording = wording || path.some((segment) => wordingFields.has(segment));
  if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
      fieldChanges(before[key], after[key], [...path, key], isWording, out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const keys = identityKeysOf([before, after]);
    if (keys) {
      const index = (list: Json[]) => new Map(list.map((item) => [identityOf(item, keys), item]));
      const a = index(before);
      const b = index(after);
      for (const id of new Set([...a.keys(), ...b.keys()])) fieldChanges(a.get(id), b.get(id), [...path, id], isWording, out);
      return;
    }
    if ([...before, ...after].every((item) => typeof item !== 'object')) {
      // A list of words or values: report what entered and what left, not positions.
      const removed = before.filter((item) => !after.some((other) => same(other, item)));
      const added = after.filter((item) => !before.some((other) => same(other, item)));
      if (removed.length > 0 || added.length > 0)
        out.push({
          path: here,
          ...(removed.length ? { before: removed } : {}),
          ...(added.length ? { after: added } : {}),
          wording: isWording,
        });
      return;
    }
  }
  out.push({ path: here, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}), wording: isWording });
}

function titleOf(entity: Json): string | undefined {
  if (!isObject(entity)) return undefined;
  const title = entity.title ?? entity.name;
  if (typeof title === 'string') return title;
  if (isObject(title) && typeof title.id === 'string') return title.id;
  return undefined;
}

function diffPackage(before: PackageSnapshot | undefined, after: PackageSnapshot | undefined, out: EntityChange[]): void {
  const name = (after ?? before)?.name as string;
  const files = new Set([...Object.keys(before?.data ?? {}), ...Object.keys(after?.data ?? {})]);
  for (const file of [...files].sort()) {
    const a = before?.data[file];
    const b = after?.data[file];
    const topKeys = new Set([...(isObject(a) ? Object.keys(a) : []), ...(isObject(b) ? Object.keys(b) : [])]);
    for (const collection of topKeys) {
      const listA = isObject(a) ? a[collection] : undefined;
      const listB = isObject(b) ? b[collection] : undefined;
      const keys =
        Array.isArray(listA) || Array.isArray(listB)
          ? identityKeysOf([Array.isArray(listA) ? listA : [], Array.isArray(listB) ? listB : []])
          : undefined;
      const citation = citationCollections.has(collection);
      if (keys) {
        const index = (list: Json) => new Map((Array.isArray(list) ? list : []).map((item) => [identityOf(item, keys), item as Json]));
        const ia = index(listA);
        const ib = index(listB);
        for (const id of new Set([...ia.keys(), ...ib.keys()])) {
          const x = ia.get(id);
          const y = ib.get(id);
          const title = titleOf(y ?? x);
          const base = { package: name, file, collection, id, ...(title ? { title } : {}) };
          if (x === undefined) out.push({ ...base, kind: 'added', fields: citation ? [{ path: '', after: y, wording: true }] : [] });
          else if (y === undefined)
            out.push({ ...base, kind: 'removed', fields: citation ? [{ path: '', before: x, wording: true }] : [] });
          else if (!same(x, y)) {
            const fields: FieldChange[] = [];
            fieldChanges(x, y, [], citation, fields);
            out.push({ ...base, kind: 'changed', fields });
          }
        }
      } else if (!same(listA, listB)) {
        // A single entity (a policy, the placement rule, working hours) or a list without ids.
        const fields: FieldChange[] = [];
        // A new empty list (an empty ledger) adds nothing that validates.
        const empty = (value: Json) => (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);
        fieldChanges(listA, listB, [], citation || empty(listA ?? listB), fields);
        const kind = listA === undefined ? 'added' : listB === undefined ? 'removed' : 'changed';
        out.push({ package: name, file, collection, id: collection, kind, fields });
      }
    }
  }
}

/** Property paths of a JSON Schema, each with whether it is required. */
function schemaProperties(schema: Json, path: string[] = [], out = new Map<string, boolean>()): Map<string, boolean> {
  if (!isObject(schema)) return out;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  if (isObject(schema.properties)) {
    for (const [key, value] of Object.entries(schema.properties)) {
      const at = [...path, key];
      out.set(at.join('.'), required.has(key));
      schemaProperties(value, at, out);
    }
  }
  for (const nested of ['items', 'additionalProperties'] as const)
    if (isObject(schema[nested])) schemaProperties(schema[nested], [...path, '*'], out);
  for (const variants of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(schema[variants])) for (const variant of schema[variants] as Json[]) schemaProperties(variant, path, out);
  }
  return out;
}

function diffSchemas(before: PackageSnapshot | undefined, after: PackageSnapshot | undefined, out: SchemaChange[]): void {
  if (!before || !after) return;
  for (const schema of Object.keys(before.schemas)) {
    if (!(schema in after.schemas)) continue;
    const a = schemaProperties(before.schemas[schema]);
    const b = schemaProperties(after.schemas[schema]);
    for (const [path, required] of b) {
      if (!a.has(path)) out.push({ package: after.name, schema, path, kind: required ? 'now-required' : 'property-added' });
      else if (required && !a.get(path)) out.push({ package: after.name, schema, path, kind: 'now-required' });
    }
    for (const path of a.keys()) if (!b.has(path)) out.push({ package: after.name, schema, path, kind: 'property-removed' });
  }
}

/** The rule-level difference between two snapshots: entities added, removed and changed, per package. */
export function diffSnapshots(before: Snapshot, after: Snapshot): GuidelinesDiff {
  const names = new Set([...before.packages.map((p) => p.name), ...after.packages.map((p) => p.name)]);
  const entities: EntityChange[] = [];
  const schemas: SchemaChange[] = [];
  for (const name of [...names].sort()) {
    const a = before.packages.find((p) => p.name === name);
    const b = after.packages.find((p) => p.name === name);
    diffPackage(a, b, entities);
    diffSchemas(a, b, schemas);
  }
  return {
    from: before.label,
    to: after.label,
    entities,
    schemas,
    packagesAdded: after.packages.filter((p) => !before.packages.some((q) => q.name === p.name)).map((p) => p.name),
    packagesRemoved: before.packages.filter((p) => !after.packages.some((q) => q.name === p.name)).map((p) => p.name),
  };
}
