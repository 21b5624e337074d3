import { verdictLabels } from '@pedoman-medsos/prohibited-content';
import { messageCategories, procedureFile, renderReply, templates } from '@pedoman-medsos/reply-templates';
import { describe, expect, it } from 'vitest';
import { useHandbook } from './browser';

const handbook = useHandbook();

describe.each([
  ['id', '/replies/'],
  ['en', '/en/replies/'],
] as const)('replies page (%s)', (_lang, path) => {
  it('shows the response-time target of every category on both channels', async () => {
    await handbook.page.goto(handbook.url(path));
    for (const category of messageCategories) {
      const target = procedureFile.targets.find((candidate) => candidate.category === category.id && candidate.channel === 'public');
      const cell = await handbook.page
        .locator(`[data-response-times] tr[data-category="${category.id}"] td[data-channel="public"]`)
        .textContent();
      expect(cell).toMatch(new RegExp(`^${target?.amount} `));
    }
  });

  it('renders every template filled with its example, each page in its own language only', async () => {
    await handbook.page.goto(handbook.url(path));
    const locale = _lang;
    for (const template of templates) {
      const other = locale === 'id' ? 'en' : 'id';
      expect(await handbook.page.locator(`[data-template="${template.id}"] [data-filled="${other}"]`).count()).toBe(0);
      const shown = await handbook.page.locator(`[data-template="${template.id}"] [data-filled="${locale}"]`).textContent();
      expect(shown).toBe(renderReply(template.id, template.example, { locale }).text);
    }
  });
});

describe('reply tool', () => {
  it('triages a pasted comment, drafts the reply and gives its deadline, sending nothing', async () => {
    const outside = handbook.recordOutsideRequests();
    await handbook.page.goto(handbook.url('/en/reply-tool/'));
    await handbook.page.locator('[data-received]').fill('2026-12-24T16:30');
    await handbook.page.locator('[data-input]').fill('Ada pungli di loket, oknum minta uang');
    // The kind of message in words; the ranking with its scores stays under the technical details.
    await handbook.page.locator('[data-categories] li[data-category="lapor-complaint"]').first().waitFor({ state: 'attached' });
    expect(await handbook.page.locator('[data-kind]').textContent()).toBe('Kind of message: Complaint for LAPOR!');
    expect(await handbook.page.locator('[data-categories]').isVisible()).toBe(false);
    expect(await handbook.page.locator('[data-action] [data-verdict-words]').textContent()).toBe('Action: reply and route');
    expect(await handbook.page.locator('[data-action]').getAttribute('data-tone')).toBe('ok');
    // Templates are offered by what they do, not by their ids.
    expect(await handbook.page.locator('[data-template] option:checked').textContent()).toBe('Routing a complaint to SP4N-LAPOR!');
    expect(await handbook.page.locator('[data-reply]').textContent()).toContain('SP4N-LAPOR! at lapor.go.id');
    expect(await handbook.page.locator('[data-due]').textContent()).toMatch(
      /^Due by: Tuesday,? 29 December 2026 at 16:00 WIB — Complaint for LAPOR!, public reply: 1 working day /,
    );

    // Editing a variable re-renders the draft; personal data in a public reply is refused.
    await handbook.page.locator('[data-variables] input[name="name"]').fill('Rina');
    await handbook.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: handbook.baseUrl });
    await handbook.page.locator('[data-copy-reply] button[data-copy]').click();
    await handbook.page.locator('[data-copy-reply] [role="status"]', { hasText: 'Copied.' }).waitFor();
    const copied = await handbook.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await handbook.page.locator('[data-reply]').textContent());
    expect(copied).toMatch(/^Thank you, Rina\./);
    await handbook.page.locator('[data-variables] input[name="name"]').fill('Rina 081234567890');
    await handbook.page.locator('[data-findings] li[data-rule="reply.personal-data-public"]').waitFor();
    expect(outside).toEqual([]);
  });

  it('says why a comment with a NIK is hidden, and still drafts a private-channel reply', async () => {
    await handbook.page.goto(handbook.url('/en/reply-tool/'));
    await handbook.page.locator('[data-input]').fill('Berkas belum diproses! NIK saya 3273010101900001');
    await handbook.page.locator('[data-screening] li[data-rule="content.personal-data"]').waitFor();
    expect(await handbook.page.locator('[data-template]').inputValue()).toBe('complaint.move-to-private');
  });

  it('suggests no reply for gambling spam', async () => {
    await handbook.page.goto(handbook.url('/reply-tool/'));
    await handbook.page.locator('[data-input]').fill('SLOT GACOR hari ini maxwin wa.me/62812');
    await handbook.page.locator('[data-action]', { hasText: 'sembunyikan' }).waitFor();
    expect(await handbook.page.locator('[data-action]').getAttribute('data-tone')).toBe('stop');
    expect(await handbook.page.locator('[data-reply]').textContent()).toBe('Jangan dibalas.');
    expect(await handbook.page.locator('[data-copy-reply] button[data-copy]').isDisabled()).toBe(true);
  });

  it('words a held comment as the screener does', async () => {
    await handbook.page.goto(handbook.url('/reply-tool/'));
    await handbook.page.locator('[data-input]').fill('Dasar pejabat goblok!');
    await handbook.page.locator('[data-action][data-tone="caution"]').waitFor();
    expect(await handbook.page.locator('[data-action] [data-verdict-words]').textContent()).toBe(`Tindakan: ${verdictLabels.hold.id}`);
  });
});
