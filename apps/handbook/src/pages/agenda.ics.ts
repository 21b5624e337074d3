import { agendaCalendar } from '@pedoman-medsos/digital-agenda/calendar';
import type { APIRoute } from 'astro';

// The agenda as a calendar staff can subscribe to, built from the package at build time.
export const GET: APIRoute = () =>
  new Response(agendaCalendar({ locale: 'id' }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
