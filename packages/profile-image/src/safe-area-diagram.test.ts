import { describe, expect, it } from 'vitest';
import { safeAreaDiagram, safeAreaDiagramLabels } from './safe-area-diagram';
import { placement } from './specs';

describe('safeAreaDiagram', () => {
  it('draws the crop and safe circles from the placement rule', () => {
    const labels = safeAreaDiagramLabels();
    const svg = safeAreaDiagram({ crop: labels.crop.en, safe: labels.safe.en, title: labels.title.en }, placement, 200);
    expect(svg).toContain('r="100"');
    expect(svg).toContain(`r="${(200 * placement.safeCircleDiameter) / 2}"`);
    expect(svg).toContain(`Safe circle (${placement.safeCircleDiameter * 100}%)`);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="safe-area-title"><title id="safe-area-title">/);
  });

  it('follows a changed rule and escapes label text', () => {
    const svg = safeAreaDiagram({ crop: 'a<b', safe: 's', title: 't&u' }, { ...placement, safeCircleDiameter: 0.5 }, 100);
    expect(svg).toContain('r="25"');
    expect(svg).toContain('a&lt;b');
    expect(svg).toContain('t&amp;u');
  });
});
