// Checks that several browser tests run on a page: axe-core's WCAG 2.2 AA rules and the heading outline.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n    ')}`,
  );
}

/** Headings from h1 down without a skipped level, and exactly one h1, which comes first. */
export async function headingProblems(page: Page): Promise<string[]> {
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) =>
      headings.filter((h) => h.checkVisibility()).map((h) => ({ level: Number(h.tagName[1]), text: (h.textContent ?? '').trim().slice(0, 60) })),
    );
  const problems: string[] = [];
  if (levels.filter((h) => h.level === 1).length !== 1) problems.push(`${levels.filter((h) => h.level === 1).length} h1 headings`);
  if (levels[0]?.level !== 1) problems.push(`the first heading is not h1: "${levels[0]?.text}"`);
  levels.forEach((h, i) => {
    const previous = levels[i - 1];
    if (previous && h.level > previous.level + 1) problems.push(`h${h.level} "${h.text}" follows h${previous.level} "${previous.text}"`);
  });
  return problems;
}
