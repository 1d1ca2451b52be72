// "Exit this page" by keyboard: Shift pressed three times within five seconds leaves the page.
// This module counts the presses; src/browser/quick-exit.ts wires it to the page.

/** How many presses of Shift leave the page. */
const SHIFT_PRESSES = 3;
/** How long the presses may take, in milliseconds, counted from the last one. */
export const SHIFT_WINDOW_MS = 5000;

export const EXIT_ACTIVATED = 'Exit this page activated.';
const EXIT_EXPIRED = 'Exit this page expired.';

/** What a key release asks the page to do: leave, or say how many presses are left. */
export type ShiftStep = { exit: true } | { exit: false; status: string };

export interface ShiftCounter {
  /** A key goes down; any key but Shift, or Shift held for a capital letter, starts the count again. */
  keydown(key: string, shiftKey: boolean): void;
  /** A key comes up: a step for a press of Shift on its own, nothing otherwise. */
  keyup(key: string): ShiftStep | undefined;
  /** The presses took too long: the count starts again. */
  expire(): string;
}

export function createShiftCounter(): ShiftCounter {
  let presses = 0;
  // Shift held while another key is typed (a capital letter) is typing, not a request to leave.
  let shiftAsModifier = false;
  return {
    keydown(key, shiftKey) {
      if (key === 'Shift') {
        shiftAsModifier = false;
      } else {
        if (shiftKey) shiftAsModifier = true;
        presses = 0;
      }
    },
    keyup(key) {
      if (key !== 'Shift' || shiftAsModifier) return undefined;
      presses += 1;
      if (presses >= SHIFT_PRESSES) {
        presses = 0;
        return { exit: true };
      }
      const left = SHIFT_PRESSES - presses;
      return { exit: false, status: `Shift, press ${left} more ${left === 1 ? 'time' : 'times'} to exit.` };
    },
    expire() {
      presses = 0;
      return EXIT_EXPIRED;
    },
  };
}
