import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from '../../../src/lib/site/breadcrumbs.ts';
import type { Structure } from '../../../src/lib/schemas/structure.ts';

const structure: Structure = {
  sections: [
    { number: '1', title: 'Assessing Need', subsections: [{ number: '1.3', title: 'Referral' }] },
    { number: '2', title: 'Specific Circumstances', subsections: [] },
  ],
};

describe('the breadcrumb trail', () => {
  it('lists the section, then the sub-section, a chapter sits in', () => {
    expect(breadcrumbTrail(structure, '1.3.4')).toEqual([
      { number: '1', title: 'Assessing Need' },
      { number: '1.3', title: 'Referral' },
    ]);
    expect(breadcrumbTrail(structure, '2.7')).toEqual([{ number: '2', title: 'Specific Circumstances' }]);
  });

  it('leaves out numbers the contents does not list, and is empty for an information page', () => {
    expect(breadcrumbTrail(structure, '2.4.1')).toEqual([{ number: '2', title: 'Specific Circumstances' }]);
    expect(breadcrumbTrail(structure, '')).toEqual([]);
  });
});
