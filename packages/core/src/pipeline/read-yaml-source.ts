import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import { z } from 'zod';
import { localizedMessageOf } from '../schema/localized-issue';
import type { LocalizedText } from '../schema/localized-text';
import type { DataProblem, SourceError } from './source-error';

/** Outcome of reading one source: the validated data, or every error found in it. */
export type SourceResult<T> = { ok: true; data: T } | { ok: false; errors: SourceError[] };

const indonesian = z.locales.id().localeError;
const english = z.locales.en().localeError;

function messageFrom(map: typeof english, issue: z.core.$ZodIssue): string | undefined {
  // The locale maps read the raw issue (they need `input` to name the type received).
  const result = map(issue as unknown as z.core.$ZodRawIssue);
  return typeof result === 'string' ? result : (result?.message ?? undefined);
}

/** A zod issue's message in Indonesian and English (zod's own locales, or the issue's bilingual params). */
export function localizeIssue(issue: z.core.$ZodIssue): LocalizedText {
  const custom = localizedMessageOf(issue);
  if (custom) return custom;
  if (issue.code === 'custom') return { id: issue.message, en: issue.message };
  const field = issue.path.at(-1);
  if (issue.code === 'invalid_type' && issue.input === undefined && typeof field === 'string') {
    // zod says "expected array, received undefined": the field is simply missing.
    return {
      id: `Kolom wajib "${field}" tidak ada: tambahkan (${issue.expected}).`,
      en: `Required field "${field}" is missing: add it (${issue.expected}).`,
    };
  }
  if (issue.code === 'unrecognized_keys') {
    // Our own words: zod's Indonesian message is garbled ("Kunci tidak dikenali s:"), and neither
    // locale says what to do about it.
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return {
      id: `Kunci tidak dikenal: ${keys}. Periksa ejaannya, atau hapus bila tidak dipakai.`,
      en: `Unknown key${issue.keys.length === 1 ? '' : 's'}: ${keys}. Check the spelling, or remove ${issue.keys.length === 1 ? 'it' : 'them'} if unused.`,
    };
  }
  return { id: messageFrom(indonesian, issue) ?? issue.message, en: messageFrom(english, issue) ?? issue.message };
}

/**
 * Finds the YAML node a zod path points to. For a key that does not exist (a missing required
 * field) it returns the nearest parent that does, so the editor lands on the object to complete;
 * for an unrecognized key it returns that key.
 */
function nodeAt(root: Node | null | undefined, path: readonly PropertyKey[], unknownKey?: string): Node | undefined {
  let node: Node | null | undefined = root;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) return node;
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) return node;
      node = item;
    } else {
      return node ?? undefined;
    }
  }
  if (unknownKey !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === unknownKey);
    if (pair) return pair.key as Node;
  }
  return node ?? undefined;
}

/** Where a field path of a YAML text starts: 1-based line and column. */
export type YamlLocator = (path: readonly (string | number)[]) => { line: number; column: number };

function locatorOf(document: Document, lineCounter: LineCounter): YamlLocator {
  return (path) => {
    const { line, col } = lineCounter.linePos(nodeAt(document.contents, path)?.range?.[0] ?? 0);
    return { line, column: col };
  };
}

/**
 * The positions of a YAML text's fields, for checks that read several files at once (the same
 * rule id in two packages) and must point at the line of each. A path that does not exist points at
 * its nearest existing parent; text that does not parse points at line 1.
 */
export function locateInYaml(text: string): YamlLocator {
  const lineCounter = new LineCounter();
  return locatorOf(parseDocument(text, { lineCounter, prettyErrors: false }), lineCounter);
}

function unresolvedAliasOffset(document: Document): number {
  let offset = 0;
  visit(document, {
    Alias(_, alias) {
      if (alias.resolve(document)) return undefined;
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * Parses a YAML guideline source and validates it against its zod schema, keeping the position of
 * every problem. Nothing here throws on bad input: a YAML syntax error, a wrong type and a missing
 * field all come back as {@link SourceError}s with file, line, column and field path.
 */
export function readYamlSource<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  options: { check?: (data: z.output<S>) => DataProblem[] } = {},
): SourceResult<z.output<S>> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const positionOf = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => ({
        file,
        ...positionOf(error.pos[0]),
        path: [],
        message: {
          id: `YAML tidak valid: ${error.message}`,
          en: `Invalid YAML: ${error.message}`,
        },
      })),
    };
  }

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // The parser accepts some documents that cannot become data (an alias to an anchor never set,
    // an alias bomb): report them like syntax errors instead of letting the exception escape.
    const reason = (error as Error).message;
    return {
      ok: false,
      errors: [
        {
          file,
          ...positionOf(unresolvedAliasOffset(document)),
          path: [],
          message: { id: `YAML tidak valid: ${reason}`, en: `Invalid YAML: ${reason}` },
        },
      ],
    };
  }

  const parsed = schema.safeParse(data, { reportInput: true });
  if (parsed.success) {
    // Checks across files (a citation of a provision, a rule the code emits) run on valid data only,
    // and are pinned to their node like schema errors.
    const problems = options.check?.(parsed.data) ?? [];
    if (problems.length === 0) return { ok: true, data: parsed.data };
    const locate = locatorOf(document, lineCounter);
    const errors = problems.map(
      (problem): SourceError => ({ file, ...locate(problem.path), path: problem.path, message: problem.message }),
    );
    return { ok: false, errors: errors.sort((a, b) => a.line - b.line || a.column - b.column) };
  }

  const errors = parsed.error.issues.map((issue): SourceError => {
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const node = nodeAt(document.contents, issue.path, unknownKeys[0]);
    const offset = node?.range?.[0] ?? 0;
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    return { file, ...positionOf(offset), path: unknownKeys[0] ? [...path, unknownKeys[0]] : path, message: localizeIssue(issue) };
  });
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, errors };
}
