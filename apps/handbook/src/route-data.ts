import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { pageContents } from './page-contents';

type TocItem = NonNullable<StarlightRouteData['toc']>['items'][number];

/**
 * Adds to each page's table of contents ("Di halaman ini") the headings its components render from
 * package data: Starlight lists a page's Markdown headings only, and most pages here are rendered.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const { toc } = route;
  const headings = pageContents[route.id.replace(/^en\//, '')]?.(route.lang === 'en' ? 'en' : 'id');
  if (!toc || !headings) return;
  for (const heading of headings) {
    if (heading.depth < toc.minHeadingLevel || heading.depth > toc.maxHeadingLevel) continue;
    const item: TocItem = { ...heading, children: [] };
    const parent = toc.items.at(-1);
    // A level-3 heading goes under the level-2 heading before it, as Starlight nests its own.
    if (heading.depth > toc.minHeadingLevel && parent && parent.depth < heading.depth) parent.children.push(item);
    else toc.items.push(item);
  }
});
