import { readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import { exampleSettings as settings } from '../example.ts';
import { metaPolicyFor } from '../../src/lib/site/csp.ts';
import { searchablePagesGlob } from '../../src/lib/search/search-index.ts';
import { KEYWORD_QUERIES, PLAIN_ENGLISH_QUERIES, TUNING_QUERIES } from './search-queries.ts';
import { ask, searchFromNode } from './search-measure.ts';
import { expect, test, type Page } from '@playwright/test';

const searchBox = (page: Page) => page.getByRole('main').getByRole('searchbox');
const results = (page: Page) => page.locator('.search-result');
const summary = (page: Page) => page.getByRole('main').getByRole('status');
// Each filter is a group of checkboxes that opens from its name.
const filter = (page: Page, name: string) => page.locator('.search-filter summary', { hasText: name });
const option = (page: Page, label: RegExp) => page.getByRole('checkbox', { name: label });

async function search(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query);
  await expect(summary(page)).toContainText(`for ${query}`);
  await expect(results(page).first()).toBeVisible();
}

for (const [query, chapter] of KEYWORD_QUERIES) {
  test(`typing "${query}" finds ${chapter} first`, async ({ page }) => {
    await page.goto('/search/');
    await search(page, query);
    await expect(results(page).first().locator('.search-result-link')).toHaveAttribute('href', `/procedures/${chapter}/`);
  });
}

// Phrases as practitioners think them are ranked by word statistics that shift a little with
// every page the manual gains, so the set is held to the quality the manual promises: at least
// 95% find their chapter first, every one finds it among the first three, and none finds nothing.
test('plain-English questions find their chapter first at least 95% of the time, and always in the first three', async ({ page }) => {
  test.setTimeout(PLAIN_ENGLISH_QUERIES.length * 10_000);
  const misses: string[] = [];
  for (const [query, chapter] of PLAIN_ENGLISH_QUERIES) {
    // Each on a fresh search page: the status line is empty until the search typed has run.
    await page.goto('/search/');
    await searchBox(page).fill(query);
    await expect(summary(page)).toContainText(' for ');
    await expect(results(page).first()).toBeVisible();
    const firstThree = await results(page)
      .locator('.search-result-link')
      .evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
    const wanted = `/procedures/${chapter}/`;
    expect(firstThree, `"${query}" should find ${wanted} among the first three`).toContain(wanted);
    if (firstThree[0] !== wanted) misses.push(`"${query}": ${firstThree[0]} before ${wanted}`);
  }
  expect(misses.length / PLAIN_ENGLISH_QUERIES.length, misses.join('\n')).toBeLessThanOrEqual(0.05);
});

// npm run search-quality -- --fast and --explain rank each query with the page's code run in
// Node (searchFromNode): they must give what a reader typing the query is shown.
test('a query ranked from Node gets the answer typing it gets: the same status line and first three', async ({ page, browser, baseURL }) => {
  const fromNode = await searchFromNode(await browser.newPage(), `${baseURL}/`);
  // Every twelfth of the tuning set's situations: some with every word on a page, some without.
  const sample = TUNING_QUERIES.filter((_, i) => i % 12 === 0);
  for (const query of sample) expect(await fromNode.ask(query), query[0]).toEqual(await ask(page, `${baseURL}/`, query));
  const explained = await fromNode.explain('mum drinking every night', 3);
  expect(explained[0]).toMatchObject({ url: '/procedures/parental-substance-misuse/', words: { mum: expect.any(Number), drinking: expect.any(Number) } });
  expect(explained.map((p) => p.rank)).toEqual([...explained.map((p) => p.rank)].sort((a, b) => b - a));
});

test('when no page has every word, it shows the pages with most of them and says which words the first lacks', async ({ page }) => {
  await page.goto('/search/?q=mum%20drinking%20every%20night');
  await expect(summary(page)).toHaveText(
    /^No chapter has all of these words\. Showing chapters with most of them\. \d+ results? for mum drinking, without night\.$/,
  );
  await expect(results(page).first().locator('.search-result-link')).toHaveAttribute('href', '/procedures/parental-substance-misuse/');
  // The address keeps what was typed.
  await expect(page).toHaveURL(/\?q=mum\+drinking\+every\+night$/);
});

test('a query of words no page has finds nothing, and says so', async ({ page }) => {
  await page.goto('/search/');
  await searchBox(page).fill('zyxwv qwertz');
  await expect(summary(page)).toHaveText('No results for zyxwv qwertz');
  await expect(results(page)).toHaveCount(0);
});

