// npm run studio: edit the manual in the browser, on this computer only (see "Editing in the browser" in the README).
import { spawnSync } from 'node:child_process';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GENERATOR_ROOT, manualRoot } from '../src/lib/manual/manual-root.ts';
import { settings } from './manual-settings.ts';
import { startStudio } from '../src/lib/cms/studio.ts';
import { StudioError } from '../src/lib/cms/studio-repository.ts';
import { buildDateFromEnv, contentDirFromEnv } from '../src/lib/content/source.ts';
import { installStudioPackages } from './studio-install.ts';

const HELP = `Usage: npm run studio [-- --port 4331] [--repo <folder>]

Starts the manual's editor (Decap CMS) against this repository, on this computer only, and
prints the address to open in your browser: it carries a key made for this start, and only the
browser that opens it can use the editor. Every change is checked as npm run check checks the
manual, then saved as a draft (a git branch); publishing it merges it into the branch you are
on. The site as published is served beside it, and rebuilt after each publication. Stop it
with Ctrl+C.

  --port   the editor's port (default 4331); the site preview uses the port two after it
  --repo   the repository to edit (default: the git repository the manual's folder is in)`;

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4331' }, repo: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
// Decap CMS is installed apart from the rest of the project, the first time it is needed.
if (!installStudioPackages()) {
  console.error('Decap CMS could not be installed: see the messages above (is this computer online?), then start the studio again.');
  process.exit(1);
}
// The site preview is built by the generator's build script, run in the generator's folder on this manual.
process.env['MANUAL_ROOT'] = manualRoot();
// The repository holding the manual (a manual's own, or one that holds several manuals), and
// the content folder as it names it, such as content.
const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: manualRoot(), encoding: 'utf8' });
const repo = resolve(values.repo ?? (top.status === 0 ? top.stdout.trim() : manualRoot()));
const contentDir = relative(repo, resolve(contentDirFromEnv()));
if (contentDir === '' || contentDir.startsWith('..') || isAbsolute(contentDir)) {
  console.error(
    `The content folder ${resolve(contentDirFromEnv())} is not inside the repository ${repo}: run the studio in the manual's folder, or name its repository with --repo.`,
  );
  process.exit(1);
}
try {
  const studio = await startStudio({
    repo,
    projectRoot: GENERATOR_ROOT,
    port: Number(values.port),
    today: buildDateFromEnv(),
    contentDir,
    settings,
    log: (m) => console.log(m),
  });
  console.log(`\nOpen ${studio.adminUrl} in your browser to edit the manual.\nThe site as published will be at ${studio.siteUrl}\nPress Ctrl+C to stop.\n`);
  const stop = () => void studio.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(e instanceof StudioError ? e.message : e);
  process.exit(1);
}
