import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';

/** How a message uses one of its arguments. */
export type ArgumentUse = 'text' | 'number' | 'date' | 'select' | 'plural';

/** The arguments of an ICU message and how each is used; or the parser's error. */
export type IcuArguments = { ok: true; uses: Map<string, Set<ArgumentUse>> } | { ok: false; error: string };

function collect(elements: readonly MessageFormatElement[], uses: Map<string, Set<ArgumentUse>>): void {
  const use = (name: string, kind: ArgumentUse) => {
    const set = uses.get(name) ?? new Set<ArgumentUse>();
    set.add(kind);
    uses.set(name, set);
  };
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        use(element.value, 'text');
        break;
      case TYPE.number:
        use(element.value, 'number');
        break;
      case TYPE.date:
      case TYPE.time:
        use(element.value, 'date');
        break;
      case TYPE.select:
        use(element.value, 'select');
        for (const option of Object.values(element.options)) collect(option.value, uses);
        break;
      case TYPE.plural:
        use(element.value, 'plural');
        for (const option of Object.values(element.options)) collect(option.value, uses);
        break;
      case TYPE.tag:
        collect(element.children, uses);
        break;
      default:
        break;
    }
  }
}

/** Parses an ICU MessageFormat message with FormatJS's parser and lists its arguments. */
export function icuArguments(message: string): IcuArguments {
  try {
    const uses = new Map<string, Set<ArgumentUse>>();
    collect(parse(message), uses);
    return { ok: true, uses };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
