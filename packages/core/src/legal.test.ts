import { describe, expect, it } from 'vitest';
import {
  basesInForce,
  citeProvision,
  findInstrument,
  findProvision,
  instrumentOf,
  legalInstruments,
  legalRegistry,
  legalStatusOn,
  provisions,
  provisionsInForce,
} from './legal';
import type { LegalBasis } from './schema/legal-basis';
import { legalRegistrySchema } from './schema/legal-instrument';

const saraBases: LegalBasis[] = [
  { provision: 'uu-11-2008/28-2' },
  { provision: 'uu-1-2023/243' },
  { provision: 'uu-1-2023/300' },
  { kind: 'institutional-policy' },
];

describe('legal registry', () => {
  it('dates the KUHP transition: ITE 28(2) until 1 January 2026, KUHP 243 from 2 January 2026', () => {
    const ite = findProvision('uu-11-2008/28-2')!;
    const kuhp = findProvision('uu-1-2023/243')!;
    expect(legalStatusOn(ite, '2026-01-01')).toBe('in-force');
    expect(legalStatusOn(ite, '2026-01-02')).toBe('ended');
    expect(legalStatusOn(kuhp, '2026-01-01')).toBe('upcoming');
    expect(legalStatusOn(kuhp, '2026-01-02')).toBe('in-force');
    expect(ite.replacedBy).toEqual(expect.arrayContaining(['uu-1-2023/243', 'uu-1-2023/300', 'uu-1-2023/301']));
  });

  it('shows the bases in force on a date, and keeps institutional policy always', () => {
    expect(provisionsInForce(saraBases, '2025-06-01')).toEqual(['uu-11-2008/28-2']);
    expect(provisionsInForce(saraBases, '2026-12-02')).toEqual(['uu-1-2023/243', 'uu-1-2023/300']);
    expect(basesInForce(saraBases, '2026-12-02')).toContainEqual({ kind: 'institutional-policy' });
  });

  it('cites a provision with its instrument', () => {
    expect(citeProvision(findProvision('uu-1-2023/243')!)).toBe('KUHP Pasal 243 ayat (1)');
    expect(instrumentOf({ id: 'uu-27-2022/36' }).citation).toBe('UU 27/2022 (PDP)');
  });

  it('marks the gambling penalty of UU ITE as contested rather than choosing silently', () => {
    expect(findProvision('uu-11-2008/45-3')?.contested?.id).toMatch(/Diperdebatkan/);
  });

  it('gives every ended provision its reason, and every replacement exists', () => {
    for (const provision of provisions) {
      if (provision.inForceUntil) expect(provision.endedBy, provision.id).toBeDefined();
      for (const id of provision.replacedBy ?? []) expect(findProvision(id), `${provision.id} → ${id}`).toBeDefined();
      expect(findInstrument(provision.id.split('/')[0]!), provision.id).toBeDefined();
    }
    expect(legalInstruments.length).toBeGreaterThan(10);
  });
});

describe('legalRegistrySchema', () => {
  it('refuses a replacement or an amending instrument that is not listed, at its place', () => {
    const broken = structuredClone(legalRegistry);
    broken.provisions[0]!.replacedBy = ['uu-1-2023/999'];
    broken.instruments[0]!.amendedBy = ['uu-9-2099'];
    const result = legalRegistrySchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([
      ['provisions', 0, 'replacedBy', 0],
      ['instruments', 0, 'amendedBy', 0],
    ]);
  });
});
