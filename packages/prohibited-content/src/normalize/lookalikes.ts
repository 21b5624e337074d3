// Letters that Unicode compatibility decomposition (NFKD) leaves alone but spammers use as Latin:
// Cyrillic and Greek homoglyphs, small capitals, and the negative circled/squared letters of the
// enclosed-alphanumerics block. Targeted on purpose: a full confusables table would also fold
// legitimate non-Latin words. Keys are lower case (the table is applied after case folding).
const pairs: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  г: 'r',
  д: 'd',
  е: 'e',
  ё: 'e',
  з: '3',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  п: 'n',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  һ: 'h',
  ӏ: 'i',
  // Greek
  α: 'a',
  β: 'b',
  γ: 'y',
  δ: 'd',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'u',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  σ: 'o',
  ς: 'c',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  // Small capitals and other Latin look-alikes
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ꜰ: 'f',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ǫ: 'q',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
  ɑ: 'a',
  ɡ: 'g',
  ı: 'i',
  ȷ: 'j',
  ɩ: 'i',
  ꞵ: 'b',
  ß: 'b',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ł: 'l',
  ŧ: 't',
  ƀ: 'b',
  ɨ: 'i',
  ʉ: 'u',
  ɇ: 'e',
  ꝋ: 'o',
  // Old Italic and Carian letters seen in gambling spam (𐊗 for 8 in "PROBET855")
  𐊗: '8',
  𐌏: 'o',
  𐌀: 'a',
  𐌄: 'e',
  𐌔: 's',
  𐌕: 't',
};

/** Look-alike → Latin letter or digit, keyed by code point. */
export const lookalikes: ReadonlyMap<number, string> = (() => {
  const map = new Map<number, string>();
  for (const [from, to] of Object.entries(pairs)) map.set(from.codePointAt(0)!, to);
  const a = 'a'.codePointAt(0)!;
  for (let i = 0; i < 26; i++) {
    const letter = String.fromCodePoint(a + i);
    map.set(0x1f150 + i, letter); // 🅐 negative circled
    map.set(0x1f170 + i, letter); // 🅰 negative squared
    map.set(0x1f1e6 + i, letter); // 🇦 regional indicator: a letter, but a word of its own (see normalize)
  }
  for (let i = 0; i < 9; i++) {
    const digit = String(i + 1);
    map.set(0x2776 + i, digit); // ❶ dingbat negative circled digits: no compatibility decomposition
    map.set(0x2780 + i, digit); // ➀
    map.set(0x278a + i, digit); // ➊
  }
  return map;
})();

/**
 * Leetspeak digits, read as letters inside a word that has letters (`g4c0r`, `s1ot`); in a
 * number (`2024`, a NIK) digits stay digits. `1` reads as `i`, like `l` (see `skeleton`).
 */
export const leetDigits: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '6': 'g',
  '7': 't',
  '8': 'b',
  '9': 'g',
};

/** Symbols read as letters only between two letters (`j@di`, `$lot` is not one). */
export const leetSymbols: Readonly<Record<string, string>> = { '@': 'a', $: 's', '!': 'i', '|': 'i' };

/**
 * Letters merged into one "skeleton" letter after every other step, in the text and in the terms
 * alike, because they are written for each other: `l`, `1`, `!` and `|` all stand for `i`.
 */
export const skeleton: Readonly<Record<string, string>> = { l: 'i' };
