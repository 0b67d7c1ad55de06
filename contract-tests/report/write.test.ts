/**
 * A report file written in pieces (the HAR's, issue #18) holds the same bytes as the pieces joined.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from './write.ts';

describe('18 writing a report in pieces', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'portos-report-write-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the bytes of the joined pieces, more pieces than one writev takes (IOV_MAX 1024), into a new folder', async () => {
    // One-byte, two-byte and four-byte characters, empty pieces, and a piece of 64 KiB.
    const pieces = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? '' : i % 101 === 0 ? 'x'.repeat(65_536) : `{"n":${i},"s":"Majiteľ é 😀 ${'a'.repeat(i % 50)}"},`));
    const path = join(dir, 'new', 'folder', 'run.har');
    await writeReport(path, pieces);
    expect((await readFile(path)).equals(Buffer.from(pieces.join('')))).toBe(true);
  });

  it('replaces what the file held, and writes a whole text as it is', async () => {
    const path = join(dir, 'twice.har');
    await writeReport(path, ['a much longer first text ', 'than the second']);
    await writeReport(path, ['short', '']);
    expect(await readFile(path, 'utf8')).toBe('short');
    await writeReport(path, 'whole ľ');
    expect(await readFile(path, 'utf8')).toBe('whole ľ');
  });
});
