// Ids of chapters, information pages and contacts: lower-case words joined by hyphens, such as
// section-47-enquiries. They name folders and files, and appear in addresses, so they never change.

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** True for a valid id. */
export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** The ids a body names with one of the project's components, such as <Contact id="..." />, in order, once each. */
export function componentIdsIn(body: string, component: string): string[] {
  const tag = new RegExp(`<${component}\\b[^>]*?\\bid="([^"]+)"`, 'g');
  return [...new Set([...body.matchAll(tag)].map((m) => m[1]!))];
}
