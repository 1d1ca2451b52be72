import type { APIRoute } from 'astro';
import { getSite, settings } from '../content.ts';
import { amendmentsAtom } from '../lib/site/feeds.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(amendmentsAtom(site.amendments, settings, site.today, site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
