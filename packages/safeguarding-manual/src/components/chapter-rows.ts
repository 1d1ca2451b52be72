// The rows of a list of chapters, written as HTML in one go. The contents lists every chapter,
// and the manual on past dates has a contents page for each edition: at 2,000 chapters and
// 1,300 editions, 2.6 million rows, which cost about 5 µs each as components and a fraction
// of that as text.
import type { ContentsItem } from '../lib/site/contents.ts';
import { escapeHtml } from '../lib/util/html-text.ts';
import { paths } from '../lib/site/urls.ts';
import type { Badge } from '../lib/content/versions.ts';
import { url } from './url.ts';
import { interfaceText } from '../lib/interface-text.ts';

/** The "New" or "Updated" mark of a chapter, or nothing. */
export function badgeHtml(badge: Badge | undefined, words: Readonly<Record<Badge, string>> = interfaceText().reference.contents.badges): string {
  return badge ? `<strong class="badge badge-${badge}">${escapeHtml(words[badge])}</strong>` : '';
}

/**
 * One `<li>` for each chapter: its number and title, linked to the chapter, with the date of
 * its version in force for the marks of LastVisit.astro, and its badge; in a dated contents,
 * linked to the version then in force, without the marks (an edition's page has none).
 */
export function chapterRowsHtml(items: readonly ContentsItem[]): string {
  const badges = interfaceText().reference.contents.badges;
  let html = '';
  for (const item of items) {
    const href = url(item.date ? paths.version(item.id, item.date) : paths.chapter(item.id));
    html +=
      (item.date ? '<li>' : `<li data-chapter="${escapeHtml(item.id)}" data-amended="${escapeHtml(item.amended)}">`) +
      `<a href="${escapeHtml(href)}"><span class="chapter-number">${escapeHtml(item.number)}</span> ${escapeHtml(item.title)}</a>` +
      `${badgeHtml(item.badge, badges)}</li>`;
  }
  return html;
}
