// Staying informed, on the built example manual (MANUAL_TODAY=2026-11-22): an agency's
// safeguarding lead follows the chapters and sections their staff use, or joins the
// partnership's mailing list; the amendments log goes by update round, with the next one announced.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { exampleSettings as settings } from '../example.ts';
import { metaPolicyFor } from '../../src/lib/site/csp.ts';
import { parseHeadersFile, headersFor } from '../../src/lib/servers/host-headers.ts';
import { atomEntries, atomProblems } from '../unit/atom.ts';

/** The feed a page names in <link rel="alternate">, which its visible "Follow changes" link must lead to as well. */
async function followedFeed(page: Page, linkName: string | RegExp) {
  const alternate = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  const link = page.getByRole('link', { name: linkName });
  await expect(link).toBeVisible();
  expect(await link.getAttribute('href')).toBe(alternate);
  const response = await page.request.get(alternate!);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const xml = await response.text();
  expect(atomProblems(xml)).toEqual([]);
  return atomEntries(xml);
}

test('a safeguarding lead follows a chapter: its feed lists every version of it', async ({ page }) => {
  await page.goto('/procedures/section-47-enquiries/');
  const entries = await followedFeed(page, 'Follow changes to this chapter');
  expect(entries.map((e) => e.link.replace('https://procedures.brackenshire-scp.example', ''))).toEqual([
    '/procedures/section-47-enquiries/2026-10-05/',
    '/procedures/section-47-enquiries/2024-03-25/',
    '/procedures/section-47-enquiries/2021-03-29/',
    '/procedures/section-47-enquiries/2019-09-30/',
  ]);
  await page.goto('/procedures/section-47-enquiries/history/');
  expect(await followedFeed(page, 'Follow changes to this chapter')).toEqual(entries);
});

test('every feed the site publishes is valid Atom and lists exactly the versions of its chapter, page or section', () => {
  const site = process.env['MANUAL_OUT_DIR'] ?? 'dist';
  const rows = (
    JSON.parse(readFileSync(join(site, 'amendments.json'), 'utf8')) as { versions: { chapter_id: string; number: string; collection: string; url: string }[] }
  ).versions;
  const links = (file: string) => {
    const xml = readFileSync(join(site, file), 'utf8');
    expect(atomProblems(xml), file).toEqual([]);
    return atomEntries(xml)
      .map((e) => e.link)
      .sort();
  };
  const files = readdirSync(site, { recursive: true, encoding: 'utf8' });
  const documentFeeds = files.filter((f) => f.endsWith('/history.xml'));
  expect(documentFeeds.length).toBeGreaterThanOrEqual(70);
  for (const file of documentFeeds) {
    const [segment, id] = file.split('/') as [string, string];
    const collection = segment === 'information' ? 'pages' : 'procedures';
    expect(links(file), file).toEqual(
      rows
        .filter((r) => r.chapter_id === id && r.collection === collection)
        .map((r) => r.url)
        .sort(),
    );
  }
  const sectionFeeds = files.filter((f) => /^amendments\/section-\d+\.xml$/.test(f));
  expect(sectionFeeds).toHaveLength(5);
  for (const file of sectionFeeds) {
    const number = /section-(\d+)/.exec(file)![1]!;
    expect(links(file), file).toEqual(
      rows
        .filter((r) => r.number.split('.')[0] === number)
        .map((r) => r.url)
        .sort(),
    );
  }
});

test('an information page and a section have feeds of their own', async ({ page }) => {
  await page.goto('/information/worried-about-a-child/');
  expect((await followedFeed(page, 'Follow changes to this page')).map((e) => e.title)).toEqual([
    'Updated: What to do if you are worried about a child',
    'New: What to do if you are worried about a child',
  ]);

  await page.goto('/amendments/section-4/');
  const section = await followedFeed(page, 'Follow changes to section 4');
  expect(section.length).toBeGreaterThan(0);
  expect(section.every((e) => /: 4\.\d/.test(e.title))).toBe(true);
  // The same entries as the section's log, which lists them by round.
  await expect(page.locator('.log-entry')).toHaveCount(section.length);
});

