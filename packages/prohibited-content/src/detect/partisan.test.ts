import { describe, expect, it } from 'vitest';
import { screen } from '../screen';
import { findPartisanReadings } from './partisan';
import { electionPeriods, isElectionPeriod } from './partisan-rules';

const outside = '2026-12-02';
const during = '2024-11-20';
const draft = (text: string, asOf = outside) => screen(text, { mode: 'draft', asOf });
const partisanOf = (text: string, asOf = outside) => draft(text, asOf).findings.filter((finding) => finding.category === 'partisan');

describe('partisan readings', () => {
  it('reads a call to support a named person for an office, a party or a ballot number', () => {
    for (const text of [
      'Dukung Pak Budi jadi bupati!',
      'Menangkan Budi Santoso sebagai gubernur Jawa Tengah',
      'Ayo pilih Ibu Sri Wahyuni untuk DPRD kota',
      'Ayo dukung Partai Maju Jaya',
      'Contreng no. urut 5 untuk DPRD',
      'Jangan lupa coblos 02 ya!',
      'Salam dari kami #02',
    ]) {
      expect(partisanOf(text).length, text).toBeGreaterThan(0);
    }
  });

  it('leaves neutral election information clean', () => {
    for (const text of [
      'KPU menetapkan jadwal pemungutan suara 14 Februari',
      'Gunakan hak pilih Anda, datang ke TPS',
      'Hari pemungutan suara adalah hari libur nasional',
      'pemilih pemula wajib terdaftar di DPT',
      'Pilih pemimpin yang jujur sesuai hati nurani, datang ke TPS',
      'Silakan pilih nomor 2 untuk layanan pajak daerah',
      'Mari dukung program Bupati Sleman untuk kota bersih',
      'Dukung Timnas Indonesia di Piala Asia!',
      'Meriahkan #HUTRI80 dan #01Desember bersama kami',
    ]) {
      expect(draft(text), text).toEqual({ verdict: 'publish', findings: [] });
    }
  });

  it('blocks a draft during an election period and asks for approval outside one', () => {
    expect(draft('Dukung Pak Budi jadi bupati!', during).verdict).toBe('block');
    expect(draft('Dukung Pak Budi jadi bupati!', outside).verdict).toBe('needs-approval');
    expect(screen('Dukung Pak Budi jadi bupati!', { mode: 'comment', asOf: outside }).verdict).toBe('hold');
  });

  it('reports a list term once, not again as a reading', () => {
    expect(partisanOf('coblos nomor 2').map((finding) => finding.detector)).toEqual(['term']);
  });

  it('marks the call and what it aims at', () => {
    const text = 'Warga semua, dukung Pak Budi jadi bupati!';
    const [reading] = findPartisanReadings(text);
    expect(text.slice(reading!.start, reading!.end)).toBe('dukung Pak Budi jadi bupati');
  });

  it('keeps the election periods dated and sourced', () => {
    for (const period of electionPeriods) {
      expect(period.from <= period.to, period.name).toBe(true);
      expect(period.source.length).toBeGreaterThan(10);
    }
    expect(isElectionPeriod(during)).toBe(true);
    expect(isElectionPeriod(outside)).toBe(false);
  });
});
