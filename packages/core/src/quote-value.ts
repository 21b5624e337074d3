/**
 * A value as a message shows it: text in double quotes (`"2026-02-31"`), anything else as
 * JavaScript would write it (`null`, `5`, `NaN`, `["gambling"]`). Never throws, whatever the value:
 * a message about a wrong option must not fail on the option it reports.
 */
export function quoteValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'bigint':
      return `${value}n`;
    case 'function':
      return 'function';
    case 'object':
      if (value === null) return 'null';
      try {
        return JSON.stringify(value) ?? Object.prototype.toString.call(value);
      } catch {
        // A cycle, or a toJSON that throws.
        return Object.prototype.toString.call(value);
      }
    default:
      // number, boolean, symbol, undefined
      return String(value);
  }
}
