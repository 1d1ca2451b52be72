// Chapter ids made from titles: for npm run new-chapter and the CMS when no id is given, for the
// importer, and for the ids of update rounds.

/** The longest id made from a title: it names a folder and sits in every address of the chapter. */
const MAX_ID_LENGTH = 60;

/**
 * The chapter id for a title: lower-case words joined by hyphens ("Children's Homes & Care"
 * gives childrens-homes-and-care), cut after the last whole word that fits in MAX_ID_LENGTH.
 */
export function chapterIdFromTitle(title: string): string {
  const id = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id.length <= MAX_ID_LENGTH) return id;
  const cut = id.slice(0, MAX_ID_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_ID_LENGTH);
}
