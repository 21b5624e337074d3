// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

// Indonesian is the language of record and lives at the root; English mirrors it under /en/.
export default defineConfig({
  site: 'https://pedoman-medsos.example.go.id',
  integrations: [
    starlight({
      title: { id: 'Pedoman Media Sosial', en: 'Social Media Guidelines' },
      description: 'Pedoman media sosial instansi pemerintah.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'Bahasa Indonesia', lang: 'id' },
        en: { label: 'English', lang: 'en' },
      },
      sidebar: [
        { label: 'Mulai', translations: { en: 'Start' }, link: '/' },
        {
          label: 'Pedoman',
          translations: { en: 'Guidelines' },
          items: [
            { label: 'Pendahuluan', translations: { en: 'Introduction' }, link: '/introduction/' },
            { label: 'Dasar hukum', translations: { en: 'Legal basis' }, link: '/legal-basis/' },
            { label: 'Ketentuan umum', translations: { en: 'General provisions' }, link: '/glossary/' },
            { label: 'Penamaan akun', translations: { en: 'Account naming' }, link: '/account-naming/' },
            { label: 'Foto profil', translations: { en: 'Profile images' }, link: '/profile-image/' },
            { label: 'Konten terlarang', translations: { en: 'Prohibited content' }, link: '/prohibited-content/' },
            { label: 'Menanggapi', translations: { en: 'Replies' }, link: '/replies/' },
            { label: 'Agenda digital', translations: { en: 'Digital agenda' }, link: '/digital-agenda/' },
            { label: 'Peran', translations: { en: 'Roles' }, link: '/roles/' },
            { label: 'Prosedur', translations: { en: 'Procedures' }, link: '/procedures/' },
            { label: 'Akun pribadi ASN', translations: { en: 'Civil servants’ personal accounts' }, link: '/asn-personal-accounts/' },
            { label: 'Monitoring dan evaluasi', translations: { en: 'Monitoring and evaluation' }, link: '/monitoring/' },
            { label: 'Sanksi', translations: { en: 'Sanctions' }, link: '/sanctions/' },
            { label: 'Penutup', translations: { en: 'Closing' }, link: '/closing/' },
          ],
        },
        {
          label: 'Alat',
          translations: { en: 'Tools' },
          items: [
            { label: 'Penamaan akun', translations: { en: 'Account naming' }, link: '/handle-tool/' },
            { label: 'Pemeriksa foto profil', translations: { en: 'Profile-image checking' }, link: '/image-tool/' },
            { label: 'Pemeriksa konten', translations: { en: 'Content screening' }, link: '/screen-tool/' },
            { label: 'Pemeriksa tagar', translations: { en: 'Hashtag checking' }, link: '/hashtag-tool/' },
            { label: 'Balasan', translations: { en: 'Reply drafting' }, link: '/reply-tool/' },
            { label: 'Evaluasi akun', translations: { en: 'Account evaluation' }, link: '/evaluate-tool/' },
          ],
        },
        {
          label: 'Rujukan',
          translations: { en: 'Reference' },
          items: [
            { label: 'Platform', translations: { en: 'Platforms' }, link: '/platform/' },
            { label: 'Tata kelola', translations: { en: 'Governance' }, link: '/governance/' },
          ],
        },
        {
          label: 'Untuk pengelola pedoman',
          translations: { en: 'For guideline maintainers' },
          items: [
            {
              label: 'Rilis dan perubahan pedoman',
              translations: { en: 'Releasing and changing the guidelines' },
              link: '/maintainers/releases/',
            },
            { label: 'Catatan rilis teknis', translations: { en: 'Technical release notes' }, link: '/changelog/' },
          ],
        },
      ],
      // Lists the headings rendered from package data in each page's table of contents.
      routeMiddleware: './src/route-data.ts',
      // Tools, verdicts, table scroll cues and header menus on Starlight's design tokens.
      customCss: ['./src/styles/tools.css'],
      lastUpdated: false,
      pagination: false,
    }),
  ],
});
