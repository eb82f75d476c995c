import { createHash } from 'node:crypto';
import { TarLister, type TarListing } from './tarball.js';

export interface ScanResult {
  bytes: number;
  /** Lowercase hex, when hashing was asked for. */
  sha256: string | null;
  listing: TarListing | null;
  /** Which of the wanted entry names the archive holds. */
  found: ReadonlySet<string>;
}

/**
 * One streamed pass over the artifact's bytes: sha256 (node:crypto) and, when asked, the entry
 * names of a `.tar.gz` — never holding more than one chunk.
 */
export async function scanArtifact(
  source: AsyncIterable<Uint8Array>,
  options: { hash: boolean; list: boolean; label: string; wanted: ReadonlySet<string> },
): Promise<ScanResult> {
  const hash = options.hash ? createHash('sha256') : null;
  const lister = options.list ? new TarLister(options.label, options.wanted) : null;
  let bytes = 0;
  for await (const raw of source) {
    const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    bytes += chunk.length;
    hash?.update(chunk);
    if (lister) await lister.write(chunk);
  }
  const listing = lister ? await lister.end() : null;
  return {
    bytes,
    sha256: hash ? hash.digest('hex') : null,
    listing,
    found: lister ? lister.found() : new Set(),
  };
}
