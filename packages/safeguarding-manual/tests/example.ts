// The example manual (examples/brackenshire) that tests read: its folder, its content folder as
// the tests name it (from the generator's folder, where they run), and its settings, checked.
import { resolve } from 'node:path';
import config from '../../../examples/brackenshire/manual.config.ts';
import { defineManual } from '../src/lib/manual/settings.ts';

export const EXAMPLE_ROOT = resolve(import.meta.dirname, '../../../examples/brackenshire');

/** The example's content folder, relative to the generator's folder. */
export const EXAMPLE_CONTENT = '../../examples/brackenshire/content';

/** The example's settings, as a command reads them (with MANUAL_BASE when it is set). */
export const exampleSettings = defineManual(process.env['MANUAL_BASE'] ? { ...config, base: process.env['MANUAL_BASE'] } : config);
