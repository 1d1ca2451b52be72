import { describe, expect, it } from 'vitest';
import { badgeHtml, chapterRowsHtml } from '../../src/components/chapter-rows.ts';

describe('the rows of a list of chapters', () => {
  it('link each chapter by its number and title, with the date of its version and its badge', () => {
    expect(
      chapterRowsHtml([
        { id: 'section-47-enquiries', number: '1.3.4', title: 'Section 47 Enquiries', amended: '2026-10-05', badge: 'updated' },
        { id: 'neglect', number: '2.1', title: 'Neglect', amended: '2024-03-25', badge: undefined },
      ]),
    ).toBe(
      '<li data-chapter="section-47-enquiries" data-amended="2026-10-05"><a href="/procedures/section-47-enquiries/"><span class="chapter-number">1.3.4</span> Section 47 Enquiries</a><strong class="badge badge-updated">Updated</strong></li>' +
        '<li data-chapter="neglect" data-amended="2024-03-25"><a href="/procedures/neglect/"><span class="chapter-number">2.1</span> Neglect</a></li>',
    );
  });

  it('link each chapter of a dated contents to the version then in force, without the marks of a last visit', () => {
    expect(chapterRowsHtml([{ id: 'neglect', number: '2.1', title: 'Neglect', amended: '2020-06-01', badge: undefined, date: '2020-06-01' }])).toBe(
      '<li><a href="/procedures/neglect/2020-06-01/"><span class="chapter-number">2.1</span> Neglect</a></li>',
    );
  });

  it('show a title as written, never as markup', () => {
    const html = chapterRowsHtml([{ id: 'a', number: '1', title: 'Parents <b>& "carers"', amended: '2024-01-01', badge: 'new' }]);
    expect(html).toContain('</span> Parents &lt;b&gt;&amp; &quot;carers&quot;</a><strong class="badge badge-new">New</strong>');
    expect(badgeHtml(undefined)).toBe('');
  });
});
