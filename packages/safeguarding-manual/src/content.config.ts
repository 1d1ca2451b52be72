// Wires the manual's files to their schemas (src/collections.ts).
import { manualCollections } from './collections.ts';

export const collections = manualCollections();
