// The bilingual example manual (examples/tawelan): every page in English at its usual address and
// in Welsh under /cy/, each naming the other, a word link between them, no redirect by the
// browser's language, the interface in Welsh, search per language, and WCAG 2.2 AA in both.
import { expect, test } from '@playwright/test';
import { axeViolations, headingProblems } from './checks.ts';
import { formatDate, todayInLondon } from '../../src/lib/util/dates.ts';

/** A page of each kind that carries words of the interface, by its path in English. */
const pages = [
  { name: 'home', path: '/' },
  { name: 'chapter', path: '/procedures/making-a-referral/' },
  { name: 'changes', path: '/procedures/responding-to-concerns/2026-11-02/changes/' },
  { name: 'information', path: '/information/worried-about-a-child/' },
  { name: 'contacts', path: '/contacts/' },
  { name: 'search', path: '/search/?q=referral' },
  { name: 'offline', path: '/offline/' },
];

/** The address the example manual is published at (its site setting), which the alternates name. */
const SITE = 'https://procedures.tawelan-rsb.example';

for (const { name, path } of pages) {
  test(`the ${name} page in English and in Welsh meets WCAG 2.2 AA, each in its own language and linked to the other`, async ({ page }) => {
    test.setTimeout(120_000);
    const scriptErrors: string[] = [];
    page.on('pageerror', (error) => scriptErrors.push(error.message));
    const address = path.replace(/\?.*$/, '');
    for (const [language, tag, own, other, otherName] of [
      ['en', 'en-GB', address, `/cy${address}`, 'Cymraeg'],
      ['cy', 'cy-GB', `/cy${address}`, address, 'English'],
    ] as const) {
      await page.goto(language === 'cy' ? `/cy${path}` : path);
      await expect(page.locator('html')).toHaveAttribute('lang', tag);
      // Both languages name each other's address, and the word for the other language leads there.
      await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveAttribute('href', `${SITE}${address}`);
      await expect(page.locator('link[rel="alternate"][hreflang="cy-GB"]')).toHaveAttribute('href', `${SITE}/cy${address}`);
      const link = page.getByRole('banner').getByRole('link', { name: otherName, exact: true });
      await expect(link).toHaveAttribute('href', other);
      await expect(link).toHaveAttribute('lang', language === 'en' ? 'cy-GB' : 'en-GB');
      expect(new URL(page.url()).pathname).toBe(own);
      expect(await headingProblems(page), `${language}: heading order`).toEqual([]);
      expect(await axeViolations(page), `${language}: axe`).toEqual([]);
    }
    expect(scriptErrors).toEqual([]);
  });
}

test('a reader whose browser asks for Welsh gets the English page at its address, with the link to the Welsh one', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'cy-GB', extraHTTPHeaders: { 'Accept-Language': 'cy-GB,cy;q=0.9' } });
  const page = await context.newPage();
  const response = await page.goto('/procedures/section-47-enquiries/');
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe('/procedures/section-47-enquiries/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Section 47 Enquiries');
  await page.getByRole('banner').getByRole('link', { name: 'Cymraeg', exact: true }).click();
  await expect(page).toHaveURL(/\/cy\/procedures\/section-47-enquiries\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ymholiadau Adran 47');
  await context.close();
});

