// Links in content to headings: /procedures/<id>/#heading-id and #heading-id must lead to a heading that exists.
import type { BodyReport } from '../content/mdx-body.ts';
import { parseDocumentLink } from '../site/urls.ts';
import { versionOn, type ManualDocument, type Version } from '../content/versions.ts';
import type { BodyFinding } from './content-safety.ts';

/** The fix for a link to a heading that does not exist: the headings it could lead to. */
export function suggestHeadings(ids: readonly string[]): string {
  if (!ids.length) return 'link to the chapter without the #..., as it has no headings';
  const shown = ids.slice(0, 6).map((id) => `#${id}`);
  return `use one of ${shown.join(', ')}${ids.length > 6 ? ', ...' : ''}`;
}

/**
 * Checks the #fragment of every link in `version`'s body: to a heading of the same version, or
 * of the linked chapter's version in force when `version` is read (on the build date, or on
 * its own date if that is later). Versions already superseded on the build date are published
 * and locked, so only their links within the same version are checked. `reports` holds the
 * parsed body of every version; versions whose body could not be read are skipped.
 */
export function checkHeadingLinks(
  version: Version,
  reports: ReadonlyMap<Version, BodyReport>,
  chapters: ReadonlyMap<string, ManualDocument>,
  today: string,
): (BodyFinding & { line: number })[] {
  const report = reports.get(version);
  if (!report) return [];
  const own = chapters.get(version.chapterId);
  const superseded = own !== undefined && version.amended <= today && own.current !== version;
  const readOn = version.amended > today ? version.amended : today;
  const findings: (BodyFinding & { line: number })[] = [];
  for (const { url, line } of report.links) {
    let target: Version | undefined;
    let fragment: string | undefined;
    let where: string;
    if (url.startsWith('#')) {
      target = version;
      fragment = url.slice(1);
      where = 'this version';
    } else {
      const link = parseDocumentLink(url);
      const chapter = link?.collection === 'procedures' ? chapters.get(link.id) : undefined;
      if (!link || !chapter || link.fragment === undefined || superseded) continue;
      target = versionOn(chapter, readOn) ?? chapter.versions[0];
      fragment = link.fragment;
      where = `chapter ${chapter.id}`;
    }
    const targetReport = target ? reports.get(target) : undefined;
    if (!targetReport) continue;
    const ids = targetReport.headings.map((h) => h.id);
    if (fragment === '') {
      findings.push({ line, message: `the link ${url} ends in an empty #`, fix: `remove the #, or ${suggestHeadings(ids)}` });
    } else if (!ids.includes(safeDecode(fragment))) {
      findings.push({ line, message: `the link ${url} leads to no heading in ${where}`, fix: suggestHeadings(ids) });
    }
  }
  return findings;
}

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
