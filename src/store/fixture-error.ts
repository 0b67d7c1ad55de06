/**
 * The error thrown when fixtures cannot be seeded: it names the file-like location of the record
 * (`sessions[3]`), the record's id, and every problem, so a broken fixture is fixed in one look.
 */
export class FixtureError extends Error {
  constructor(where: string, problems: readonly string[]) {
    super(`Failed to seed the store: ${where} ${problems.length === 1 ? problems[0] : `has ${problems.length} problems:\n  ${problems.join('\n  ')}`}`);
    this.name = 'FixtureError';
  }
}
