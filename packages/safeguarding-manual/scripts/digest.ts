// npm run digest -- --since YYYY-MM-DD [--until YYYY-MM-DD] [--release NAME] [--out DIR]: writes
// the email digest of a period or an update round, as HTML and plain text, for the mailing list.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { settings } from './manual-settings.ts';
import { buildDigest, digestPeriod } from '../src/lib/digest/build.ts';
import { digestHtml, digestText } from '../src/lib/digest/email.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { roundsOf } from '../src/lib/releases.ts';
import { UserError } from '../src/lib/user-error.ts';
import { parseCommandArgs } from './authoring-command.ts';
import { runCommand } from './run-command.ts';
import { loadManual } from './load-manual.ts';

const HELP = `Usage: npm run digest -- --since YYYY-MM-DD [--until YYYY-MM-DD] [--release NAME] [--out DIR]

Writes a digest of the changes to the manual for the partnership's mailing list: every new,
updated and withdrawn chapter and information page in the period, with what changed and links
to it, and every change to contact details, grouped by section. It writes two files: an
email-ready HTML version (paste it into your mailing list's editor, or send it as HTML) and a
plain-text version.

  --since YYYY-MM-DD   the first day of the period
  --until YYYY-MM-DD   the last day (default: today)
  --release NAME       an update round in releases.yaml, such as "Spring 2026 update": the digest
                       is named after it, with its notes, and covers its period unless --since or
                       --until are given
  --out DIR            where to write the files (default: digests)

For example: npm run digest -- --release "Spring 2026 update"`;

await runCommand(() => {
  const { values } = parseCommandArgs(HELP, { since: { type: 'string' }, until: { type: 'string' }, release: { type: 'string' }, out: { type: 'string' } });
  const { today, source, problems, manual } = loadManual({ checkBodies: false });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new UserError(`${formatProblems(errors)}\n\nThe manual has errors: fix them (npm run check lists them), then write the digest.`);
  const options = values as { since?: string; until?: string; release?: string; out?: string };
  // A manual kept outside the project is named by its full path.
  const releasesFile = join(source.contentDir.startsWith('..') ? resolve(source.contentDir) : source.contentDir, 'releases.yaml');
  const period = digestPeriod(options, roundsOf(manual.releases), today, releasesFile);
  const digest = buildDigest({
    documents: [...manual.chapters, ...manual.pages],
    contacts: manual.contacts,
    structure: manual.structure,
    settings,
    today,
    ...period,
  });
  const out = options.out ?? 'digests';
  mkdirSync(out, { recursive: true });
  const html = join(out, `${period.name}.html`);
  const text = join(out, `${period.name}.txt`);
  writeFileSync(html, digestHtml(digest, settings));
  writeFileSync(text, digestText(digest, settings));
  console.log(`Wrote the digest "${digest.title}": ${digest.versions} ${digest.versions === 1 ? 'version' : 'versions'} and ${digest.contactChanges.length} ${digest.contactChanges.length === 1 ? 'change' : 'changes'} to contact details, ${digest.period}.
  ${html}  the email, for your mailing list's editor (or to send as HTML)
  ${text}  the same as plain text

Subject: ${digest.subject}`);
});
