/**
 * `npm start -- --state <file>` (docs/behaviour.md#state): the mock's state in a file, so a restart keeps
 * every session and every browser's token. Read once at start (a file that cannot be read as a state of
 * this version stops the start with one line and is left as it is); written after each change, at most
 * every `SAVE_AFTER_MS`, and once more on shutdown. Each write replaces the file whole (a temporary file,
 * then a rename), so a crash mid-write never leaves half a state.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { UsageError } from '../cli/command-line.ts';
import type { MockCore } from '../handlers/index.ts';

/** Changes come with every request; a burst is saved once, this long after it began. */
const SAVE_AFTER_MS = 200;

export interface StateFile {
  /** The saved value, or undefined when there is no file yet. Throws a `UsageError` naming the problem. */
  read(): Promise<unknown>;
  /** Starts saving `core`'s state from now on. */
  attach(core: MockCore): void;
  /** To pass as the core's `onChange`. */
  changed(): void;
  /** Saves now, if anything changed since the last save. */
  flush(): Promise<void>;
}

export function createStateFile(path: string): StateFile {
  let core: MockCore | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let writing: Promise<void> = Promise.resolve();

  async function save(): Promise<void> {
    if (!core || !dirty) return;
    dirty = false;
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(await core.snapshot(), null, 2)}\n`);
    await rename(temporary, path);
  }

  const queueSave = (): Promise<void> => {
    writing = writing.then(save, save);
    return writing;
  };

  return {
    async read() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new UsageError(`--state: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
      }
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        throw new UsageError(`--state: ${path} is not valid JSON (${(error as Error).message.replace(/\.$/, '')}); it was left as it is.`);
      }
    },
    attach(next) {
      core = next;
    },
    changed() {
      dirty = true;
      timer ??= setTimeout(() => {
        timer = undefined;
        void queueSave().catch((error: unknown) => process.stderr.write(`portos-mock: cannot save the state to ${path}: ${(error as Error).message}\n`));
      }, SAVE_AFTER_MS);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await queueSave();
    },
  };
}
