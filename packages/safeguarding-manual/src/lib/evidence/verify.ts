// npm run evidence -- --verify: checks a bundle against its manifest and the repository, so that
// an auditor can tell the bundle shows what the manual said.
import type { Lock } from '../history/lock.ts';
import { verifyAgainst, type VerifyFinding } from '../history/verify.ts';
import { versionLabel } from '../content/versions.ts';
import type { EvidenceManifest } from './manifest.ts';

/** One thing --verify found: a file of the bundle or the manual that differs from the manifest, or a note. */
export interface EvidenceFinding {
  /** The bundle, its PDF, or a version file (a chapter's, a page's or a local text's) by its path in the content folder. */
  file: string;
  kind: VerifyFinding['kind'] | 'note';
  message: string;
}

/** Every version file a manifest lists: the chapters' and pages', then the local texts' (none in older manifests). */
function filesOf(manifest: Pick<EvidenceManifest, 'documents' | 'localTexts'>): { file: string; sha256: string; label: string }[] {
  return [
    ...manifest.documents.map((d) => ({ ...d, label: `${versionLabel({ section: d.number, title: d.title })} (version of ${d.version})` })),
    ...(manifest.localTexts ?? []).map((l) => ({
      ...l,
      label: `the local text at ${l.local_point} in ${versionLabel({ section: l.number, title: l.title })} (version of ${l.version})`,
    })),
  ];
}

/**
 * Checks a bundle against its manifest and the repository: the bundle (and PDF) must still have
 * the hashes the manifest records, and every version file it holds (local texts' too) the hash it had; a difference
 * is explained only by a correction recorded in the lock. A changed lock is a note, not a fault:
 * it grows with every version published since.
 */
export function verifyEvidence(
  manifest: EvidenceManifest,
  found: { bundle: string | undefined; pdf?: string | undefined; files: ReadonlyMap<string, string>; lock: Lock; lockSha256: string | undefined },
): EvidenceFinding[] {
  const findings: EvidenceFinding[] = [];
  const own = (file: { file: string; sha256: string }, now: string | undefined) => {
    if (now === undefined) findings.push({ file: file.file, kind: 'missing', message: 'is not beside the manifest' });
    else if (now !== file.sha256)
      findings.push({
        file: file.file,
        kind: 'changed',
        message: `has been edited since it was made (SHA-256 then ${file.sha256.slice(0, 12)}..., now ${now.slice(0, 12)}...)`,
      });
  };
  own(manifest.bundle, found.bundle);
  // A PDF the manifest lists must be there: one deleted is reported, never passed over.
  if (manifest.pdf) own(manifest.pdf, found.pdf);
  const held = filesOf(manifest);
  const record = { generated: manifest.generated, files: new Map(held.map((d) => [d.file, d.sha256])) };
  const label = new Map(held.map((d) => [d.file, d.label]));
  for (const finding of verifyAgainst(record, found.files, found.lock)) {
    findings.push({ ...finding, message: `${label.get(finding.file)} ${finding.message}` });
  }
  if (manifest.lock.sha256 !== (found.lockSha256 ?? null)) {
    findings.push({
      file: manifest.lock.file,
      kind: 'note',
      message: 'has changed since the bundle was made (versions published or corrections recorded since): this alone does not change what the bundle shows',
    });
  }
  return findings;
}

/** The bundle made again from the repository for its date, as --verify makes it: its HTML and the versions it holds. */
export interface Rebuilt {
  html: string;
  documents: readonly { file: string; sha256: string }[];
  /** The local texts it holds, in a manual that follows a core. */
  localTexts?: readonly { file: string; sha256: string }[] | undefined;
}

/** Each chapter's or page's article in a bundle, by its id; and the rest (cover, contents, contacts). */
function articlesOf(html: string): { articles: Map<string, string>; rest: string } {
  const articles = new Map<string, string>();
  const rest = html.replace(/<article class="document" id="([^"]+)"[\s\S]*?<\/article>/g, (whole, id: string) => {
    articles.set(id, whole);
    return '';
  });
  return { articles, rest };
}

/**
 * Compares a bundle with the bundle made again from the repository for its date: the versions
 * it holds, local texts among them, must be exactly those in force then (none swapped, removed or added), each one
 * published by a release record when the manual has them, and each chapter's text the same.
 */
export function compareWithRebuilt(
  manifest: EvidenceManifest,
  bundleHtml: string | undefined,
  rebuilt: Rebuilt,
  released: ReadonlyMap<string, ReadonlySet<string>> | undefined,
): EvidenceFinding[] {
  const findings: EvidenceFinding[] = [];
  const held = new Map(filesOf(manifest).map((d) => [d.file, d.sha256]));
  const inForce = new Map([...rebuilt.documents, ...(rebuilt.localTexts ?? [])].map((d) => [d.file, d.sha256]));
  for (const [file] of held)
    if (!inForce.has(file))
      findings.push({
        file,
        kind: 'changed',
        message: `is in the bundle, but was not in force on ${manifest.asAt} according to the repository: the bundle holds a version swapped in`,
      });
  for (const [file, sha256] of inForce) {
    if (!held.has(file))
      findings.push({ file, kind: 'missing', message: `was in force on ${manifest.asAt} according to the repository, but is not in the bundle` });
    if (released && !released.get(file)?.has(sha256))
      findings.push({
        file,
        kind: 'changed',
        message: released.has(file)
          ? `is in force on ${manifest.asAt}, but with a SHA-256 no release record published`
          : `is in force on ${manifest.asAt} according to the files, but no release record published it: it was added later and dated back`,
      });
  }
  if (bundleHtml !== undefined && bundleHtml !== rebuilt.html) {
    const now = articlesOf(rebuilt.html);
    const then = articlesOf(bundleHtml);
    const differ = [...new Set([...now.articles.keys(), ...then.articles.keys()])].filter((id) => now.articles.get(id) !== then.articles.get(id));
    for (const id of differ)
      findings.push({
        file: manifest.bundle.file,
        kind: 'changed',
        message: `shows ${id} differently from the manual made again from the repository for ${manifest.asAt}`,
      });
    if (!differ.length)
      findings.push({
        file: manifest.bundle.file,
        kind: 'note',
        message:
          "differs from the manual made again from the repository outside its chapters: the contacts' details, which are those of the day it was made, have changed since",
      });
  }
  return findings;
}
