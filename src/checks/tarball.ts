import { once } from 'node:events';
import { posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import * as tar from 'tar-stream';

/** What listing a `.tar.gz` found: entries are never extracted, only named. */
export interface TarListing {
  /** Regular files and links, normalised (no leading `./`), in archive order (capped at MAX_LISTED). */
  files: string[];
  fileCount: number;
  /** Entries whose name or link target leaves the archive root (`../x`, `/etc/x`). */
  unsafeEntries: string[];
  /** Set when the stream is not a gzip-compressed tar or is corrupt; names the entry reached. */
  error: string | null;
}

/** How many names the facts keep; the count and the required-file check see them all. */
export const MAX_LISTED = 1000;

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Lists a gzip-compressed tar fed chunk by chunk (so the same bytes can be hashed on the way),
 * with backpressure, never holding more than a chunk. Errors are recorded, never thrown: the
 * caller goes on hashing and reports `error`.
 */
export class TarLister {
  private readonly gunzip = createGunzip();
  private readonly extract = tar.extract();
  private readonly done: Promise<void>;
  private failure: string | null = null;
  private started = false;
  private entries = 0;
  private lastEntry: string | null = null;
  private readonly files: string[] = [];
  private fileCount = 0;
  private readonly unsafe: string[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly label: string,
    private readonly wanted: ReadonlySet<string>,
  ) {
    this.extract.on('entry', (header, stream, next) => {
      this.entries++;
      this.onEntry(header);
      stream.on('end', () => next());
      stream.on('error', (err: Error) => next(err));
      stream.resume();
    });
    this.done = pipeline(this.gunzip, this.extract).then(
      () => undefined,
      (err: unknown) => this.fail(err),
    );
  }

  async write(chunk: Buffer): Promise<void> {
    if (!this.started) {
      this.started = true;
      if (chunk.length < 2 || chunk[0] !== GZIP_MAGIC[0] || chunk[1] !== GZIP_MAGIC[1]) {
        const head = [...chunk.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
        this.failure = `${this.label}: not a gzip file (starts with bytes ${head || '(none)'}; expected 1f 8b): a .tar.gz is needed to list its files`;
        this.gunzip.destroy();
        return;
      }
    }
    if (this.failure || this.gunzip.destroyed) return;
    if (!this.gunzip.write(chunk)) {
      await Promise.race([once(this.gunzip, 'drain').catch(() => undefined), this.done]);
    }
  }

  async end(): Promise<TarListing> {
    if (!this.started && !this.failure) this.failure = `${this.label}: the file is empty: not a .tar.gz`;
    if (!this.failure && !this.gunzip.destroyed) this.gunzip.end();
    else this.gunzip.destroy();
    await this.done;
    return {
      files: this.files,
      fileCount: this.fileCount,
      unsafeEntries: this.unsafe,
      error: this.failure,
    };
  }

  /** Which of the wanted names were present. */
  found(): ReadonlySet<string> {
    return this.seen;
  }

  private onEntry(header: tar.Header): void {
    const name = normaliseEntry(header.name);
    this.lastEntry = header.name;
    if (escapesRoot(header.name)) this.unsafe.push(header.name);
    if (header.type === 'symlink' && header.linkname) {
      const target = posix.join(posix.dirname(name), header.linkname);
      if (header.linkname.startsWith('/') || escapesRoot(target)) {
        this.unsafe.push(`${header.name} -> ${header.linkname}`);
      }
    }
    const isFile =
      header.type === 'file' ||
      header.type === 'contiguous-file' ||
      header.type === 'link' ||
      header.type === 'symlink';
    if (!isFile) return;
    this.fileCount++;
    if (this.files.length < MAX_LISTED) this.files.push(name);
    if (this.wanted.has(name)) this.seen.add(name);
  }

  private fail(err: unknown): void {
    if (this.failure) return;
    const raw = err instanceof Error ? err.message : String(err);
    const where =
      this.lastEntry === null ? 'before the first entry' : `after entry ${this.entries} (${this.lastEntry})`;
    let what = raw;
    if ((err as NodeJS.ErrnoException)?.code === 'Z_BUF_ERROR' || /unexpected end/i.test(raw)) {
      what = 'the archive is truncated';
    } else if (/incorrect header check|invalid/i.test(raw)) {
      what = `corrupt archive: ${raw}`;
    }
    this.failure = `${this.label}: ${what} ${where}`;
  }
}

/** `./code/inference.py` and `code//inference.py` → `code/inference.py`. */
export function normaliseEntry(name: string): string {
  let n = posix.normalize(name.replace(/\\/g, '/'));
  while (n.startsWith('./')) n = n.slice(2);
  if (n.endsWith('/')) n = n.slice(0, -1);
  return n;
}

function escapesRoot(name: string): boolean {
  if (name.startsWith('/') || /^[A-Za-z]:[\\/]/.test(name)) return true;
  const n = posix.normalize(name.replace(/\\/g, '/'));
  return n === '..' || n.startsWith('../');
}