test('the Welsh pages speak Welsh: the interface, the dates, the contacts and the changes page', async ({ page }) => {
  await page.goto('/cy/procedures/making-a-referral/');
  await expect(page.getByRole('link', { name: 'Neidio i’r prif gynnwys' })).toBeAttached();
  await expect(page.getByRole('note').filter({ hasText: 'Cynnwys enghreifftiol' }).first()).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Prif ddewislen' });
  await expect(menu.getByRole('link', { name: 'Cynnwys', exact: true })).toHaveAttribute('href', '/cy/contents/');
  await expect(page.getByRole('banner').getByRole('searchbox', { name: 'Chwilio’r gweithdrefnau' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('Adeiladwyd ar 22 Tachwedd 2026.');
  // The contact's Welsh name, hours and notes; its number as in English.
  const hub = page.getByRole('main').locator('.contact-card').filter({ hasText: 'Cyngor Sir Tawelan' });
  await expect(hub).toContainText('Hwb Diogelu Plant');
  await expect(hub).toContainText('Oriau swyddfa: 0113 496 0100 (Dydd Llun i ddydd Gwener 9am i 5pm)');
  await expect(hub).toContainText('Y tu allan i oriau swyddfa, ffoniwch y Tîm Dyletswydd Argyfwng.');
  // The line under the title, the choice of area (its script's words too) and the printed page's footer.
  const amendment = page.getByRole('note', { name: 'Y diwygiad diweddaraf' });
  await expect(amendment).toContainText('Diwygiwyd ddiwethaf 1 Ebrill 2026');
  await expect(amendment.getByRole('link', { name: 'Pob fersiwn o’r bennod hon' })).toHaveAttribute('href', '/cy/procedures/making-a-referral/history/');
  await page.getByLabel('Eich ardal').selectOption({ label: 'Tawelan' });
  await expect(page.getByRole('status').filter({ hasText: 'Yn dangos y trefniadau yn Nhawelan yn gyntaf.' })).toBeVisible();
  await expect(page.getByRole('main').locator('summary', { hasText: 'Trefniadau mewn ardaloedd eraill' }).first()).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-identity')).toContainText('Heb ei reoli pan gaiff ei argraffu.');
  await expect(page.locator('.print-source')).toContainText('Fersiwn mewn grym o 1 Ebrill 2026. Ar-lein yn');
  await page.emulateMedia({ media: 'screen' });
  for (const english of ['Last amended', 'All versions of this', 'Your area', 'Uncontrolled when printed', 'Version in force from']) {
    expect(await page.content(), english).not.toContain(english);
  }
  await page.goto('/cy/procedures/making-a-referral/2026-04-01/');
  await expect(page.getByRole('note', { name: 'Fersiwn' })).toContainText('Mewn grym o 1 Ebrill 2026. Dyma’r fersiwn gyfredol.');
  await page.goto('/cy/procedures/responding-to-concerns/2026-11-02/changes/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Newidiadau i');
  await expect(page.getByRole('main')).toContainText('Fersiwn 2 Tachwedd 2026 o’i chymharu â fersiwn 1 Ebrill 2026.');
  await expect(page.getByRole('main').locator('.diff-added ins').first()).toContainText('adran 130');
});

test('the Welsh footer leads to the accessibility statement in Welsh, in the words of the Welsh model statement', async ({ page }) => {
  await page.goto('/cy/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Datganiad hygyrchedd', exact: true }).click();
  await expect(page).toHaveURL(/\/cy\/accessibility\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy-GB');
  await expect(page).toHaveTitle('Datganiad hygyrchedd | BDRh Tawelan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datganiad hygyrchedd ar gyfer Gweithdrefnau Diogelu Plant');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Pa mor hygyrch yw’r wefan hon',
    'Adborth a gwybodaeth gyswllt',
    'Rhoi gwybod am broblemau hygyrchedd gyda’r wefan hon',
    'Gweithdrefn orfodi',
    'Gwybodaeth dechnegol am hygyrchedd y wefan hon',
    'Cynnwys nad yw’n hygyrch',
    'Paratoi’r datganiad hygyrchedd hwn',
  ]);
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Statws cydymffurfio']);
  const main = page.getByRole('main');
  await expect(main).toContainText('Bwrdd Diogelu Rhanbarthol Tawelan sy’n rhedeg y wefan.');
  await expect(main).toContainText('Mae’r wefan hon yn cydymffurfio’n llawn â safon AA Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2.');
  await expect(main).toContainText(
    'Y Comisiwn Cydraddoldeb a Hawliau Dynol sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Chymwysiadau Symudol) (Rhif 2) 2018',
  );
  await expect(main.getByRole('link', { name: 'Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)' })).toHaveAttribute(
    'href',
    'https://www.equalityadvisoryservice.com/',
  );
  // The settings' values as they are: the address, the phone number, the dates in Welsh.
  await expect(main.getByRole('link', { name: 'accessibility@tawelan-rsb.example' }).first()).toHaveAttribute(
    'href',
    'mailto:accessibility@tawelan-rsb.example',
  );
  await expect(main.getByRole('link', { name: '0113 496 0599' })).toHaveAttribute('href', 'tel:+441134960599');
  await expect(main).toContainText('yn ateb cyn pen 5 diwrnod gwaith.');
  await expect(main).toContainText('Paratowyd y datganiad hwn ar 4 Rhagfyr 2026.');
  await expect(main).toContainText('Profwyd y wefan hon ddiwethaf ar 4 Rhagfyr 2026.');
  for (const english of ['Accessibility statement', 'This statement applies', 'Enforcement procedure', 'Compliance status', 'Human Rights Commission']) {
    expect(await main.textContent(), english).not.toContain(english);
  }
});

test('the Welsh pages are saved for offline use in Welsh, and read offline with Welsh notices', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/cy/offline/');
  await expect(page.getByText(/^I gadw’r llawlyfr, caiff hyn ei lwytho i lawr: \d+ tudalen a’r mynegai chwilio, \d+\.\d MB\./)).toBeVisible();
  await page.getByRole('button', { name: 'Cadw i’w ddefnyddio all-lein' }).click();
  await expect(page.getByRole('status')).toHaveText('Wedi’i gadw i’w ddefnyddio all-lein.', { timeout: 60_000 });
  await expect(page.getByText(/^Mae gan y ddyfais hon gopi all-lein o’r llawlyfr fel y’i adeiladwyd ar 22 Tachwedd 2026, a wiriwyd ddiwethaf/)).toBeVisible();
  // The Welsh pages have a copy of their own, under /cy/.
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.map((r) => new URL(r.scope).pathname)))).toEqual(['/cy/']);
  await context.setOffline(true);
  await page.goto('/cy/procedures/making-a-referral/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Gwneud Atgyfeiriad');
  await expect(page.getByRole('main').locator('.offline-notice')).toHaveText(
    `Rydych chi’n darllen copi all-lein y llawlyfr hwn, sy’n dyddio o ${formatDate(todayInLondon(), 'cy')}.`,
  );
  // A page not saved answers with the Welsh page that says so.
  await page.goto('/cy/procedures/making-a-referral/history/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nid yw’r dudalen hon yn eich copi all-lein');
  await context.setOffline(false);
  await page.goto('/cy/offline/');
  await page.getByRole('button', { name: 'Dileu’r copi all-lein' }).click();
  await expect(page.getByRole('status')).toHaveText('Cafodd y copi all-lein ei ddileu o’r ddyfais hon.');
});

