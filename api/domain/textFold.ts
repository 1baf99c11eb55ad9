// Folding of what residents type on phones and kiosks: full-width forms (Chinese IMEs) and stray spaces.

/** Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space, folded to their ASCII forms. */
export function foldFullWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Without any whitespace, including the ideographic space and the zero-width characters pasted from chat apps. */
export function stripWhitespace(text: string): string {
  return text.replace(/[\s\u200B-\u200D\u2060]/g, '');
}
