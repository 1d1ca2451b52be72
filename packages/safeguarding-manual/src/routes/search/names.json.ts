// The glossary's terms, abbreviations and other names, for the search page's "Did you mean ...":
// fetched only when a search finds no page with every word.
import type { APIRoute } from 'astro';
import { getSite } from '../../content.ts';
import { searchNames } from '../../lib/search/search-suggest.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(JSON.stringify(searchNames(site.glossary.entries)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