test('a result shows the chapter number, title, last amended date, the matching words and the headings that match', async ({ page }) => {
  await page.goto('/search/');
  await search(page, 'section 47');
  const first = results(page).first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('1.3.4 Section 47 Enquiries');
  await expect(first.locator('.search-result-kind')).toHaveText('Procedure');
  await expect(first.locator('.search-result-amended')).toHaveText(/^Last amended \d{1,2} [A-Z][a-z]+ \d{4}$/);
  await expect(first.locator('mark').first()).toBeVisible();
  const heading = first.locator('.search-result-heading').first();
  const href = await heading.getAttribute('href');
  expect(href).toMatch(/^\/procedures\/section-47-enquiries\/#[a-z0-9-]+$/);
  const title = (await heading.textContent())!.trim();
  await heading.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[/#]/g, '\\$&')}$`));
  const target = page.locator(`[id="${href!.split('#')[1]}"]`);
  await expect(target).toHaveText(title);
  await expect(target).toBeInViewport();
});

test('the index holds the current version of each chapter in the contents, the contacts, the information pages, the resources and the glossary, and no other page', async ({
  page,
}) => {
  await page.goto('/');
  const information = await page.locator('.page-list li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(information.length).toBeGreaterThan(3);
  await page.goto('/contents/');
  const chapters = await page.locator('.chapter-list li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(chapters.length).toBeGreaterThan(50);
  await page.goto('/resources/');
  const resources = await page.locator('.resource-entry-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(resources.length).toBeGreaterThan(2);
  const listed = [...chapters, ...information, '/contacts/', '/glossary/', ...resources].sort();
  const indexed = await page.evaluate(async () => {
    const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
    const all = await pagefind.search(null, { filters: { Kind: { any: ['Procedure', 'Contact', 'Information', 'Resource', 'Glossary'] } } });
    const pages = await Promise.all(all.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()));
    return { urls: pages.map((p) => p.url).sort(), filters: await pagefind.filters() };
  });
  // Archived versions, changes pages, history and every other page are not indexed.
  expect(indexed.urls).toEqual(listed);
  expect(indexed.filters.Kind).toEqual({ Procedure: chapters.length, Contact: 1, Information: information.length, Resource: resources.length, Glossary: 1 });
  // Page furniture is not indexed: every page's footer links to the "Amendments feed", yet no
  // indexed page has both words.
  await page.goto('/search/');
  await searchBox(page).fill('Amendments feed');
  await expect(summary(page)).toContainText(/^No chapter has all of these words\. Showing chapters with most of them\. \d+ results? for \w+, without \w+\.$/);
});

test('every built page with an indexed region is one the build hands to Pagefind', () => {
  const site = process.env['MANUAL_OUT_DIR'] ?? 'dist';
  const pages = readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
  const indexed = pages.filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body')).map((file) => relative(site, file));
  expect(indexed.length).toBeGreaterThan(50);
  expect(indexed.filter((file) => !matchesGlob(file, searchablePagesGlob()))).toEqual([]);
});

test('the section filter narrows results to that section', async ({ page }) => {
  await page.goto('/search/?q=section%2047');
  await expect(results(page).first()).toBeVisible();
  // The count is read once the summary is about the whole query, and again once the filter
  // has narrowed it: on a busy machine results arrive in steps.
  const count = async () => Number(/^(\d+) results? for section 47$/.exec((await summary(page).textContent()) ?? '')?.[1] ?? NaN);
  await expect.poll(count).toBeGreaterThan(0);
  const before = await count();
  await filter(page, 'Section').click();
  await option(page, /^2 Children in Specific Circumstances/).check();
  await expect.poll(count).toBeLessThan(before);
  expect(await count()).toBeGreaterThan(0);
  await expect.poll(async () => (await page.locator('.search-result .chapter-number').allTextContents()).every((n) => n.startsWith('2.'))).toBe(true);
  await expect(page.locator('.search-result')).not.toHaveCount(0);
});

test('the kind filter keeps only pages of that kind', async ({ page }) => {
  await page.goto('/search/?q=child');
  await expect(results(page).first()).toBeVisible();
  await filter(page, 'Kind').click();
  // The filter's options arrive when it is first opened.
  const options = page.locator('details[data-filter-name="Kind"] label:not([hidden]) input');
  await expect(options.first()).toBeAttached();
  const kinds = await options.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(kinds).toContain('Procedure');
  for (const kind of kinds) {
    const box = option(page, new RegExp(`^${kind}`));
    await box.check();
    await expect.poll(async () => [...new Set(await results(page).locator('.search-result-kind').allTextContents())]).toEqual([kind]);
    await box.uncheck();
  }
});

test('the recently changed filter keeps the chapters with a New or Updated badge', async ({ page }) => {
  await page.goto('/contents/');
  const updated = await page.locator('.chapter-list li:has(.badge-updated) > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(updated.length).toBeGreaterThan(0);
  await page.goto('/search/?q=child');
  await expect(results(page).first()).toBeVisible();
  await filter(page, 'Recently changed').click();
  await option(page, /^Updated/).check();
  await expect(summary(page)).toContainText(/^\d+ results? for child$/);
  // Chapters are checked against their badges in the contents; the one information page
  // updated within the badge period is the worried-about-a-child page (2026-10-12). The list
  // is read until the filtered results have replaced the earlier ones.
  const allowed = [...updated, '/information/worried-about-a-child/'];
  const shown = () => page.locator('.search-result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await expect.poll(async () => (await shown()).filter((href) => !allowed.includes(href))).toEqual([]);
  expect((await shown()).length).toBeGreaterThan(0);
});

test('/search/?q= runs the search, typing keeps the address in step, and back returns to the results', async ({ page }) => {
  await page.goto('/search/?q=LADO');
  await expect(searchBox(page)).toHaveValue('LADO');
  await expect(results(page).first().locator('.search-result-link')).toHaveAttribute('href', '/procedures/allegations-against-people-who-work-with-children/');
  await searchBox(page).fill('private fostering');
  await expect(page).toHaveURL(/\/search\/\?q=private\+fostering$/);
  await expect(results(page).first().locator('.search-result-link')).toHaveAttribute('href', '/procedures/private-fostering/');
  await results(page).first().locator('.search-result-link').click();
  await expect(page).toHaveURL(/\/procedures\/private-fostering\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=private\+fostering$/);
  await expect(searchBox(page)).toHaveValue('private fostering');
  await expect(results(page).first().locator('.search-result-link')).toHaveAttribute('href', '/procedures/private-fostering/');
});

test('every page has the header search box, and searching from it makes no request to another origin', async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  for (const path of ['/', '/contents/', '/amendments/', '/procedures/neglect/', '/procedures/neglect/history/']) {
    await page.goto(path);
    await expect(page.getByRole('banner').getByRole('searchbox', { name: 'Search the procedures' })).toBeVisible();
  }
  await page.getByRole('banner').getByRole('searchbox', { name: 'Search the procedures' }).fill('county lines');
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=county\+lines$/);
  await expect(results(page).first()).toBeVisible();
  await filter(page, 'Section').click();
  await results(page).first().locator('.search-result-link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('County Lines');
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

test('search works under the site Content-Security-Policy, with no inline scripts or styles', async ({ page, request }) => {
  const html = await (await request.get('/search/')).text();
  expect(html).not.toMatch(/\sstyle=/);
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc=/);

  // The page enforces the policy itself, from its <meta> tag, on every host.
  await page.goto('/search/');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', metaPolicyFor(settings));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto('/search/?q=FGM');
  await expect(results(page).first().locator('.search-result-link')).toHaveAttribute('href', '/procedures/female-genital-mutilation/');
  await searchBox(page).fill('strategy meeting');
  await expect(results(page).first().locator('.search-result-link')).toHaveAttribute('href', '/procedures/strategy-discussions/');
  await filter(page, 'Section').click();
  await option(page, /^1 /).check();
  await expect(results(page).first().locator('.chapter-number')).toHaveText(/^1\./);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test('results come five at a time, and "Show more results" adds the next five and moves to the first of them', async ({ page }) => {
  await page.goto('/search/?q=child');
  await expect(summary(page)).toContainText(/^\d+ results for child$/);
  const total = Number(/^(\d+)/.exec((await summary(page).textContent())!)![1]);
  expect(total).toBeGreaterThan(10);
  await expect(results(page)).toHaveCount(5);
  const firstFive = await page.locator('.search-result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results(page)).toHaveCount(10);
  await expect(results(page).nth(5).locator('.search-result-link')).toBeFocused();
  const firstTen = await page.locator('.search-result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(firstTen.slice(0, 5)).toEqual(firstFive);
  expect(new Set(firstTen).size).toBe(10);
});

test('options in one filter add up, and filters in different groups narrow each other', async ({ page }) => {
  await page.goto('/search/?q=child');
  await expect(summary(page)).toContainText(/^\d+ results for child$/);
  const count = async () => Number(/^(\d+) results? for child$/.exec((await summary(page).textContent()) ?? '')?.[1] ?? NaN);
  const all = await count();
  await filter(page, 'Kind').click();
  const procedure = option(page, /^Procedure \(\d+\)$/);
  // The number after an option: the pages it would add to the results.
  const optionCount = async (box: ReturnType<typeof option>) => Number(/\((\d+)\)$/.exec((await box.locator('xpath=..').textContent()) ?? '')?.[1]);
  const procedures = await optionCount(procedure);
  await procedure.check();
  await expect.poll(count).toBe(procedures);
  // With Procedure chosen, Information still offers the pages it would add.
  const information = option(page, /^Information \(\d+\)$/);
  const informationPages = await optionCount(information);
  expect(informationPages).toBeGreaterThan(0);
  await information.check();
  await expect.poll(count).toBe(procedures + informationPages);
  expect(procedures + informationPages).toBeLessThanOrEqual(all);
  await filter(page, 'Recently changed').click();
  await option(page, /^Updated/).check();
  await expect.poll(count).toBeLessThan(procedures + informationPages);
  await expect
    .poll(async () => [...new Set(await results(page).locator('.search-result-kind').allTextContents())].every((k) => k === 'Procedure' || k === 'Information'))
    .toBe(true);
});

test('the contacts page is matched on its own text, not on the titles of the chapters each contact is used in', async ({ page }) => {
  await page.goto('/contacts/');
  const lists = page.locator('.contact-used');
  expect(await lists.count()).toBeGreaterThan(3);
  expect(await lists.evaluateAll((all) => all.every((list) => list.closest('[data-pagefind-ignore]') !== null))).toBe(true);
  // "Faltering Growth in Babies and Young Children" is listed under a contact; searching its
  // title finds the chapter and never the contacts page.
  await page.goto('/search/');
  await searchBox(page).fill('faltering growth');
  await expect(results(page).first().locator('.search-result-link')).toHaveAttribute('href', '/procedures/faltering-growth/');
  await expect(page.locator('.search-result-link[href="/contacts/"]')).toHaveCount(0);
});

test('forms of a word the stemmer leaves apart find each other: pregnant and pregnancy, drunk and drinking', async ({ page }) => {
  await page.goto('/search/');
  await searchBox(page).fill('pregnant');
  await expect(summary(page)).toContainText('for pregnant');
  await expect(results(page).first().locator('.search-result-link')).toHaveAttribute('href', '/procedures/concealed-and-denied-pregnancy/');
  await expect(results(page).first().locator('mark').first()).toHaveText(/^pregnan/i);
});

test('the words of a question weigh nothing beside its topic', async ({ page }) => {
  await page.goto('/search/');
  await searchBox(page).fill('what happens if I need to know about private fostering');
  await expect(summary(page)).toHaveText(/^\d+ results? for what happens if I need to know about private fostering$/);
  await expect(results(page).first().locator('.search-result-link')).toHaveAttribute('href', '/procedures/private-fostering/');
});

test('when no page has every word, it offers the glossary names close to what was typed', async ({ page }) => {
  await page.goto('/search/');
  await searchBox(page).fill('straegy meeting');
  await expect(summary(page)).toContainText('No chapter has all of these words.');
  const offer = page.locator('.search-suggestions');
  await expect(offer).toHaveText('Did you mean strategy meeting (strategy discussion)?');
  await offer.getByRole('link', { name: 'strategy meeting' }).click();
  await expect(searchBox(page)).toHaveValue('strategy meeting');
  await expect(summary(page)).toHaveText(/^\d+ results? for strategy meeting$/);
  await expect(results(page).first().locator('.search-result-link')).toHaveAttribute('href', '/procedures/strategy-discussions/');
  await expect(offer).toBeHidden();
  await expect(page).toHaveURL(/\?q=strategy\+meeting$/);
});

test('a search that finds its page offers nothing, and fetches no glossary names', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/search/');
  await search(page, 'section 47');
  await expect(page.locator('.search-suggestions')).toBeHidden();
  expect(fetched).not.toContain('/search/names.json');
});
