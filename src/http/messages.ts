/**
 * Problem titles in both languages. The Slovak 404 title is the one the PORTOS Sessions page shows;
 * the others are this project's wording (inferred), kept short like ASP.NET's defaults.
 */
import type { Language } from './language.ts';

const TITLES: Readonly<Record<number, Readonly<Record<Language, string>>>> = {
  400: { 'en-GB': 'One or more validation errors occurred.', 'sk-SK': 'Vyskytla sa jedna alebo viac validačných chýb.' },
  401: { 'en-GB': 'Unauthenticated.', 'sk-SK': 'Používateľ nie je overený.' },
  403: { 'en-GB': 'Forbidden.', 'sk-SK': 'Prístup zamietnutý.' },
  404: { 'en-GB': 'Resource not found', 'sk-SK': 'Zdroj nebol nájdený' },
  405: { 'en-GB': 'Method not allowed.', 'sk-SK': 'Metóda nie je povolená.' },
  408: { 'en-GB': 'Request timeout.', 'sk-SK': 'Vypršal čas požiadavky.' },
  409: { 'en-GB': 'Conflict.', 'sk-SK': 'Konflikt.' },
  413: { 'en-GB': 'Request body too large.', 'sk-SK': 'Telo požiadavky je príliš veľké.' },
  415: { 'en-GB': 'Unsupported media type.', 'sk-SK': 'Nepodporovaný typ média.' },
  423: { 'en-GB': 'Resource is locked.', 'sk-SK': 'Zdroj je uzamknutý.' },
  429: { 'en-GB': 'Too many requests.', 'sk-SK': 'Príliš veľa požiadaviek.' },
  500: { 'en-GB': 'An unexpected error occurred.', 'sk-SK': 'Nastala neočakávaná chyba.' },
  502: { 'en-GB': 'Bad gateway.', 'sk-SK': 'Chybná brána.' },
  503: { 'en-GB': 'Service unavailable.', 'sk-SK': 'Služba je nedostupná.' },
  504: { 'en-GB': 'Gateway timeout.', 'sk-SK': 'Vypršal čas brány.' },
};

/** The localised title for a status; statuses without their own title get a generic one. */
export function titleFor(status: number, language: Language): string {
  const own = TITLES[status]?.[language];
  if (own) return own;
  if (status >= 500) return language === 'en-GB' ? `Server error ${status}.` : `Chyba servera ${status}.`;
  return language === 'en-GB' ? `Request failed with status ${status}.` : `Požiadavka zlyhala so stavom ${status}.`;
}
