/**
 * Writing a report file: its folder created first (`--junit reports/contract.xml` in a fresh checkout),
 * the text given whole or in pieces.
 */
import { mkdir, open, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Writes `text` to `path`. Pieces (the HAR's: one per exchange) are encoded to UTF-8 as they come and
 * written in one `writev`: a text of several megabytes is never one string (issue #18: that copy cost
 * more than the write), and each piece can be collected as soon as it is encoded. The file is the same
 * as for the pieces joined.
 */
export async function writeReport(path: string, text: string | Iterable<string>): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  if (typeof text === 'string') return writeFile(path, text);
  const buffers = Array.from(text, (piece) => Buffer.from(piece));
  const file = await open(path, 'w');
  try {
    // libuv writes every buffer, in IOV_MAX batches when there are more.
    await file.writev(buffers);
  } finally {
    await file.close();
  }
}
