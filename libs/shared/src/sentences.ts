// The API, the web app and the kiosk write their sentences in French; another language is a table
// keyed by the French sentence (gettext style), applied where the sentence is shown or sent.

/**
 * French sentence → its translation. A key may hold `{name}` placeholders for the values the
 * sentence names (`'Le poste {label} est déjà réservé.'`); the translation repeats them.
 */
export type SentenceTable = Record<string, string>;

export type SentenceTranslator = (french: string) => string;

const placeholder = /\{([A-Za-z_$][\w$]*)\}/g;

type SentencePattern = {
  matcher: RegExp;
  /** The placeholder names, in the order of the matcher's groups. */
  names: string[];
  translation: string;
  /** The key's text without its placeholders: the longer, the more specific. */
  literalLength: number;
};

const escapeForRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compilePattern(french: string, translation: string): SentencePattern {
  const names: string[] = [];
  let source = '';
  let literalLength = 0;
  let last = 0;
  for (const match of french.matchAll(placeholder)) {
    const literal = french.slice(last, match.index);
    source += escapeForRegExp(literal);
    literalLength += literal.length;
    // A placeholder stands for any non-empty text, as short as the rest of the key allows.
    source += '([\\s\\S]+?)';
    names.push(match[1] ?? '');
    last = match.index + match[0].length;
  }
  const tail = french.slice(last);
  source += escapeForRegExp(tail);
  literalLength += tail.length;
  return { matcher: new RegExp(`^${source}$`), names, translation, literalLength };
}

const hasPlaceholder = (french: string): boolean => /\{[A-Za-z_$][\w$]*\}/.test(french);

/**
 * Translates a French sentence with a table: an exact key first, then the keys with placeholders,
 * the most specific first. A value that is itself a known sentence (a pipe's summary quoting a
 * field's message) is translated too. A sentence the table does not know comes back unchanged.
 */
export function createSentenceTranslator(table: SentenceTable): SentenceTranslator {
  const exact = new Map<string, string>();
  const patterns: SentencePattern[] = [];
  for (const [french, translation] of Object.entries(table)) {
    if (hasPlaceholder(french)) patterns.push(compilePattern(french, translation));
    else exact.set(french, translation);
  }
  patterns.sort((a, b) => b.literalLength - a.literalLength);

  const translate = (french: string): string => {
    const known = exact.get(french);
    if (known !== undefined) return known;
    for (const pattern of patterns) {
      const match = pattern.matcher.exec(french);
      if (!match) continue;
      const values = new Map<string, string>();
      pattern.names.forEach((name, index) => {
        const value = match[index + 1] ?? '';
        // Only a value shorter than the sentence is looked up again, so this ends.
        if (!values.has(name))
          values.set(name, value.length < french.length ? translate(value) : value);
      });
      return pattern.translation.replace(
        placeholder,
        (whole, name: string) => values.get(name) ?? whole,
      );
    }
    return french;
  };
  return translate;
}
