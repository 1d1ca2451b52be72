// One page of every type the site has: the accessibility, privacy and layout tests visit each.
// A new kind of page is one more line here.

export interface PageType {
  /** What kind of page it is, used in test names. */
  name: string;
  /** A page of that kind in the example manual built for the tests (MANUAL_TODAY=2026-11-22). */
  path: string;
  /** Something to wait for before checking, on pages that render with JavaScript. */
  ready?: string;
}

export const pageTypes: PageType[] = [
  { name: 'home', path: '/' },
  { name: 'contents', path: '/contents/' },
  { name: 'chapter', path: '/procedures/section-47-enquiries/' },
  { name: 'withdrawn chapter', path: '/procedures/gangs-and-youth-violence/' },
  { name: 'history', path: '/procedures/section-47-enquiries/history/' },
  { name: 'old version', path: '/procedures/section-47-enquiries/2021-03-29/' },
  { name: 'changes', path: '/procedures/section-47-enquiries/2026-10-05/changes/' },
  { name: 'amendments log', path: '/amendments/' },
  { name: 'amendments by year', path: '/amendments/2024/' },
  { name: 'amendments by section', path: '/amendments/section-4/' },
  { name: 'update round', path: '/amendments/autumn-2026-update/' },
  { name: 'follow changes', path: '/updates/' },
  { name: 'contacts', path: '/contacts/' },
  { name: 'resources', path: '/resources/' },
  { name: 'resources of one kind', path: '/resources/flowcharts/' },
  { name: 'resource', path: '/resources/referral-flowchart/' },
  { name: 'glossary', path: '/glossary/' },
  // The first example chapters with area blocks take effect after the test site's date.
  { name: 'chapter with local areas', path: '/procedures/strategy-discussions/2026-11-30/', ready: '.area-choice:not([hidden])' },
  { name: 'changes to local areas', path: '/procedures/strategy-discussions/2026-11-30/changes/' },
  { name: 'information page for families', path: '/information/child-protection-enquiries/' },
  { name: 'information page history', path: '/information/worried-about-a-child/history/' },
  { name: 'information page changes', path: '/information/worried-about-a-child/2026-10-12/changes/' },
  { name: 'search with results', path: '/search/?q=neglect', ready: '.search-result' },
  { name: 'accessibility statement', path: '/accessibility/' },
  { name: 'offline use', path: '/offline/', ready: '[data-offline-size]:not(:empty)' },
  { name: 'not in the offline copy', path: '/offline/unavailable/' },
  { name: 'the manual on any date', path: '/as-at/' },
  { name: 'the manual on one date', path: '/as-at/2021-03-29/' },
  { name: 'review status', path: '/review/' },
  { name: 'not found', path: '/procedures/no-such-chapter/' },
];
