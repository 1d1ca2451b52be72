// npm run studio:install: installs Decap CMS and its git proxy into studio/node_modules, exactly
// as studio/package-lock.json pins them; does nothing when they are already there.
import { spawnSync } from 'node:child_process';
import { missingStudioPackages, STUDIO_PACKAGE } from '../src/lib/cms/studio-packages.ts';

/** Installs the studio's packages when any is missing; false when npm failed. */
export function installStudioPackages(): boolean {
  const missing = missingStudioPackages();
  if (!missing.length) return true;
  console.log(`Installing ${missing.join(' and ')} for editing in the browser (once; a few minutes)...`);
  // The npm that runs this script, run by the same Node.
  const npm = process.env['npm_execpath'];
  const args = ['ci', '--no-audit', '--no-fund', '--loglevel=error'];
  const result = npm
    ? spawnSync(process.execPath, [npm, ...args], { cwd: STUDIO_PACKAGE, stdio: 'inherit' })
    : spawnSync('npm', args, { cwd: STUDIO_PACKAGE, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0 && missingStudioPackages().length === 0;
}

if (import.meta.main) {
  if (!installStudioPackages()) {
    console.error('Decap CMS could not be installed: see the messages above (is this computer online?).');
    process.exit(1);
  }
}
