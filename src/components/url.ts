// Builds a URL under the base the site is built for.
import { withBase } from '../lib/urls.ts';

export const url = (path: string): string => withBase(import.meta.env.BASE_URL, path);
