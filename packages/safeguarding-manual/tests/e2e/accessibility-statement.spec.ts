// The accessibility statement, reached from the footer of every page, from manual.config.ts.
import { expect, test } from '@playwright/test';

test('the footer leads to an accessibility statement in the form the regulations ask for', async ({ page }) => {
  await page.goto('/contents/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }).click();
  await expect(page).toHaveURL(/\/accessibility\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement for Multi-Agency Safeguarding Children Procedures');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'How accessible this website is',
    'Feedback and contact information',
    'Reporting accessibility problems with this website',
    'Enforcement procedure',
    "Technical information about this website's accessibility",
    'Non-accessible content',
    'Preparation of this accessibility statement',
  ]);
  const main = page.getByRole('main');
  await expect(main).toContainText('It is run by the Brackenshire Safeguarding Children Partnership.');
  await expect(main).toContainText('This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.');
  await expect(main).toContainText('Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018');
  await expect(main.getByRole('link', { name: 'accessibility@brackenshire-scp.example' }).first()).toHaveAttribute(
    'href',
    'mailto:accessibility@brackenshire-scp.example',
  );
  await expect(main.getByRole('link', { name: '0116 496 0999' })).toHaveAttribute('href', 'tel:+441164960999');
  await expect(main).toContainText('reply within 5 working days');
  await expect(main).toContainText('The Equality and Human Rights Commission (EHRC) is responsible for enforcing');
  await expect(main.getByRole('link', { name: 'Equality Advisory and Support Service (EASS)' })).toHaveAttribute(
    'href',
    'https://www.equalityadvisoryservice.com/',
  );
  await expect(main).toContainText('This statement was prepared on 23 November 2026.');
  await expect(main).toContainText('This website was last tested on 23 November 2026.');
});
