import { describe, expect, it } from 'vitest';
import { createScreener } from '../screen';
import { saraDerogationWeights, saraRules } from './sara-rules';

const screener = createScreener();
const asOf = '2026-11-22';
const found = (text: string, mode: 'draft' | 'comment', category: string) =>
  screener.screen(text, { mode, asOf }).findings.filter((finding) => finding.category === category);

describe('abusive: tiers', () => {
  it('strong profanity is hidden in a comment and blocked in a draft', () => {
    for (const text of ['bangsat kau', 'jancuk, telat lagi', 'dasar anjing', 'pukimak', 'cukimai', 'pantek lu']) {
      expect(screener.screen(text, { mode: 'comment', asOf }).verdict, text).toBe('hide');
      expect(screener.screen(text, { mode: 'draft', asOf }).verdict, text).toBe('block');
      expect(found(text, 'comment', 'abusive')[0]?.tier, text).toBe('strong');
    }
  });
  it('a milder insult is held for an admin, and a draft needs approval', () => {
    for (const text of ['kerjanya goblok', 'anjir lama banget', 'otak udang', 'gblk']) {
      expect(screener.screen(text, { mode: 'comment', asOf }).verdict, text).toBe('hold');
      expect(screener.screen(text, { mode: 'draft', asOf }).verdict, text).toBe('needs-approval');
      expect(found(text, 'comment', 'abusive')[0]?.tier, text).toBe('mild');
    }
  });
  it('the verdict takes the strongest tier', () => {
    expect(screener.screen('goblok, bangsat!', { mode: 'comment', asOf }).verdict).toBe('hide');
  });
  it('insult constructions: dasar …, … lu, otak …', () => {
    for (const text of ['dasar monyet', 'tolol lu', 'babi lo', 'goblog sia', 'otak dengkul', 'dasar pejabat goblok']) {
      expect(found(text, 'comment', 'abusive').length, text).toBeGreaterThan(0);
    }
  });
});

describe('abusive: criticism and innocent senses stay clean', () => {
  it.each([
    'pelayanannya lambat dan pejabatnya tidak becus',
    'Kebijakan ini keliru dan merugikan warga kecil, mohon ditinjau ulang.',
    'Petugas menyiapkan anjing pelacak untuk memeriksa bagasi.',
    'Peternak babi di Sumba menerima vaksin.',
    'Atas dasar pejabat yang berwenang, izin diterbitkan.',
    'Dasar hukum kegiatan ini adalah PP 94/2021.',
    'Usaha kami sia-sia, tolong dibantu.',
    'Buang sampah kamu di tempatnya.',
  ])('%s', (text) => {
    expect(found(text, 'comment', 'abusive')).toEqual([]);
    expect(found(text, 'comment', 'sara-hate')).toEqual([]);
  });
  it('the contrast: criticism is clean, abuse of the same official is not', () => {
    expect(screener.screen('pelayanannya lambat dan pejabatnya tidak becus', { mode: 'comment', asOf }).verdict).toBe('allow');
    expect(screener.screen('dasar pejabat goblok', { mode: 'comment', asOf }).verdict).not.toBe('allow');
  });
});

describe('abusive: a plain l is an l', () => {
  it('does not read "tali" as "tai" or "talk" as "taik", but still reads the disguises of i', () => {
    for (const text of ['Penyerahan tali asih kepada keluarga korban banjir', 'Ikuti talk show pajak malam ini', 'tali silaturahmi'])
      expect(found(text, 'draft', 'abusive'), text).toEqual([]);
    for (const text of ['ta1 lu', 'TAI', 'taI lah']) expect(found(text, 'comment', 'abusive').length, text).toBeGreaterThan(0);
  });
});

