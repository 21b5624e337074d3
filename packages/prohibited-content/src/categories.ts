import { abusiveConstructionLists } from './detect/abusive-constructions';
import { saraConstructionLists } from './detect/sara-rules';
import { categoriesFile } from './generated/categories';
import { termsFile } from './generated/terms';
import { type Category, type CategoryId, categoryIdOf } from './schema/category';
import type { TermList } from './schema/term-list';

/** Every prohibited-content category, in the order of data/categories.yaml. */
export const categories: readonly Category[] = categoriesFile.categories;

/**
 * The shipped term lists (data/terms.yaml), the insult constructions (`detect/abusive-constructions.ts`)
 * and the named-group constructions of SARA (`detect/sara-rules.ts`).
 */
export const defaultTermLists: readonly TermList[] = [...termsFile.lists, ...abusiveConstructionLists(), ...saraConstructionLists()];

const byId = new Map<CategoryId, Category>(categories.map((category) => [categoryIdOf(category), category]));

/** The category with this short id (`gambling`), or `undefined`. */
export function findCategory(id: string): Category | undefined {
  return byId.get(id);
}

/** Short ids of every category. */
export const categoryIds: readonly CategoryId[] = categories.map(categoryIdOf);
