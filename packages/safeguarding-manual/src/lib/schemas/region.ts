// The settings of a manual in a region (docs/regional-manuals.md): the core it follows, and the
// other sites of its region that its search page searches too.
import { z } from 'astro/zod';

export const coreSchema = z
  .object({
    /** The core manual: its folder (relative to this manual's folder) or its git repository's address. */
    from: z.string({ error: "must be the core manual's folder or repository, such as '../core'" }).min(1),
    /** The core's name, as the contents and chapter pages give it, such as Marlow Vale Regional Procedures. */
    name: z.string({ error: "must be the core's name, such as 'Marlow Vale Regional Procedures'" }).min(1),
  })
  .strict();

const regionSiteSchema = z
  .object({
    /** The partnership whose site it is, as search results label it. */
    partnership: z.string().min(1),
    /** The site's address, ending in /, such as https://procedures.southfen-scp.example/. */
    url: z.url({ protocol: /^https?$/, error: 'must be the site’s address, starting https://, such as https://procedures.southfen-scp.example/' }),
  })
  .strict();

export const regionSchema = z
  .object({
    /** The region's name, as the search page gives it. */
    name: z.string().min(1),
    /** The region's other sites, whose search indexes the search page merges with this one's. */
    sites: z.array(regionSiteSchema).min(1, { error: 'must name at least one other site of the region' }),
  })
  .strict();
