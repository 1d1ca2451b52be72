import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { refuseBuildTarget, SITE_MARKER } from '../../../src/lib/build/build-target.ts';
import { isWithin } from '../../../src/lib/util/folders.ts';

const root = mkdtempSync(join(tmpdir(), 'manual-target-'));
const project = { root, contentDir: 'src/content' };
mkdirSync(join(root, 'src/content/procedures'), { recursive: true });
mkdirSync(join(root, '.git'));
mkdirSync(join(root, 'node_modules'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const refusal = (path: string) => refuseBuildTarget(join(root, path), project, path);

describe('the folder a build may replace', () => {
  it('refuses the project, its content, .git, node_modules and src, and anything that holds them', () => {
    expect(refusal('')).toMatchInlineSnapshot(
      `"MANUAL_DIST= is the project folder: a build replaces its whole target with the site, so nothing was built. Fix: set MANUAL_DIST to a folder of its own, such as dist, or leave it unset."`,
    );
    expect(refusal('src')).toMatchInlineSnapshot(
      `"MANUAL_DIST=src holds the manual's content folder: a build replaces its whole target with the site, so nothing was built. Fix: set MANUAL_DIST to a folder of its own, such as dist, or leave it unset."`,
    );
    expect(refusal('src/content')).toContain("is the manual's content folder");
    expect(refusal('.git')).toContain("is the project's version history (.git)");
    expect(refusal('node_modules')).toContain('is the installed packages (node_modules)');
    expect(refuseBuildTarget(join(root, '..'), project, '..')).toContain('holds the project folder');
    expect(refuseBuildTarget('/', project, '/')).toContain('holds the project folder');
  });

  it('refuses a folder inside the content, .git, node_modules or src', () => {
    expect(refusal('src/content/site')).toMatchInlineSnapshot(
      `"MANUAL_DIST=src/content/site is inside the manual's content folder, where a site must not go, so nothing was built. Fix: set MANUAL_DIST to a folder of its own, such as dist, or leave it unset."`,
    );
    expect(refusal('node_modules/site')).toContain('is inside the installed packages');
    expect(refusal('.git/site')).toContain("is inside the project's version history");
    expect(refusal('src/pages')).toContain("is inside the project's source");
  });

  it('refuses a folder with files that no build made, naming one of them, and a file', () => {
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs/guide.md'), 'a guide');
    expect(refusal('docs')).toMatchInlineSnapshot(
      `"MANUAL_DIST=docs is a folder that a build did not make: it holds guide.md, and no .manual-site file. A build replaces its whole target, so nothing was built. Fix: set MANUAL_DIST to a folder of its own, such as dist, or leave it unset, or, if every file in it really is an old copy of the site, empty that folder first."`,
    );
    writeFileSync(join(root, 'notes.txt'), 'notes');
    expect(refusal('notes.txt')).toContain('is a file, not a folder');
  });

  it('refuses a folder that looks like a site but holds no marker: a site with documents beside it, a search index alone, a marker in a subfolder', () => {
    mkdirSync(join(root, 'shared/pagefind'), { recursive: true });
    writeFileSync(join(root, 'shared/index.html'), '<!doctype html>');
    writeFileSync(join(root, 'shared/pagefind/pagefind-entry.json'), '{}');
    writeFileSync(join(root, 'shared/board-minutes.pdf'), '%PDF-1.7');
    writeFileSync(join(root, 'shared/budget.docx'), 'PK');
    expect(refusal('shared')).toContain('it holds board-minutes.pdf and 3 more, and no .manual-site file');
    mkdirSync(join(root, 'index-only/pagefind'), { recursive: true });
    writeFileSync(join(root, 'index-only/pagefind/pagefind-entry.json'), '{}');
    expect(refusal('index-only')).toContain('it holds pagefind/, and no .manual-site file');
    mkdirSync(join(root, 'nested/site'), { recursive: true });
    writeFileSync(join(root, 'nested/site', SITE_MARKER), '');
    expect(refusal('nested')).toContain('it holds site/, and no .manual-site file');
  });

  it('accepts a folder that does not exist, an empty one and a marked site', () => {
    expect(refusal('dist')).toBeUndefined();
    mkdirSync(join(root, 'empty'));
    expect(refusal('empty')).toBeUndefined();
    mkdirSync(join(root, 'marked'));
    writeFileSync(join(root, 'marked/index.html'), '');
    writeFileSync(join(root, 'marked', SITE_MARKER), '');
    expect(refusal('marked')).toBeUndefined();
    expect(refuseBuildTarget(join(tmpdir(), 'manual-elsewhere-site'), project, '/tmp/site')).toBeUndefined();
  });

  it('tells a folder inside another from one beside it with a longer name', () => {
    expect(isWithin('/a/b/c', '/a/b')).toBe(true);
    expect(isWithin('/a/b', '/a/b')).toBe(true);
    expect(isWithin('/a/bc', '/a/b')).toBe(false);
    expect(isWithin('/a', '/a/b')).toBe(false);
  });
});
