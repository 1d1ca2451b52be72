import type { APIRoute } from 'astro';
import { getSite, settings } from '../content.ts';
import { amendmentsJson } from '../lib/site/feeds.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(amendmentsJson(site.amendments, settings, site.today, site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
