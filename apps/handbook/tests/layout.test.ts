import { describe, expect, it } from 'vitest';
import { useHandbook } from './browser';

const handbook = useHandbook();

/** For each visible header select: does its chosen option's text fit inside the box (no "Oto…")? */
async function selectsFit(): Promise<{ label: string; fits: boolean }[]> {
  return handbook.page.evaluate(() =>
    [...document.querySelectorAll<HTMLSelectElement>('starlight-theme-select select, starlight-lang-select select')]
      .filter((select) => select.offsetParent !== null)
      .map((select) => {
        const style = getComputedStyle(select);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const label = select.selectedOptions[0]?.textContent ?? '';
        const room = select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        return { label, fits: context.measureText(label).width <= room };
      }),
  );
}

describe.each([
  ['id', '/'],
  ['en', '/en/'],
] as const)('header menus (%s)', (_lang, path) => {
  it.each([1366, 1024, 800])('show the whole theme and language names at %i px', async (width) => {
    await handbook.page.setViewportSize({ width, height: 800 });
    await handbook.page.goto(handbook.url(path));
    const selects = await selectsFit();
    expect(selects.length).toBe(2);
    expect(selects.filter((select) => !select.fits)).toEqual([]);
  });

  it('show them whole in the phone menu too', async () => {
    await handbook.page.setViewportSize({ width: 360, height: 740 });
    await handbook.page.goto(handbook.url(path));
    await handbook.page.locator('button.sl-menu-button').click();
    const selects = await selectsFit();
    expect(selects.length).toBe(2);
    expect(selects.filter((select) => !select.fits)).toEqual([]);
  });
});

describe('wide tables', () => {
  it('scroll on a phone and show a shadow at the edge that has more columns', async () => {
    await handbook.page.setViewportSize({ width: 360, height: 740 });
    await handbook.page.goto(handbook.url('/platform/'));
    const table = handbook.page.locator('main .sl-markdown-content table').first();
    const box = await table.evaluate((element) => ({
      overflows: element.scrollWidth > element.clientWidth,
      background: getComputedStyle(element).backgroundImage,
      attachment: getComputedStyle(element).backgroundAttachment,
    }));
    expect(box.overflows).toBe(true);
    // Two covers that scroll with the content and two shadows that stay at the edges.
    expect(box.background.match(/gradient\(/g)?.length).toBe(4);
    expect(box.attachment).toBe('local, local, scroll, scroll');
  });
});

describe.each([
  ['id', '/prohibited-content/'],
  ['en', '/en/prohibited-content/'],
  ['id', '/screen-tool/'],
  ['en', '/en/screen-tool/'],
] as const)('page width (%s %s)', (_lang, path) => {
  it.each([1366, 390])('never scrolls sideways at %i px', async (width) => {
    await handbook.page.setViewportSize({ width, height: 800 });
    await handbook.page.goto(handbook.url(path));
    const { contentWidth, viewportWidth } = await handbook.page.evaluate(() => ({
      contentWidth: document.documentElement.scrollWidth,
      viewportWidth: window.innerWidth,
    }));
    expect(contentWidth).toBeLessThanOrEqual(viewportWidth);
  });
});
