import { describe, expect, it } from 'vitest';
import { createShiftCounter } from '../../../src/lib/site/quick-exit.ts';

/** Presses Shift on its own: down, then up. */
function pressShift(counter: ReturnType<typeof createShiftCounter>) {
  counter.keydown('Shift', true);
  return counter.keyup('Shift');
}

describe('Shift pressed three times', () => {
  it('says how many presses are left, then leaves', () => {
    const counter = createShiftCounter();
    expect(pressShift(counter)).toEqual({ exit: false, status: 'Shift, press 2 more times to exit.' });
    expect(pressShift(counter)).toEqual({ exit: false, status: 'Shift, press 1 more time to exit.' });
    expect(pressShift(counter)).toEqual({ exit: true });
    // And starts again afterwards.
    expect(pressShift(counter)).toEqual({ exit: false, status: 'Shift, press 2 more times to exit.' });
  });

  it('does not count Shift held for capital letters', () => {
    const counter = createShiftCounter();
    for (const letter of ['F', 'G', 'M']) {
      counter.keydown('Shift', true);
      counter.keydown(letter, true);
      expect(counter.keyup(letter)).toBeUndefined();
      expect(counter.keyup('Shift')).toBeUndefined();
    }
    expect(pressShift(counter)).toEqual({ exit: false, status: 'Shift, press 2 more times to exit.' });
  });

  it('starts again after another key, or when the presses take too long', () => {
    const counter = createShiftCounter();
    pressShift(counter);
    pressShift(counter);
    counter.keydown('a', false);
    expect(pressShift(counter)).toEqual({ exit: false, status: 'Shift, press 2 more times to exit.' });
    expect(counter.expire()).toMatchInlineSnapshot(`"Exit this page expired."`);
    expect(pressShift(counter)).toEqual({ exit: false, status: 'Shift, press 2 more times to exit.' });
  });
});
