import type { APIRoute } from 'astro';
import { getSite, settings } from '../content.ts';
import { amendmentsCsv } from '../lib/site/feeds.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(amendmentsCsv(site.amendments, settings, site.core), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