test('search finds Welsh pages from the Welsh search page, and English pages from the English one', async ({ page }) => {
  await page.goto('/cy/search/?q=atgyfeiriad');
  const first = page.locator('.search-result-link').first();
  await expect(first).toHaveAttribute('href', '/cy/procedures/making-a-referral/');
  await expect(first).toContainText('Gwneud Atgyfeiriad');
  await expect(page.locator('[data-search-summary]')).toContainText('ar gyfer “atgyfeiriad”');
  // Each language has its own index: every result of the Welsh search is a Welsh page, and of the English one an English page.
  expect(await page.locator('.search-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
    expect.arrayContaining([expect.stringMatching(/^\/cy\//)]),
  );
  expect(
    (await page.locator('.search-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).filter((href) => !href?.startsWith('/cy/')),
  ).toEqual([]);
  // The Welsh pages' own synonyms (synonyms.cy.yaml): a word the chapter does not use finds it.
  await page.goto('/cy/search/?q=riportio');
  await expect(page.locator('.search-result-link').first()).toHaveAttribute('href', '/cy/procedures/making-a-referral/');
  await page.goto('/search/?q=referral');
  await expect(page.locator('.search-result-link').first()).toHaveAttribute('href', '/procedures/making-a-referral/');
  expect(
    (await page.locator('.search-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).filter((href) => href?.startsWith('/cy/')),
  ).toEqual([]);
});

test('a Welsh reader filters the Welsh search results by Welsh names and values', async ({ page }) => {
  await page.goto('/cy/search/?q=plentyn');
  await expect(page.locator('.search-result-link').first()).toBeVisible();
  const filters = page.locator('.search-filter summary');
  await expect(filters).toHaveText(['Adran', 'Math', 'Newidiwyd yn ddiweddar']);
  // Each filter's values, drawn when it is first opened: the sections', the kinds' and the marks' Welsh words.
  const values = async (name: string) => {
    await page.locator('.search-filter summary', { hasText: name }).click();
    const options = page.locator(`details[data-filter-name="${name}"] label input`);
    await expect(options.first()).toBeAttached();
    return options.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  };
  expect(await values('Adran')).toEqual(['1 Ymateb i Bryderon', '2 Amgylchiadau Penodol']);
  expect(await values('Math')).toEqual(expect.arrayContaining(['Gweithdrefn', 'Gwybodaeth', 'Cyswllt']));
  expect(await values('Newidiwyd yn ddiweddar')).toEqual(['Diweddarwyd']);
  // Narrowed to one kind, every result says that kind, in Welsh.
  await page
    .locator('details[data-filter-name="Math"] label', { hasText: /^\s*Gweithdrefn\b/ })
    .locator('input')
    .check();
  await expect.poll(async () => [...new Set(await page.locator('.search-result .search-result-kind').allTextContents())]).toEqual(['Gweithdrefn']);
  const english = ['Section', 'Kind', 'Recently changed', 'Procedure', 'Information', 'Contact', 'Updated'];
  const shown = await page.locator('.search-ui').innerText();
  expect(english.filter((word) => new RegExp(`\\b${word}\\b`).test(shown))).toEqual([]);
  // The English search page keeps its English names.
  await page.goto('/search/?q=child');
  await expect(page.locator('.search-result-link').first()).toBeVisible();
  await expect(filters).toHaveText(['Section', 'Kind', 'Recently changed']);
});

test('the scripts of the Welsh contents and resources pages speak Welsh', async ({ page }) => {
  // A reader whose last visit to the Welsh contents, on 2 November 2026, listed 1.2 at an older
  // version and did not list 1.3: this visit marks both.
  await page.goto('/cy/contents/');
  const listed = await page
    .locator('[data-chapter][data-amended]')
    .evaluateAll((items) => Object.fromEntries(items.map((li) => [(li as HTMLElement).dataset['chapter'], (li as HTMLElement).dataset['amended']])));
  const { 'section-47-enquiries': _missing, ...seen } = { ...listed, 'making-a-referral': '2020-01-01' };
  await page.evaluate(
    (memory) => {
      localStorage.setItem('manual-last-visit:/cy/', JSON.stringify(memory));
      sessionStorage.clear();
    },
    { seen, seenAt: '2026-11-02T10:00:00.000Z' },
  );
  await page.reload();
  const box = page.locator('[data-module="last-visit"]');
  await expect(box.locator('[data-last-visit-summary]')).toHaveText(
    'Ers eich ymweliad diwethaf ar 2 Tachwedd 2026, mae 2 bennod wedi newid. Maent wedi’u marcio yn y cynnwys isod:',
  );
  await expect(page.locator('.badge-since')).toHaveText(['Wedi newid ers eich ymweliad diwethaf', 'Newydd ers eich ymweliad diwethaf']);
  await box.getByRole('button', { name: 'Clirio’r marciau hyn' }).click();
  await expect(box.locator('[data-last-visit-summary]')).toHaveText(
    'Cliriwyd y marciau. Bydd penodau sy’n newid o hyn ymlaen yn cael eu marcio ar eich ymweliad nesaf.',
  );
  // The quick filter of the resources says how many it shows.
  await page.goto('/cy/resources/');
  const filter = page.getByRole('search', { name: 'Hidlo’r adnoddau' });
  await filter.getByLabel('Enw').fill('gweithdrefnau');
  await expect(filter.getByRole('status')).toHaveText('Yn dangos 1 adnodd.');
  await filter.getByLabel('Enw').fill('ffurflen');
  await expect(filter.getByRole('status')).toHaveText('Yn dangos 0 adnodd.');
});
