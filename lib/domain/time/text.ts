/** Escapes a literal string for use inside a regular expression (plain function: content scripts use it too). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
