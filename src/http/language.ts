/**
 * `Accept-Language` negotiation over the two languages PORTOS speaks. PORTOS documents `en-GB` and
 * `sk-SK` and says anything else gets the default; this project decides (inferred) that any `en…` tag
 * counts as `en-GB`, any `sk…` tag as `sk-SK`, q-values are respected, and `sk-SK` is the default.
 */

const LANGUAGES = ['sk-SK', 'en-GB'] as const;
export type Language = (typeof LANGUAGES)[number];
const DEFAULT_LANGUAGE: Language = 'sk-SK';

/** The supported language a language tag stands for, if any (`en-US` → `en-GB`, `*` → the default). */
function languageOfTag(tag: string): Language | undefined {
  const lower = tag.toLowerCase();
  if (lower === '*') return DEFAULT_LANGUAGE;
  if (lower === 'en' || lower.startsWith('en-')) return 'en-GB';
  if (lower === 'sk' || lower.startsWith('sk-')) return 'sk-SK';
  return undefined;
}

/** The q-value of one `Accept-Language` entry's parameters; 1 when absent, undefined when malformed. */
function qualityOf(parameters: readonly string[]): number | undefined {
  for (const parameter of parameters) {
    const [name, value] = parameter.split('=').map((part) => part.trim());
    if (name?.toLowerCase() !== 'q') continue;
    if (value === undefined || !/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value)) return undefined;
    return Number(value);
  }
  return 1;
}

/**
 * Picks the response language for an `Accept-Language` header (RFC 9110 §12.5.4): the acceptable entry
 * with the highest q-value wins, earlier entries win ties, `q=0` means "not this one"; nothing acceptable
 * (or no header, or a malformed one) → `sk-SK`.
 *
 * @example
 * negotiateLanguage('de-DE, en;q=0.8, sk;q=0.5'); // 'en-GB'
 */
export function negotiateLanguage(header: string | null | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  let best: { language: Language; quality: number } | undefined;
  for (const entry of header.split(',')) {
    const [tag = '', ...parameters] = entry.split(';').map((part) => part.trim());
    const language = languageOfTag(tag);
    const quality = qualityOf(parameters);
    if (!language || quality === undefined || quality === 0) continue;
    if (!best || quality > best.quality) best = { language, quality };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}