describe('sara-hate: group with derogation', () => {
  it.each([
    'Selamat Natal bagi umat Kristiani',
    'Gong Xi Fa Cai, semoga sejahtera',
    'umat Islam merayakan Idulfitri',
    'Festival budaya suku Dayak digelar pekan depan.',
    'warga keturunan Tionghoa ikut kerja bakti',
    'Produk ini tidak mengandung babi sehingga halal bagi umat Muslim.',
    'Jangan usir warga Madura, mereka saudara kita.',
  ])('a neutral mention or counter-speech stays clean: %s', (text) => {
    expect(found(text, 'comment', 'sara-hate')).toEqual([]);
    expect(found(text, 'draft', 'sara-hate')).toEqual([]);
  });
  it.each(['usir semua pendatang itu', 'orang Papua itu monyet', 'ganyang Tionghoa', 'kristen itu najis', 'bunuh saja orang Yahudi'])(
    'group and derogation within a few words: %s',
    (text) => {
      const findings = found(text, 'comment', 'sara-hate');
      expect(findings.length, text).toBe(1);
      expect(findings[0]!.detector).toBe('sara-signals');
      expect(screener.screen(text, { mode: 'comment', asOf }).verdict).toBe('hide');
    },
  );
  it('a group far from the derogation does not count', () => {
    expect(found('warga Jawa datang ke kantor pagi ini dan antre lama sekali lalu membuang sampah', 'comment', 'sara-hate')).toEqual([]);
  });
  it.each(['dasar cina', 'cina kafir', 'kadal gurun', 'inlander'])('a slur of the list: %s', (text) => {
    expect(found(text, 'comment', 'sara-hate').length).toBeGreaterThan(0);
  });
  it.each([
    'dasar aseng babi',
    'kadrun itu najis',
    'usir saja kaum sipit itu',
    'basmi kafir Ahmadiyah',
    'orang batak kafir semua',
    'teroris budha membakar desa',
    'agama sesat itu harus dibubarkan, Syiah sesat',
    'Papua itu monyet semua, enyahkan',
    'ganyang PKI',
    'dasar jongos cina',
    'cina bloon semua',
    'dasar batak',
    'antek yahudi',
    'penista nabi itu',
    // The standard spellings (KBBI) beside the common ones.
    'habisi ustaz itu',
    'usir kiai itu',
    'bakar kelenteng umat Khonghucu',
  ])('a derogatory name, takfir, incitement or an animal word near a group: %s', (text) => {
    expect(found(text, 'comment', 'sara-hate').length, text).toBe(1);
  });
  it.each([
    'antek asing aseng',
    'Kadrun dan cebong sama saja, capek.',
    'Mata sipit bukan masalah.',
    'Dunia adalah penjara bagi orang beriman.',
    'Umat Islam dilarang makan babi.',
    'Cut Nyak Dien dari Aceh melawan penjajah.',
    'Pemerintah menolak segala bentuk penistaan agama dan mengajak umat menjaga kerukunan.',
    'Warga Jawa Tengah dan suku Batak merayakan festival budaya bersama.',
    'Pemprov Jawa Barat membuka layanan pengaduan bagi korban penipuan.',
    'Kebun binatang Tianjin, Cina, kedatangan panda baru.',
    'Nasi Padang dan sampah plastik: ayo bawa wadah sendiri.',
    'Islam tidak mengajarkan bom bunuh diri.',
    'Ahok gak benci Islam.',
    'Dunia adalah penjara bagi orang beriman dan surga bagi orang kafir (HR Muslim).',
    'Jangan jadi antek asing dan aseng.',
  ])('a group name or derogation alone, or counter-speech, stays clean: %s', (text) => {
    expect(found(text, 'comment', 'sara-hate')).toEqual([]);
  });
});

describe('sara-hate: insults of what a religion holds sacred', () => {
  it.each([
    'Allah SWT dungu',
    'Muhammad bejad',
    'Yesus babi',
    'Tuhan kalian bodoh',
    'kristus tolol',
    'Tuhanmu bodoh',
    'Muhammad SAW goblok',
    'Yesus Kristus bangsat',
    'Alloh SWT goblok',
    't.u.h.a.n b.o.d.o.h',
    'nabimu tolol',
    'Rasulmu babi',
  ])('an insult said of God or a prophet is blasphemy: %s', (text) => {
    const [finding] = found(text, 'comment', 'sara-hate');
    expect(finding?.message.en, text).toContain('an insult of God or a prophet');
    expect(screener.screen(text, { mode: 'draft', asOf }).verdict, text).toBe('block');
  });
  it('reads only insults the scan matches: every sacred insult is a derogation', () => {
    for (const insult of saraRules.sacredInsults) expect(saraDerogationWeights.has(insult), insult).toBe(true);
  });
  it.each([
    // Prayers and religious writing name God beside damnation.
    'Aku berlindung kepada Allah dari godaan setan yang terkutuk.',
    'Orang yang berbuat zalim akan mendapat laknat Allah.',
    'Jangan biarkan setan menggoda kita untuk korupsi, ingat Allah selalu mengawasi.',
    'Allah SWT melaknat penyuap dan penerima suap (HR Abu Dawud).',
    'Peringatan Maulid Nabi Muhammad SAW: meneladani akhlak Rasulullah.',
    'Selamat Natal! Damai Kristus menyertai kita semua.',
    'Polisi menangkap nabi palsu yang menipu warga.',
    'Dengan rahmat Tuhan Yang Maha Esa, kami mengutuk keras aksi teror biadab itu.',
    'Puji Tuhan, populasi babi di NTT mulai pulih setelah wabah ASF.',
    'Terima kasih Tuhan, monyet yang masuk permukiman sudah dievakuasi BKSDA.',
    'Sertifikasi halal: Allah haramkan babi dan khamr bagi umat Islam.',
    'Nabi Muhammad SAW bersabda tentang anjing yang menjilat bejana: cucilah tujuh kali.',
  ])('religious writing stays publishable: %s', (text) => {
    expect(screener.screen(text, { mode: 'draft', asOf }).verdict, text).toBe('publish');
  });
  it.each([
    // A name called upon, or an insult aimed at someone else: not blasphemy (the insult is abusive).
    'Ya Allah, bodoh sekali pejabatnya',
    'Demi Allah pelayanannya goblok banget',
    'Semoga Allah mengampuni orang bodoh itu',
    'Jangan jadi orang bodoh, Allah Maha Mengetahui',
    'Insya Allah besok beres, jangan bodoh',
    'Muhammad Rizki bodoh, masa berkas hilang',
    // Across a clause: the insult is said of someone else.
    'Takut sama Allah, bangsat! Dana bansos kok dikorupsi',
    'Serahkan pada Allah. Bangsat emang pejabat ini',
    'Tuhan tahu, bodoh banget kalian',
    'Jabatan dijadikan tuhan, dasar bajingan',
    // Thanks, exclamations and prayers.
    'Puji Tuhan anjing saya sembuh',
    'Astaga Tuhan, bodoh banget adminnya',
    'Masha Allah, bego banget admin ini',
    'Duh Gusti Allah goblok tenan aku',
    'Tuhan, aku bodoh dan lemah tanpa-Mu',
    'Doa pagi: Tuhan, kami bodoh tanpa hikmat-Mu.',
    'Benar Tuhan, namun anjing itu makan remah-remah yang jatuh dari meja tuannya.',
    'Rasulullah SAW melarang memelihara anjing kecuali untuk menjaga ternak.',
    // A verb or a negation between: not said of God.
    'Tuhan tidak bodoh, manusianya yang bodoh',
    'Allah menciptakan anjing dan kucing, jangan siksa hewan',
  ])('an insult of someone else beside a sacred name is no SARA: %s', (text) => {
    expect(found(text, 'comment', 'sara-hate'), text).toEqual([]);
  });
});

