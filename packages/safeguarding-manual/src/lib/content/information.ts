// Information pages for families, young people and the public: where the home page lists them
// and which of them must be written in plain English.
import type { Audience, HomeGroup, PageFields } from '../schemas/page.ts';
import { homeGroups } from '../schemas/page.ts';
import { listedChapters, type ManualDocument } from './versions.ts';
import { interfaceText } from '../interface-text.ts';

const GROUP_OF_AUDIENCE: Readonly<Record<Audience, HomeGroup>> = {
  public: 'worried',
  families: 'involved',
  'young-people': 'young-people',
  professionals: 'professionals',
};

/** Audiences whose pages must read easily and offer a quick exit. */
const PLAIN_ENGLISH_AUDIENCES: readonly Audience[] = ['families', 'young-people'];

/** The page's home group: the one it names, or the one its first audience gives. */
export function pageFields(audience: readonly Audience[], group: HomeGroup | undefined): PageFields {
  return { audience: [...audience], group: group ?? GROUP_OF_AUDIENCE[audience[0] ?? 'public'] };
}

/** True for pages written for families or young people. */
export function isForFamilies(fields: PageFields | undefined): boolean {
  return fields !== undefined && fields.audience.some((a) => PLAIN_ENGLISH_AUDIENCES.includes(a));
}

export interface HomeGroupList {
  group: HomeGroup;
  heading: string;
  pages: ManualDocument[];
}

/**
 * The pages in force, under the home page headings (in the language the site is built in),
 * each heading's pages by title; empty headings are left out.
 */
export function groupPagesForHome(
  pages: readonly ManualDocument[],
  headings: Readonly<Record<HomeGroup, string>> = interfaceText().reference.home.groups,
): HomeGroupList[] {
  const listed = listedChapters(pages);
  return homeGroups
    .map((group) => ({
      group,
      heading: headings[group],
      pages: listed.filter((p) => p.current?.page?.group === group).sort((a, b) => a.current!.title.localeCompare(b.current!.title)),
    }))
    .filter((g) => g.pages.length > 0);
}
