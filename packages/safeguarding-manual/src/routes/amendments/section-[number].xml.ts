import type { APIRoute } from 'astro';
import { getSite, settings } from '../../content.ts';
import { sectionAtom } from '../../lib/site/feeds.ts';
import type { ContentsSection } from '../../lib/site/contents.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return site.contents.map((section) => ({ params: { number: section.number }, props: { section } }));
}

export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  const { section } = props as { section: ContentsSection };
  return new Response(sectionAtom(section, site.amendments, settings, site.today), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