describe('abusive: spellings, constructions and name-calling', () => {
  it.each([
    'bgsd',
    'ajig',
    'kntl',
    'ngentot lo',
    'jnck',
    'lu goblok',
    'kamu sampah',
    'lu emang tolol',
    'goblok banget lu',
    'muka monyet',
    'mukamu babi',
    'dasar kafir',
    'kafir lu',
  ])('strong: %s', (text) => {
    expect(found(text, 'comment', 'abusive')[0]?.tier, text).toBe('strong');
  });
  it.each([
    'kayak monyet kelakuannya',
    'mulut comberan',
    'otak jamban',
    'dasar lu',
    'dasar cebong',
    'cebong',
    'kampret',
    'kadrun',
    'bolot',
    'dongo',
    'gembel',
    'bencong',
    'titit',
  ])('mild: %s', (text) => {
    const findings = found(text, 'comment', 'abusive');
    expect(findings.length, text).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.tier === 'mild') || text.startsWith('dasar'), text).toBe(true);
  });
  it.each([
    'Gila, keren banget acaranya!',
    'Setan dan iblis dalam cerita rakyat Jawa.',
    'Bodo amat, yang penting sehat.',
    'Program vaksinasi rabies untuk anjing dan kucing gratis.',
    'Pembangunan jamban sehat di desa rampung.',
    'Tahi lalat di pipi bukan penyakit.',
    'Latihan tai chi di taman kota setiap Minggu.',
    'Sapi lu udah divaksin belum?',
    'Buang sampah kamu di tempatnya.',
    'Sekolah dasar negeri membuka pendaftaran.',
    'Ini tetek bengek administrasi saja.',
    'Susu kambing kaya protein.',
    'Si Setan Merah menang tadi malam.',
    'Dunia adalah penjara bagi orang beriman dan surga bagi orang kafir.',
    'Kim Tae-hyung tampil di Jakarta.',
    'Gejala rabies pada anjing: gelisah dan air liur berlebih.',
  ])('an innocent use stays clean: %s', (text) => {
    expect(found(text, 'comment', 'abusive')).toEqual([]);
    expect(found(text, 'draft', 'abusive')).toEqual([]);
  });
});

describe('official drafts that name groups beside hard words stay publishable', () => {
  // Words that weigh 2 near a group are kept out of what official posts write beside group names:
  // cleanliness drives, hoax warnings, police news, the G30S commemoration, animal control.
  it.each([
    'Usai salat Id, umat Islam diimbau tidak meninggalkan sampah di masjid.',
    'Waspada berita palsu yang mengatasnamakan ulama.',
    'Polisi menangkap ustadz gadungan yang menipu warga.',
    'Peringatan Hari Kesaktian Pancasila: mengenang pengkhianatan PKI dan antek-anteknya.',
    'Polri mengingatkan bahwa ujaran benci terhadap umat beragama dapat dipidana.',
    'Tersangka penista agama ditahan di Polda Metro Jaya.',
    'Dinas Peternakan Jawa Timur mewaspadai demam babi Afrika.',
    'Satpol PP menertibkan monyet liar yang masuk permukiman warga Madura.',
    'Lawan hoaks! Informasi bahwa vaksin mengandung babi adalah berita palsu.',
    'Jangan sebarkan hoaks yang menghina agama dan suku tertentu.',
    'Bupati: jangan benci umat agama lain, kita bersaudara.',
    'Pemkab Flores Timur mengimbau warga tidak membakar sampah.',
  ])('%s', (text) => {
    expect(screener.screen(text, { mode: 'draft', asOf }).verdict, text).toBe('publish');
  });
});
