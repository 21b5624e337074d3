import { agendaCalendar } from '@pedoman-medsos/digital-agenda/calendar';
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response(agendaCalendar({ locale: 'en' }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
