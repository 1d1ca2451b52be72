// Pages and printouts anyone can check: the currency line of a chapter, its print's footer (the
// dated version's address, the start of its SHA-256 and a QR code that opens that address,
// read back from a PDF Chromium prints and from the printed code itself), the dated page the
// code leads to, and the schema.org Legislation data every version's page carries.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import UPNG from 'upng-js';

const SITE = 'https://procedures.brackenshire-scp.example';
const built = process.env['MANUAL_OUT_DIR'] ?? 'dist';

/**
 * The text of a PDF, as poppler's pdftotext lays it out (keeping a hyphen at the end of a line,
 * which its other modes join up as if the word had been hyphenated), with runs of white space
 * made one space.
 */
function pdfText(pdf: Buffer): string {
  const folder = mkdtempSync(join(tmpdir(), 'printed-'));
  try {
    writeFileSync(join(folder, 'page.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(folder, 'page.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** What the printed QR code says: the code as Chromium lays it out for print, photographed and decoded. */
async function printedCode(page: Page): Promise<string | undefined> {
  await page.emulateMedia({ media: 'print' });
  const png = await page.locator('.print-footer .print-code').screenshot();
  const image = UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
  const rgba = new Uint8ClampedArray(UPNG.toRGBA8(image)[0]!);
  return jsQR(rgba, image.width, image.height)?.data;
}

/** The JSON-LD data blocks of the page, parsed. */
async function structuredData(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

test('a chapter says how current it is: every change in force to the build date, the approved ones to come, the next round', async ({ page }) => {
  await page.goto('/procedures/referrals-to-childrens-social-care/');
  const currency = page.getByRole('note', { name: 'How current this is' });
  await expect(currency).toHaveText(
    'Up to date with every change in force on or before 22 November 2026. 1 approved change takes effect later: 11 January 2027. Next update round: 12 April 2027.',
  );
  await expect(currency.getByRole('link')).toHaveAttribute('href', '/procedures/referrals-to-childrens-social-care/2027-01-11/');
  // A chapter with nothing approved to come says only how current it is, and when the next round is.
  await page.goto('/procedures/section-47-enquiries/');
  await expect(page.getByRole('note', { name: 'How current this is' })).toHaveText(
    'Up to date with every change in force on or before 22 November 2026. Next update round: 12 April 2027.',
  );
  // Information pages say it too.
  await page.goto('/information/worried-about-a-child/');
  await expect(page.getByRole('note', { name: 'How current this is' })).toContainText('Up to date with every change in force on or before 22 November 2026.');
});

test('a printed chapter carries the currency line, its dated address, the start of its SHA-256 and a QR code that opens that address', async ({ page }) => {
  await page.goto('/procedures/section-47-enquiries/2026-10-05/');
  const hash = /[0-9a-f]{64}/.exec((await page.locator('.about-chapter .hash code').textContent()) ?? '')![0];
  const address = `${SITE}/procedures/section-47-enquiries/2026-10-05/`;

  await page.goto('/procedures/section-47-enquiries/');
  // On screen the footer and its code take no room and add no script.
  await expect(page.locator('.print-footer')).toBeHidden();
  expect(await page.locator('.print-code').boundingBox()).toBeNull();
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);

  const text = pdfText(await page.pdf({ format: 'A4' }));
  expect(text).toContain('Up to date with every change in force on or before 22 November 2026.');
  expect(text).toContain(
    `Uncontrolled when printed. To see whether this version is still in force, scan the code or open ${address} SHA-256 of this version's file starts ${hash.slice(0, 12)}.`,
  );

  expect(await printedCode(page)).toBe(address);
  await expect(page.getByRole('img', { name: `QR code that opens ${address}` })).toBeVisible();
  // The address the code opens says the printed version is the one in force.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(new URL(address).pathname);
  await expect(page.getByRole('note', { name: 'Version' })).toContainText('In force from 5 October 2026. This is the current version.');
});

test('a printout of a replaced version leads to its dated page, which says in its first line that it was replaced', async ({ page }) => {
  await page.goto('/procedures/section-47-enquiries/2021-03-29/');
  const text = pdfText(await page.pdf({ format: 'A4' }));
  expect(text).toContain(`scan the code or open ${SITE}/procedures/section-47-enquiries/2021-03-29/ SHA-256`);
  const address = await printedCode(page);
  expect(address).toBe(`${SITE}/procedures/section-47-enquiries/2021-03-29/`);

  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(new URL(address!).pathname);
  const first = page.getByRole('note', { name: 'Version' }).locator('p').first();
  await expect(first).toHaveText('In force from 29 March 2021 to 24 March 2024. This version was replaced on 25 March 2024: read the current one.');
  await expect(first).toBeInViewport();
  await first.getByRole('link', { name: 'read the current one' }).click();
  await expect(page).toHaveURL(/\/procedures\/section-47-enquiries\/$/);
});

test('the last version of a withdrawn chapter says in its first line that the chapter was withdrawn, and links to the notice', async ({ page }) => {
  await page.goto('/procedures/gangs-and-youth-violence/2019-09-30/');
  const first = page.getByRole('note', { name: 'Version' }).locator('p').first();
  await expect(first).toHaveText('In force from 30 September 2019 to 6 April 2025. This chapter was withdrawn on 7 April 2025: read the notice.');
  const [data] = await structuredData(page);
  expect(data).toMatchObject({
    legislationLegalForce: { '@id': 'schema:NotInForce' },
    creativeWorkStatus: 'Withdrawn',
    expires: '2025-04-06',
    '@reverse': { legislationRepeals: { '@id': `${SITE}/procedures/gangs-and-youth-violence/2025-04-07/` } },
  });
  await first.getByRole('link', { name: 'read the notice' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'This chapter was withdrawn on 7 April 2025' })).toBeVisible();
});

test('a chapter and its dated versions describe themselves as schema.org Legislation, within the Content-Security-Policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });

  await page.goto('/procedures/section-47-enquiries/');
  const [current] = await structuredData(page);
  expect(current).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': `${SITE}/procedures/section-47-enquiries/2026-10-05/`,
    name: '1.3.4 Section 47 Enquiries',
    legislationIdentifier: '1.3.4',
    legislationDateVersion: '2026-10-05',
    legislationLegalForce: { '@id': 'schema:InForce' },
    creativeWorkStatus: 'In force',
    legislationJurisdiction: ['Tamsford', 'Brackenshire', 'Wyvern Vale'].map((name) => ({ '@type': 'AdministrativeArea', name })),
    legislationChanges: { '@id': `${SITE}/procedures/section-47-enquiries/2024-03-25/` },
  });

  await page.goto('/procedures/section-47-enquiries/2021-03-29/');
  const [old] = await structuredData(page);
  expect(old).toMatchObject({
    '@id': `${SITE}/procedures/section-47-enquiries/2021-03-29/`,
    legislationDateVersion: '2021-03-29',
    legislationLegalForce: { '@id': 'schema:NotInForce' },
    creativeWorkStatus: 'Replaced',
    expires: '2024-03-24',
    '@reverse': { legislationChanges: { '@id': `${SITE}/procedures/section-47-enquiries/2024-03-25/` } },
  });

  await page.goto('/procedures/referrals-to-childrens-social-care/2027-01-11/');
  const [upcoming] = await structuredData(page);
  expect(upcoming).toMatchObject({ legislationLegalForce: { '@id': 'schema:NotInForce' }, creativeWorkStatus: 'Not yet in force' });
  expect(violations).toEqual([]);
});

test('every chapter, information page and dated version of the built site carries one Legislation block about its version', () => {
  const pages = readdirSync(built, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /^(procedures|information)\/[^/]+\/(\d{4}-\d{2}-\d{2}\/)?index\.html$/.test(file.replace(/\\/g, '/')),
  );
  expect(pages.length).toBeGreaterThan(150);
  const problems: string[] = [];
  for (const file of pages) {
    const html = readFileSync(join(built, file), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, string>);
    const dated = /(\d{4}-\d{2}-\d{2})\/index\.html$/.exec(file)?.[1];
    if (blocks.length !== 1) problems.push(`${file}: ${blocks.length} blocks`);
    else if (blocks[0]!['@type'] !== 'Legislation') problems.push(`${file}: ${blocks[0]!['@type']}`);
    else if (dated && blocks[0]!['legislationDateVersion'] !== dated)
      problems.push(`${file}: describes the version of ${blocks[0]!['legislationDateVersion']}`);
  }
  expect(problems).toEqual([]);
});
