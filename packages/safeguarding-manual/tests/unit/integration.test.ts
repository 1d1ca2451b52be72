import { describe, expect, it } from 'vitest';
import { manualRoutes, routePattern } from '../../src/integration.ts';

describe("the integration's routes", () => {
  it('gives each route file the address Astro gives the same file in src/pages', () => {
    expect(routePattern('index.astro')).toBe('/');
    expect(routePattern('404.astro')).toBe('/404');
    expect(routePattern('offline/index.astro')).toBe('/offline');
    expect(routePattern('[collection]/[id]/[date]/changes.astro')).toBe('/[collection]/[id]/[date]/changes');
    expect(routePattern('amendments.json.ts')).toBe('/amendments.json');
    expect(routePattern('glossary/[...glossary].astro')).toBe('/glossary/[...glossary]');
  });

  it('injects every page and endpoint of src/routes, each once', () => {
    const routes = manualRoutes();
    expect(routes.length).toBe(31);
    expect(new Set(routes.map((r) => r.pattern)).size).toBe(routes.length);
    expect(routes.map((r) => r.pattern)).toContain('/resources/[id]/[file]');
    expect(routes.map((r) => r.pattern)).toContain('/procedures/[id]/local/[point]/[date]');
  });
});
