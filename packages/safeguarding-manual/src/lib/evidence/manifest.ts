// The manifest of an evidence bundle: a JSON file beside it that lists the version files it
// holds with their SHA-256 (the chapters' and pages', and the partnership's local texts'), the
// bundle's own hash and the lock's, so that anyone can check it.
import { sourceColumns } from '../region/core-record.ts';
import { z } from 'astro/zod';
import type { InForce } from '../history/as-at.ts';
import { lockKey } from '../history/lock.ts';
import type { Manual } from '../content/manual.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { LocalInBundle } from './local-texts.ts';

const sha = z.string().regex(/^[0-9a-f]{64}$/);

const manifestSchema = z.object({
  format: z.literal(1),
  kind: z.literal('evidence-bundle'),
  partnership: z.string(),
  manualTitle: z.string(),
  /** The date the bundle shows the manual on (at the end of that day). */
  asAt: z.string(),
  /** The last date on or before asAt on which anything in the manual changed. */
  edition: z.string(),
  /** When the bundle was made, as an ISO date and time. */
  generated: z.string(),
  /** The build date it was made with (MANUAL_TODAY, or the day in the UK), so that --verify can make it again; absent in older manifests. */
  today: z.string().optional(),
  /** The content folder the files were read from, relative to the project. */
  contentDir: z.string(),
  /** The version lock when the bundle was made. */
  lock: z.object({ file: z.string(), sha256: sha.nullable() }),
  /** The bundle itself (and its PDF, when one was made), by name in the manifest's folder. */
  bundle: z.object({ file: z.string(), sha256: sha }),
  pdf: z.object({ file: z.string(), sha256: sha }).optional(),
  /** Every version the bundle holds, in the order it holds them. */
  documents: z.array(
    z.object({
      collection: z.enum(['procedures', 'pages']),
      id: z.string(),
      number: z.string(),
      title: z.string(),
      version: z.string(),
      /** The version file, by its path in the content folder. */
      file: z.string(),
      sha256: sha,
      approvedBy: z.string().nullable(),
      approvedOn: z.string().nullable(),
      /** True when the version lock records this hash for the file. */
      locked: z.boolean(),
      /** For a manual that follows a regional core: core or local, and for a core version its date there, its release and its acceptance here. */
      source: z.enum(['core', 'local']).optional(),
      core_date: z.string().optional(),
      core_release: z.union([z.number(), z.literal('')]).optional(),
      accepted_on: z.string().optional(),
    }),
  ),
  /**
   * In a manual that follows a regional core: the partnership's own text in force at each
   * extension point of the chapters above, in the same order; absent in older manifests and in
   * a manual that follows no core.
   */
  localTexts: z
    .array(
      z.object({
        source: z.literal('local'),
        /** The chapter whose extension point it fills, by id, with its number and title in the bundle. */
        chapter: z.string(),
        number: z.string(),
        title: z.string(),
        /** The extension point, as the chapter declares it: <Local name="..." />. */
        local_point: z.string(),
        /** The date the text took effect. */
        version: z.string(),
        /** The local text's file, by its path in the content folder. */
        file: z.string(),
        sha256: sha,
        approvedBy: z.string().nullable(),
        approvedOn: z.string().nullable(),
        /** True when the version lock records this hash for the file. */
        locked: z.boolean(),
      }),
    )
    .optional(),
});

export type EvidenceManifest = z.output<typeof manifestSchema>;

/** The manifest of the versions a bundle holds, in its order (without the bundle's own hash, which the command adds once the file is written). */
export function evidenceManifest(
  input: { manual: Manual; settings: SiteSettings; contentDir: string; asAt: string; today: string; generated: string; lockSha256: string | undefined },
  edition: string,
  included: readonly InForce[],
  local: readonly LocalInBundle[] = [],
): Omit<EvidenceManifest, 'bundle' | 'pdf'> {
  const { manual, settings, asAt } = input;
  return {
    format: 1,
    kind: 'evidence-bundle',
    partnership: settings.partnership,
    manualTitle: settings.manualTitle,
    asAt,
    edition,
    generated: input.generated,
    today: input.today,
    contentDir: input.contentDir,
    lock: { file: `${input.contentDir}/versions.lock.json`, sha256: input.lockSha256 ?? null },
    documents: included.map(({ chapter, version }) => ({
      collection: chapter.collection,
      id: chapter.id,
      number: version.section,
      title: version.title,
      version: version.amended,
      file: lockKey(version, input.contentDir),
      sha256: version.hash,
      approvedBy: version.approvedBy ?? null,
      approvedOn: version.approvedOn ?? null,
      locked: manual.lock.files[lockKey(version, input.contentDir)]?.sha256 === version.hash,
      ...(settings.core ? sourceColumns(chapter.collection === 'procedures' ? manual.core : undefined, chapter.id, version.amended) : {}),
    })),
    ...(settings.core
      ? {
          localTexts: local.map(({ item, point, text }) => ({
            source: 'local' as const,
            chapter: text.chapterId,
            number: item.version.section,
            title: item.version.title,
            local_point: point,
            version: text.amended,
            file: lockKey(text, input.contentDir),
            sha256: text.hash,
            approvedBy: text.approvedBy ?? null,
            approvedOn: text.approvedOn ?? null,
            locked: manual.lock.files[lockKey(text, input.contentDir)]?.sha256 === text.hash,
          })),
        }
      : {}),
  };
}

/** Reads a manifest; throws with a message in words when the file is not one. */
export function readManifest(json: string): EvidenceManifest {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('it is not JSON');
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) throw new Error('it is not the manifest of an evidence bundle made by npm run evidence');
  return parsed.data;
}
