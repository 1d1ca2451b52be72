// The generator's module for a manual's own files: the type of its settings, so that
// manual.config.ts can say `satisfies ManualSettings` and be checked as it is typed.
export type { SiteInput as ManualSettings, SiteSettings } from './lib/schemas/site.ts';
