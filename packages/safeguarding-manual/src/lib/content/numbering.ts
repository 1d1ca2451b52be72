// Chapter and section numbers such as 1.3.4: parsing, ordering and parentage.

const NUMBER = /^[1-9]\d*(\.[1-9]\d*)*$/;

/** True for a well-formed number: parts of digits without leading zeros, joined by dots. */
export function isSectionNumber(value: string): boolean {
  return NUMBER.test(value);
}

// The same few thousand numbers are compared again and again (every contents, and one per past
// date of the manual): split each once.
const parts = new Map<string, number[]>();
function partsOf(value: string): number[] {
  let found = parts.get(value);
  if (!found) {
    found = value.split('.').map(Number);
    parts.set(value, found);
  }
  return found;
}

/** Orders numbers part by part, so that 1.10 follows 1.9 and 2 follows 1.6.10. */
export function compareNumbers(a: string, b: string): number {
  const pa = partsOf(a);
  const pb = partsOf(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x !== y) return x - y;
  }
  return 0;
}

/** The number a chapter sits under: 1.3.4 sits under 1.3, 2.15 under 2; a top-level number has none. */
export function parentNumber(value: string): string | undefined {
  const cut = value.lastIndexOf('.');
  return cut === -1 ? undefined : value.slice(0, cut);
}

/** The top-level section a number sits in: 1 for 1.3.4 (and for 1 itself). */
export function topLevelNumber(value: string): string {
  return value.split('.')[0]!;
}
