// The partnership's own texts an evidence bundle holds (docs/regional-manuals.md): in a manual that
// follows a regional core, the local text in force at the end of the bundle's date at each
// extension point (<Local name="..." />) of each chapter version it holds, as the site shows them.
import type { InForce } from '../history/as-at.ts';
import type { Manual } from '../content/manual.ts';
import type { Version } from '../content/versions.ts';
import { localPointsIn, localTextOn, type LocalText } from '../region/local-text.ts';

/** One local text in a bundle: the chapter version it is shown in, the point it fills, and the text. */
export interface LocalInBundle {
  item: InForce;
  point: string;
  text: LocalText;
}

/**
 * The local text in force on `asAt` at each extension point of each chapter in `included`, in the
 * bundle's order and each chapter's order of points; none in a manual that follows no core, whose
 * pages show no local text.
 */
export function localTextsInBundle(
  manual: Manual,
  followsCore: boolean,
  included: readonly InForce[],
  asAt: string,
  body: (version: Pick<Version, 'file'>) => string,
): LocalInBundle[] {
  const texts = manual.localTexts ?? [];
  if (!followsCore || !texts.length) return [];
  return included.flatMap((item) => {
    if (item.chapter.collection !== 'procedures') return [];
    return localPointsIn(body(item.version)).flatMap((point) => {
      const text = localTextOn(texts, item.chapter.id, point, asAt);
      return text ? [{ item, point, text }] : [];
    });
  });
}

/** The dates up to `today` on which a local text took effect: each is an edition of the manual, as on the site. */
export function localTextDates(manual: Manual, followsCore: boolean, today: string): string[] {
  if (!followsCore) return [];
  return (manual.localTexts ?? []).map((t) => t.amended).filter((d) => d <= today);
}
