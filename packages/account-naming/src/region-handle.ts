/** A region's name as a handle word: accents and everything but letters and digits dropped, lower case. */
export function regionHandle(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
