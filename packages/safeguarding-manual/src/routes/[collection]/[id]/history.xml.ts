import type { APIRoute } from 'astro';
import { documentRoutes, getSite, settings } from '../../../content.ts';
import { documentAtom } from '../../../lib/site/feeds.ts';
import type { ManualDocument } from '../../../lib/content/versions.ts';

export const getStaticPaths = () => documentRoutes('feed');

export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  const { chapter } = props as { chapter: ManualDocument };
  return new Response(documentAtom(chapter, site.amendments, settings, site.today), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
