// Each resource's file at a stable address under its page, /resources/<id>/<file name>, with
// exactly the bytes the check hashed (resourceFileBytes refuses a file changed since).
import type { APIRoute } from 'astro';
import { getSite, resourceFileBytes } from '../../../content.ts';
import { FILE_TYPES, type Resource } from '../../../lib/content/resources.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return site.resources.filter((r) => r.attached).map((resource) => ({ params: { id: resource.id, file: resource.attached!.name }, props: { resource } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { resource } = props as { resource: Resource };
  const site = await getSite();
  return new Response(resourceFileBytes(site, resource), { headers: { 'Content-Type': FILE_TYPES[resource.attached!.type].mime } });
};
