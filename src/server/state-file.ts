/**
 * `npm start -- --state <file>` (docs/behaviour.md#state): the mock's state in a file, so a restart keeps
 * every session and every browser's token. Read once at start (a file that cannot be read as a state of
 * this version stops the start with one line and is left as it is; so does a folder the mock cannot
 * write into); written after each change, at most every `SAVE_AFTER_MS`, and once more on shutdown.
 * Each write replaces the file whole (a temporary file next to it, then a rename), so a crash mid-write
 * never leaves half a state; temporary files a killed save left behind are removed at start.
 * The file holds the signing key and the fixture passwords: it keeps its mode, 0600 when created.
 * A failed save is reported in one line on stderr and retried with the next change and at shutdown;
 * `flush()` rejects when the last try fails, so the CLI can exit 1.
 */
import { constants } from 'node:fs';
import { access, chmod, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../cli/command-line.ts';
import type { MockCore } from '../handlers/index.ts';

/** Changes come with every request; a burst is saved once, this long after it began. */
const SAVE_AFTER_MS = 200;
/** A new state file is readable by its owner only: it holds the signing key and passwords. */
const NEW_FILE_MODE = 0o600;

export interface StateFile {
  /**
   * The saved value, or undefined when there is no file yet. Checks that the folder can be written and
   * removes stale temporary files of earlier saves. Throws a `UsageError` naming the problem.
   */
  read(): Promise<unknown>;
  /** Starts saving `core`'s state from now on. */
  attach(core: MockCore): void;
  /** To pass as the core's `onChange`. */
  changed(): void;
  /** Saves now, if anything changed since the last successful save; rejects with one line when it cannot. */
  flush(): Promise<void>;
}

function reason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

export function createStateFile(path: string): StateFile {
  const folder = dirname(path);
  const name = basename(path);
  /** `<name>.<pid>.tmp`: the one pattern this module writes (and so the one it may remove). */
  const isOurTemporary = (file: string) => file.startsWith(`${name}.`) && /^\.\d+\.tmp$/.test(file.slice(name.length));
  let core: MockCore | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let failed = false;
  let writing: Promise<void> = Promise.resolve();

  async function save(): Promise<void> {
    if (!core || !dirty) return;
    // @note The flag is cleared before the snapshot (a change during the write marks it again) and set
    // back when the write fails, so a failed save is retried, never forgotten.
    dirty = false;
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      const mode = await stat(path).then(
        (s) => s.mode & 0o777,
        () => NEW_FILE_MODE,
      );
      await writeFile(temporary, `${JSON.stringify(await core.snapshot(), null, 2)}\n`, { mode });
      // writeFile's mode is filtered by the umask; the saved file must have exactly this one.
      await chmod(temporary, mode);
      await rename(temporary, path);
      if (failed) process.stderr.write(`portos-mock: saved the state to ${path} again.\n`);
      failed = false;
    } catch (error) {
      dirty = true;
      failed = true;
      await rm(temporary, { force: true }).catch(() => undefined);
      throw new Error(`portos-mock: cannot save the state to ${path} (${reason(error)}); it is retried with the next change and at shutdown.`);
    }
  }

  const queueSave = (): Promise<void> => {
    writing = writing.then(save, save);
    return writing;
  };

  return {
    async read() {
      try {
        await access(folder, constants.W_OK);
      } catch (error) {
        throw new UsageError(`--state: cannot write into the folder ${folder} (${reason(error)}); create it or choose another file.`);
      }
      const stale = await readdir(folder).catch(() => [] as string[]);
      await Promise.all(stale.filter(isOurTemporary).map((file) => rm(join(folder, file), { force: true }).catch(() => undefined)));
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new UsageError(`--state: cannot read ${path} (${reason(error)}).`);
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
        // One line when saving starts to fail (not one per request while it keeps failing), one when it
        // works again; the next change (or the shutdown) tries again.
        const wasFailing = failed;
        void queueSave().catch((error: unknown) => {
          if (!wasFailing) process.stderr.write(`${(error as Error).message}\n`);
        });
      }, SAVE_AFTER_MS);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await queueSave();
    },
  };
}