test('/updates/ explains how to follow changes, and its sign-up form posts to the mailing list the settings name', async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      ((window as unknown as { violations: string[] }).violations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Follow changes' }).first().click();
  await expect(page).toHaveURL(/\/updates\/$/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['By email', 'With a feed reader', 'Update rounds', 'What changed since your last visit']);
  await expect(page.getByRole('link', { name: 'Section 4, Child Deaths' })).toHaveAttribute('href', '/amendments/section-4.xml');

  // The policy allows posting to the list's origin, and to nowhere else.
  const origin = new URL(settings.mailingList!.signUpUrl).origin;
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', metaPolicyFor(settings));
  expect(metaPolicyFor(settings).split('; ')).toContain(`form-action 'self' ${origin}`);
  const headers = headersFor(parseHeadersFile(readFileSync(join(process.env['MANUAL_OUT_DIR'] ?? 'dist', '_headers'), 'utf8')), '/updates/');
  expect(headers['Content-Security-Policy']).toContain(`form-action 'self' ${origin};`);

  const form = page.locator('form.sign-up-form');
  await expect(form).toHaveAttribute('action', settings.mailingList!.signUpUrl);
  await expect(form).toHaveAttribute('method', 'post');
  let posted: { url: string; body: string | null } | undefined;
  await page.route(`${origin}/**`, async (route) => {
    posted = { url: route.request().url(), body: route.request().postData() };
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Thank you</title><p>Check your inbox.</p>' });
  });
  await page.getByLabel('Email address').fill('safeguarding.lead@school.example');
  await page.getByRole('button', { name: 'Sign up for email updates' }).click();
  await expect(page.getByText('Check your inbox.')).toBeVisible();
  expect(posted).toEqual({ url: settings.mailingList!.signUpUrl, body: 'email=safeguarding.lead%40school.example' });
  expect(violations).toEqual([]);
});

test('a form that posts anywhere else is blocked by the policy', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (d: string) => void }).reportViolation(event.effectiveDirective),
    );
  });
  await page.goto('/updates/');
  let posted = false;
  await page.route('https://elsewhere.example/**', (route) => {
    posted = true;
    return route.fulfill({ body: 'posted' });
  });
  await page.locator('form.sign-up-form').evaluate((form: HTMLFormElement) => {
    form.action = 'https://elsewhere.example/collect';
  });
  await page.getByLabel('Email address').fill('someone@example.org');
  await page.getByRole('button', { name: 'Sign up for email updates' }).click({ noWaitAfter: true });
  await expect.poll(() => violations).toContain('form-action');
  expect(posted).toBe(false);
});

test('the amendments log goes by update round, each round has its page, and the next round is announced', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('note', { name: 'Next update round' })).toContainText(
    'Next update round: Spring 2027 update, planned for 12 April 2027. Suggestions for changes must reach the partnership by 19 February 2027',
  );
  await expect(page.getByRole('main').getByRole('link', { name: 'Autumn 2026 update' })).toBeVisible();

  await page.goto('/amendments/');
  await expect(page.getByRole('note', { name: 'Next update round' })).toContainText('12 April 2027');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Coming into effect',
    'Since the Autumn 2026 update',
    'Autumn 2026 update',
    'Spring 2025 update',
    'Spring 2024 update',
    'Autumn 2022 update',
    'Spring 2021 update',
    'First edition',
  ]);
  const round = page.getByRole('region', { name: 'Autumn 2026 update', exact: true });
  await expect(round).toContainText('5 October 2026. A new guide to completing the multi-agency referral form');
  await expect(round.locator('.log-entry')).toHaveCount(8);
  await expect(page.getByRole('region', { name: 'Since the Autumn 2026 update' }).locator('.log-entry')).toHaveCount(5);

  await page.getByRole('navigation', { name: 'Filter the amendments' }).getByRole('link', { name: 'Spring 2024 update' }).click();
  await expect(page).toHaveURL(/\/amendments\/spring-2024-update\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spring 2024 update');
  await expect(page.getByText('An update round of 25 March 2024: the amendments dated from 4 October 2022 to 25 March 2024.')).toBeVisible();
  const dates = await page.locator('.log-entry time').allTextContents();
  expect(dates).toHaveLength(13);
  // The round's versions, and a resource changed between the rounds.
  expect(new Set(dates)).toEqual(new Set(['25 March 2024', '8 January 2024']));
  await context.close();
});
