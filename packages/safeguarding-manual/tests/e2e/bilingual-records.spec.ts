// The pages of the record of the bilingual example (examples/tawelan) in Welsh: a chapter's
// history, the amendments log with its quick filter, and the manual on any date with its date
// form. What their scripts say is Welsh too.
import { expect, test } from '@playwright/test';

test('a Welsh history lists every version, in Welsh', async ({ page }) => {
  await page.goto('/cy/procedures/responding-to-concerns/history/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hanes: 1.1 Ymateb i Bryderon am Blentyn');
  const versions = page.getByRole('main').locator('.history-entry');
  await expect(versions.first()).toContainText('Diweddarwyd');
  await expect(versions.first()).toContainText('Y fersiwn gyfredol.');
  await expect(versions.last()).toContainText('Mewn grym hyd 1 Tachwedd 2026.');
  await expect(versions.first().getByRole('link', { name: 'Gweld beth newidiodd ar 2 Tachwedd 2026' })).toHaveAttribute(
    'href',
    '/cy/procedures/responding-to-concerns/2026-11-02/changes/',
  );
});

test('the Welsh amendments log counts in Welsh, and its quick filter says what it shows in Welsh', async ({ page }) => {
  await page.goto('/cy/amendments/');
  await expect(page.getByRole('main').locator('p.log-count').last()).toHaveText('8 diwygiad ac 1 newid i’r adnoddau.');
  const form = page.locator('form[data-module="log-filter"]');
  await form.getByLabel('Adran').selectOption('2');
  await expect(form.getByRole('status')).toHaveText('Diwygiadau a ddangosir: 1.');
  await form.getByLabel('Adran').selectOption('1');
  await expect(form.getByRole('status')).toHaveText('Diwygiadau a ddangosir: 5.');
});

test('the Welsh date form of the manual on any date answers in Welsh', async ({ page }) => {
  await page.goto('/cy/as-at/');
  const date = page.getByLabel('Dyddiad');
  await date.fill('2026-01-15');
  await page.getByRole('button', { name: 'Dangos y llawlyfr ar y dyddiad hwn' }).click();
  const message = page.getByRole('status');
  await expect(message).toContainText('Dechreuodd y llawlyfr ar 1 Ebrill 2026: nid oedd dim ohono mewn grym ar 15 Ionawr 2026.');
  await expect(message.getByRole('link', { name: 'Y llawlyfr ar 1 Ebrill 2026' })).toHaveAttribute('href', /\/cy\/as-at\/2026-04-01\/$/);
  await date.fill('2026-12-25');
  await page.getByRole('button', { name: 'Dangos y llawlyfr ar y dyddiad hwn' }).click();
  await expect(message).toContainText('Mae 25 Rhagfyr 2026 ar ôl heddiw');
  await expect(message.getByRole('link', { name: 'Y llawlyfr fel y mae heddiw (2 Tachwedd 2026)' })).toBeVisible();
  await date.fill('2026-06-01');
  await page.getByRole('button', { name: 'Dangos y llawlyfr ar y dyddiad hwn' }).click();
  await expect(page).toHaveURL(/\/cy\/as-at\/2026-04-01\/$/);
  await expect(page.getByRole('note', { name: 'Statws' })).toContainText('Mae 1 newid wedi dod i rym ers hynny, hyd at 22 Tachwedd 2026.');
});
