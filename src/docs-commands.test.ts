/**
 * Every command the README and docs/ show must exist as written: an `npm run <script>` names a script of
 * package.json, and every `--option` given to `npm start -- …`, `npm run <script> -- …` or one of the
 * package's bins appears in that command's own `--help`. A renamed option or script fails here, not in a
 * newcomer's terminal. (Whether a recipe also *succeeds* is proven by the recipe tests beside each door.)
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  bin: Record<string, string>;
};

const docs = ['README.md', 'fixtures/README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

export interface DocumentedCommand {
  file: string;
  /** `start`, a script name, or a bin name prefixed with `bin:`. */
  command: string;
  options: string[];
}

/** Folds continued lines (`\` at the end, YAML `run: >` blocks) so a command is one line. */
function logicalLines(block: string): string[] {
  const lines = block.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const folded = /^(\s*)(?:-\s+)?run:\s*>-?\s*$/.exec(line);
    if (folded) {
      const indent = folded[1]!.length;
      const parts: string[] = [];
      while (i + 1 < lines.length && (lines[i + 1]!.trim() === '' || lines[i + 1]!.search(/\S/) > indent)) parts.push(lines[++i]!.trim());
      out.push(parts.join(' '));
      continue;
    }
    while (line.trimEnd().endsWith('\\') && i + 1 < lines.length) line = `${line.trimEnd().slice(0, -1)} ${lines[++i]!.trim()}`;
    out.push(line);
  }
  return out;
}

/** Commands in fenced blocks and in inline code spans. */
export function documentedCommands(file: string, markdown: string): DocumentedCommand[] {
  const snippets = [
    ...[...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].flatMap((m) => logicalLines(m[1]!)),
    ...[...markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!),
  ];
  const bins = Object.keys(manifest.bin).join('|');
  const pattern = new RegExp(`(?:^|[\\s(;&|$])(?:npm (start|run ([\\w:.-]+))|(?:npx )?(${bins}))((?: [^#;&|)]*)?)`, 'g');
  const found: DocumentedCommand[] = [];
  for (const snippet of snippets) {
    for (const m of snippet.matchAll(pattern)) {
      const command = m[1] === 'start' ? 'start' : m[2] ?? `bin:${m[3]}`;
      let rest = m[4] ?? '';
      // npm passes options to the script only after `--`; a bin takes them directly.
      if (!command.startsWith('bin:')) rest = rest.includes(' -- ') || rest.startsWith(' --') ? rest.slice(rest.indexOf('--') + 2) : '';
      const options = [...rest.matchAll(/(?:^|\s)(--[a-z][\w-]*)/g)].map((o) => o[1]!);
      found.push({ file, command, options });
    }
  }
  return found;
}

const commands = docs.flatMap((file) => documentedCommands(file, readFileSync(join(root, file), 'utf8')));

/** The node command line a script or bin runs (`node <file> <args…>`), or undefined when it is not one. */
function nodeCommand(command: string): string[] | undefined {
  if (command.startsWith('bin:')) {
    const bin = manifest.bin[command.slice(4)]!;
    // The bins run dist/…js; the same CLI from source is the .ts beside the source path.
    return [bin.replace(/^dist\//, '').replace(/\.js$/, '.ts')];
  }
  const script = command === 'start' ? manifest.scripts.start : manifest.scripts[command];
  const words = script?.split(/\s+/);
  if (!words || words[0] !== 'node' || words.some((w) => /[&|;=]/.test(w))) return undefined;
  return words.slice(1);
}

const helpCache = new Map<string, Promise<string>>();
function helpOf(command: string): Promise<string> {
  let help = helpCache.get(command);
  if (!help) {
    const args = nodeCommand(command)!;
    help = run(process.execPath, [...args, '--help'], { cwd: root, timeout: 20_000 }).then(({ stdout, stderr }) => `${stdout}${stderr}`);
    helpCache.set(command, help);
  }
  return help;
}

describe('commands shown in README.md and docs/', () => {
  it('finds the documented commands', () => {
    expect(commands.map((c) => c.command)).toEqual(expect.arrayContaining(['start', 'contract']));
    expect(commands.some((c) => c.command === 'contract' && c.options.includes('--base-url'))).toBe(true);
  });

  it('names only scripts that package.json has', () => {
    const missing = commands.filter((c) => c.command !== 'start' && !c.command.startsWith('bin:') && !(c.command in manifest.scripts));
    expect(missing.map((c) => `${c.file}: npm run ${c.command}`)).toEqual([]);
  });

  const withOptions = [...new Set(commands.filter((c) => c.options.length > 0).map((c) => c.command))];
  it.each(withOptions)('passes %s only options its --help lists', async (command) => {
    expect(nodeCommand(command), `${command} is a plain node script, so its --help can be read`).toBeDefined();
    const help = await helpOf(command);
    expect(help, `${command} --help`).toMatch(/usage/i);
    const unknown = commands
      .filter((c) => c.command === command)
      .flatMap((c) => c.options.filter((option) => !new RegExp(`${option}(?![\\w-])`).test(help)).map((option) => `${relative(root, join(root, c.file))}: ${option}`));
    expect(unknown).toEqual([]);
  }, 30_000);
});
