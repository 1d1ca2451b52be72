// npm run evidence -- --verify: checks a bundle against its manifest and the repository, so that
// an auditor can tell the bundle shows what the manual said.
import type { Lock } from '../lock.ts';
import { verifyAgainst, type VerifyFinding } from '../verify.ts';
import { versionLabel } from '../versions.ts';
import type { EvidenceManifest } from './manifest.ts';

/** One thing --verify found: a file of the bundle or the manual that differs from the manifest, or a note. */
export interface EvidenceFinding {
  /** The bundle, its PDF, or a version file by its path in the content folder. */
  file: string;
  kind: VerifyFinding['kind'] | 'note';
  message: string;
}

/**
 * Checks a bundle against its manifest and the repository: the bundle (and PDF) must still have
 * the hashes the manifest records, and every version file it holds the hash it had; a difference
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
  if (manifest.pdf && found.pdf !== undefined) own(manifest.pdf, found.pdf);
  const record = { generated: manifest.generated, files: new Map(manifest.documents.map((d) => [d.file, d.sha256])) };
  const label = new Map(manifest.documents.map((d) => [d.file, `${versionLabel({ section: d.number, title: d.title })} (version of ${d.version})`]));
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
