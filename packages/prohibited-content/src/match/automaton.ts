import { fromByteArray, toByteArray } from 'base64-js';

/**
 * An Aho–Corasick automaton compiled to a dense transition table (a DFA), so that scanning costs
 * one table read per character whatever the number of terms. Hand-written because the screener
 * matches normalized code points with an offset map of its own; string-matching libraries take
 * strings and regex engines would cost one pass per term.
 */
export interface Automaton {
  /** Number of symbols: 0 stands for every code point that occurs in no key. */
  alphabetSize: number;
  /** Symbol of each BMP code point (0 when unused). */
  bmpSymbols: Uint16Array;
  /** Symbols of code points above the BMP. */
  astralSymbols: Map<number, number>;
  /** `delta[state * alphabetSize + symbol]` is the next state. */
  delta: Int32Array;
  /** Key that ends at each state, or -1. */
  keyAt: Int32Array;
  /** The nearest state on the failure chain where a key ends, or -1 (the dictionary-suffix link). */
  outputLink: Int32Array;
  /** Length in code points of each key. */
  keyLengths: Int32Array;
}

/** Builds the automaton for distinct keys (arrays of code points). Key `i` is reported as `i`. */
export function buildAutomaton(keys: readonly (readonly number[])[]): Automaton {
  const bmpSymbols = new Uint16Array(0x10000);
  const astralSymbols = new Map<number, number>();
  let alphabetSize = 1;
  const symbolOf = (code: number) => {
    if (code < 0x10000) {
      if (bmpSymbols[code] === 0) bmpSymbols[code] = alphabetSize++;
      return bmpSymbols[code]!;
    }
    let symbol = astralSymbols.get(code);
    if (symbol === undefined) {
      symbol = alphabetSize++;
      astralSymbols.set(code, symbol);
    }
    return symbol;
  };

  // 1. A trie of the keys.
  const children: Map<number, number>[] = [new Map()];
  const keyAtList: number[] = [-1];
  keys.forEach((key, keyIndex) => {
    let state = 0;
    for (const code of key) {
      const symbol = symbolOf(code);
      let next = children[state]!.get(symbol);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        keyAtList.push(-1);
        children[state]!.set(symbol, next);
      }
      state = next;
    }
    keyAtList[state] = keyIndex;
  });

  // 2. Breadth-first: failure links, and the full transition table from them.
  const stateCount = children.length;
  const delta = new Int32Array(stateCount * alphabetSize);
  const fail = new Int32Array(stateCount);
  const outputLink = new Int32Array(stateCount).fill(-1);
  const keyAt = Int32Array.from(keyAtList);
  const queue: number[] = [];
  for (const [symbol, child] of children[0]!) {
    delta[symbol] = child;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const failState = fail[state]!;
    outputLink[state] = keyAt[failState]! >= 0 ? failState : outputLink[failState]!;
    const row = state * alphabetSize;
    const failRow = failState * alphabetSize;
    delta.copyWithin(row, failRow, failRow + alphabetSize); // the failure state's row, then this state's own edges
    for (const [symbol, child] of children[state]!) {
      fail[child] = delta[failRow + symbol]!;
      delta[row + symbol] = child;
      queue.push(child);
    }
  }
  return { alphabetSize, bmpSymbols, astralSymbols, delta, keyAt, outputLink, keyLengths: Int32Array.from(keys, (key) => key.length) };
}

/** Key occurrences found by {@link scan}: `keys[i]` ends at normalized index `ends[i]` (inclusive). */
export interface Occurrences {
  count: number;
  keys: Int32Array;
  ends: Int32Array;
}

/**
 * Every occurrence of every key in `codes[0…length)`, in one pass. `reuse` (a previous result) is
 * written over instead of allocating, as the normalizer does for its arrays.
 */
