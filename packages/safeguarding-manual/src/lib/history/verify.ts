// Checks the manual's files against what was published before: the amendments.json of an
// earlier build (a saved copy, a built site, or the live site) records the SHA-256 of every
// version it published. A version whose file no longer has that hash was changed after it was
// published, even if the version lock was edited to match; only a correction recorded in the
// lock explains a difference.
import { z } from 'astro/zod';
import type { Lock } from './lock.ts';

const recordSchema = z.object({
  generated: z.string().optional(),
  versions: z.array(
    z.object({
      chapter_id: z.string(),
      url: z.string(),
      kind: z.string(),
      sha256: z.string(),
      collection: z.enum(['procedures', 'pages']).optional(),
    }),
  ),
});

/** What an earlier build published: each version file, by its path in the content folder, with its hash then. */
export interface PublishedRecord {
  generated: string | undefined;
  files: Map<string, string>;
}

/** Reads an amendments.json export; throws with a message in words when it is not one. */
export function readPublishedRecord(json: string): PublishedRecord {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('it is not JSON');
  }
  const parsed = recordSchema.safeParse(data);
  if (!parsed.success) throw new Error('it is not an amendments.json export of this project (it has no list of versions with their hashes)');
  const files = new Map<string, string>();
  for (const row of parsed.data.versions) {
    // The version's own date is in its address (/procedures/<id>/<date>/): a correction's row carries the date of the correction instead.
    const date = /\/(\d{4}-\d{2}-\d{2})\/?$/.exec(row.url)?.[1];
    if (date) files.set(`${row.collection ?? 'procedures'}/${row.chapter_id}/${date}.mdx`, row.sha256);
  }
  return { generated: parsed.data.generated, files };
}

export interface VerifyFinding {
  /** The version file, by its path in the content folder. */
  file: string;
  kind: 'changed' | 'missing' | 'corrected';
  message: string;
}

/**
 * Compares the current files (their hashes, by path in the content folder) with a published
 * record. A changed file is explained when the lock records a correction whose hash is the
 * file's and whose chain leads back to the published hash.
 */
export function verifyAgainst(record: PublishedRecord, current: ReadonlyMap<string, string>, lock: Lock): VerifyFinding[] {
  const findings: VerifyFinding[] = [];
  for (const [file, published] of record.files) {
    const now = current.get(file);
    if (now === undefined) {
      findings.push({ file, kind: 'missing', message: `was published, and its file is gone` });
      continue;
    }
    if (now === published) continue;
    const entry = lock.files[file];
    const corrections = entry?.corrections ?? [];
    const chain = [...corrections.map((c) => c.previous), entry?.sha256];
    const explained = entry?.sha256 === now && chain.includes(published);
    if (explained) {
      const last = corrections.at(-1)!;
      findings.push({ file, kind: 'corrected', message: `was corrected on ${last.date}: ${last.reason}` });
    } else {
      findings.push({
        file,
        kind: 'changed',
        message: `differs from the version published (SHA-256 then ${published.slice(0, 12)}..., now ${now.slice(0, 12)}...), and no correction in the lock explains it`,
      });
    }
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file));
}
