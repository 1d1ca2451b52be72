import type { APIRoute } from 'astro';
import { settings } from '../content.ts';
import { webManifest } from '../lib/site/web-manifest.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(webManifest(settings), null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