export function scan(automaton: Automaton, codes: Int32Array, length: number, reuse?: Occurrences): Occurrences {
  const { alphabetSize, bmpSymbols, astralSymbols, delta, keyAt, outputLink } = automaton;
  let keys = reuse?.keys ?? new Int32Array(16);
  let ends = reuse?.ends ?? new Int32Array(16);
  let count = 0;
  let state = 0;
  for (let k = 0; k < length; k++) {
    const code = codes[k]!;
    const symbol = code < 0x10000 ? bmpSymbols[code]! : (astralSymbols.get(code) ?? 0);
    state = delta[state * alphabetSize + symbol]!;
    let output = keyAt[state]! >= 0 ? state : outputLink[state]!;
    while (output >= 0) {
      if (count === keys.length) {
        const biggerKeys = new Int32Array(count * 2);
        biggerKeys.set(keys);
        keys = biggerKeys;
        const biggerEnds = new Int32Array(count * 2);
        biggerEnds.set(ends);
        ends = biggerEnds;
      }
      keys[count] = keyAt[output]!;
      ends[count] = k;
      count++;
      output = outputLink[output]!;
    }
  }
  return { count, keys, ends };
}

/** A JSON-safe form of the automaton (typed arrays as base64), to ship a compiled screener. */
export interface SerializedAutomaton {
  alphabetSize: number;
  /** `[codePoint, symbol]` pairs. */
  symbols: [number, number][];
  delta: string;
  keyAt: string;
  outputLink: string;
  keyLengths: string;
}

// base64-js rather than atob/btoa: Node's atob reads a compiled screener's megabytes of tables
// several times slower (a quarter of loading one, measured), and Buffer is not there in a browser.
function toBase64(array: Int32Array): string {
  return fromByteArray(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
}

/** The 32-bit integers of `text`; throws when it is not base64 of a whole number of them. */
function fromBase64(text: string): Int32Array {
  const bytes = toByteArray(text);
  if (bytes.byteLength % 4 !== 0) throw new RangeError(`${bytes.byteLength} bytes are no whole number of 32-bit integers`);
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

export function serializeAutomaton(automaton: Automaton): SerializedAutomaton {
  const symbols: [number, number][] = [];
  automaton.bmpSymbols.forEach((symbol, code) => {
    if (symbol !== 0) symbols.push([code, symbol]);
  });
  for (const [code, symbol] of automaton.astralSymbols) symbols.push([code, symbol]);
  return {
    alphabetSize: automaton.alphabetSize,
    symbols,
    delta: toBase64(automaton.delta),
    keyAt: toBase64(automaton.keyAt),
    outputLink: toBase64(automaton.outputLink),
    keyLengths: toBase64(automaton.keyLengths),
  };
}

export function deserializeAutomaton(data: SerializedAutomaton): Automaton {
  const bmpSymbols = new Uint16Array(0x10000);
  const astralSymbols = new Map<number, number>();
  for (const [code, symbol] of data.symbols) {
    if (code < 0x10000) bmpSymbols[code] = symbol;
    else astralSymbols.set(code, symbol);
  }
  return {
    alphabetSize: data.alphabetSize,
    bmpSymbols,
    astralSymbols,
    delta: fromBase64(data.delta),
    keyAt: fromBase64(data.keyAt),
    outputLink: fromBase64(data.outputLink),
    keyLengths: fromBase64(data.keyLengths),
  };
}

/**
 * What is wrong with a deserialized automaton of `keyCount` keys, or `undefined` when its tables
 * agree: every transition, key and link points inside the tables, so scanning never reads past them.
 */
export function automatonProblem(automaton: Automaton, keyCount: number): string | undefined {
  const { alphabetSize, delta, keyAt, outputLink, keyLengths } = automaton;
  if (delta.length === 0 || delta.length % alphabetSize !== 0) return `delta: ${delta.length} entries for ${alphabetSize} symbols`;
  const states = delta.length / alphabetSize;
  if (keyAt.length !== states || outputLink.length !== states)
    return `keyAt/outputLink: ${keyAt.length}/${outputLink.length} entries for ${states} states`;
  if (keyLengths.length !== keyCount) return `keyLengths: ${keyLengths.length} entries for ${keyCount} keys`;
  for (const symbol of automaton.bmpSymbols) if (symbol >= alphabetSize) return `symbol ${symbol} outside the alphabet`;
  for (const symbol of automaton.astralSymbols.values()) if (symbol >= alphabetSize) return `symbol ${symbol} outside the alphabet`;
  for (const next of delta) if (next < 0 || next >= states) return `delta: state ${next} of ${states}`;
  for (const key of keyAt) if (key < -1 || key >= keyCount) return `keyAt: key ${key} of ${keyCount}`;
  for (const link of outputLink) if (link < -1 || link >= states) return `outputLink: state ${link} of ${states}`;
  for (const length of keyLengths) if (length < 1) return `keyLengths: ${length}`;
  return undefined;
}
