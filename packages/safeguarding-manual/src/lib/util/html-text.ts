// Text set into HTML (or into fields that feed readers read as HTML): & < > and " escaped.

/** `text` as HTML text or a quoted attribute value: it shows as written, never as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
