/**
 * The report as the reporters see it: every secret the run knew replaced by value (`redacted`, for the
 * JSON and HAR files), and also every control character escaped (`shown`, for the console, CI and the
 * human-readable reports), so no server string can move the cursor or start a line.
 */
import { mapStrings, type Secrets } from '../secrets.ts';
import type { Exchange, Report } from '../types.ts';
import { escapeControl } from './escape.ts';

/**
 * The journal (every exchange of the run: hundreds of bodies) is written only by the HAR, from
 * `redacted`, and the HAR writes each answer's text, not its parsed JSON. So the journal is redacted
 * without the parsed bodies (`json` left undefined) and `shown` carries none (no human-readable report
 * prints it): copying every parsed body twice, string by string, was most of what the reports cost
 * (issue #18). Everything else, the failures' exchanges with their parsed bodies included, is mapped whole.
 */
export function safeReports(report: Report, secrets: Secrets): { redacted: Report; shown: Report } {
  const redact = (text: string): string => secrets.redact(text);
  const { journal, ...rest } = report;
  const redactedRest = mapStrings(rest, redact);
  const shown = mapStrings(redactedRest, escapeControl);
  const redacted = journal ? { ...redactedRest, journal: journal.map((exchange) => journalEntry(exchange, redact)) } : redactedRest;
  return { redacted, shown };
}

/** One exchange of the journal as the HAR reads it: every string redacted, the parsed body left out. */
function journalEntry(exchange: Exchange, redact: (text: string) => string): Exchange {
  const { response, ...rest } = exchange;
  const entry = mapStrings(rest, redact);
  if (!response) return entry;
  const { json: _parsed, ...answer } = response;
  return { ...entry, response: { ...mapStrings(answer, redact), json: undefined } };
}
