import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeReason, triageMessage } from './triage-message';

const top = (text: string) => triageMessage(text).categories[0]?.category;

describe('triageMessage', () => {
  it('ranks a question and says which cues decided it', () => {
    const triage = triageMessage('Min, kapan kantor buka? mau tanya syarat lelang');
    expect(triage.handling).toBe('reply');
    expect(triage.categories[0]?.category).toBe('question');
    expect(triage.categories[0]?.reasons.map((reason) => reason.text)).toEqual(['kapan', 'mau tanya', 'syarat', '?']);
    expect(triage.suggestedTemplates[0]).toBe('question.answer');
  });

  it('matches obfuscated cues as the screener does', () => {
    expect(top('K A P A N dibuka lelangnya')).toBe('question');
    expect(top('ada pungl1 di loket')).toBe('lapor-complaint');
  });

  it('routes misconduct to LAPOR! and information requests to PPID', () => {
    expect(triageMessage('Ada pungli di loket, oknum minta uang').handling).toBe('route');
    expect(triageMessage('Saya ingin permohonan informasi laporan keuangan 2025').suggestedTemplates).toEqual(['information-request.ppid']);
  });

  it('routes a request phrased as a question: the generic question cues do not outweigh it', () => {
    const request = triageMessage('Min, saya mau minta salinan laporan keuangan kantor tahun 2025, caranya gimana ya?');
    expect(request.categories[0]?.category).toBe('information-request');
    expect(request.handling).toBe('route');
    expect(request.suggestedTemplates[0]).toBe('information-request.ppid');
    // A plain question with no routing cue stays a question.
    expect(triageMessage('Kapan lelang dibuka? caranya gimana?').categories[0]?.category).toBe('question');
  });

  it('answers polite criticism in public, and moves only the writer’s own case to private messages', () => {
    for (const text of [
      'Pelayanannya lambat dan pejabatnya tidak becus',
      'Pelayanan kantor ini makin buruk saja',
      'Kebijakan ini merugikan rakyat kecil, tolong dievaluasi',
    ]) {
      const triage = triageMessage(text);
      expect(triage.categories[0]?.category, text).toBe('criticism');
      expect(triage.suggestedTemplates[0], text).toBe('criticism.acknowledge');
      expect(triage.handling, text).toBe('reply');
    }
    const own = triageMessage('Berkas saya belum diproses sejak bulan lalu, lambat sekali');
    expect(own.categories[0]?.category).toBe('service-complaint');
    expect(own.suggestedTemplates[0]).toBe('complaint.move-to-private');
  });

  it('puts an emergency first, whatever else the message says', () => {
    expect(top('Terima kasih min, tapi tolong segera ada kebakaran di depan kantor, mau tanya kapan pemadam datang?')).toBe('emergency');
  });

  it('hides gambling spam and suggests no reply, with the screener’s finding as the reason', () => {
    const triage = triageMessage('SLOT GACOR hari ini maxwin wa.me/62812');
    expect(triage.handling).toBe('hide');
    expect(triage.suggestedTemplates).toEqual([]);
    expect(triage.categories[0]?.category).toBe('abuse-spam');
    const reason = triage.categories[0]?.reasons.find((candidate) => candidate.cue === 'content.gambling');
    expect(reason?.text).toBe('SLOT GACOR');
    expect(describeReason(reason!, 'en')).toMatch(/^"SLOT GACOR" \(Online gambling/);
  });

  it('explains, in both languages, a message with no cue at all', () => {
    const [only] = triageMessage('Halo').categories;
    expect(only?.category).toBe('question');
    expect(only?.reasons.map((reason) => describeReason(reason, 'id'))).toEqual(['Tidak ada penanda: dianggap pertanyaan umum.']);
    expect(only?.reasons.map((reason) => describeReason(reason, 'en'))).toEqual(['No cue: treated as a general question.']);
  });

  it('hides a complaint with a NIK but still answers it, in private', () => {
    const triage = triageMessage('Pelayanan lambat, berkas belum diproses! NIK saya 3273010101900001');
    expect(triage.handling).toBe('hide');
    expect(triage.categories[0]?.category).toBe('service-complaint');
    expect(triage.suggestedTemplates).toEqual(['complaint.move-to-private', 'complaint.acknowledge-private']);
  });

  it('keeps polite criticism visible and answers it', () => {
    const triage = triageMessage('Saran saya, seharusnya jadwal lelang diumumkan lebih awal. Kurang transparan.');
    expect(triage.handling).toBe('reply');
    expect(triage.categories[0]?.category).toBe('criticism');
    expect(triage.screening.verdict).toBe('allow');
  });

  it('property: never throws, and every reason with a span slices the message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        for (const ranked of triageMessage(text).categories) {
          for (const reason of ranked.reasons) if (reason.start !== undefined) expect(text.slice(reason.start, reason.end)).not.toBe('');
        }
      }),
    );
  });
});
