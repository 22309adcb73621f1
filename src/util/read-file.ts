import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Why a file was not read; `what` completes "<file> …" in a message. */
export class FileProblem extends Error {
  override name = 'FileProblem';
  constructor(
    readonly kind: 'missing' | 'directory' | 'not-regular' | 'too-large' | 'unreadable',
    readonly what: string,
  ) {
    super(what);
  }
}

/**
 * Reads a file only if it is a regular file (a symlink is followed to its target), and never more
 * than `maxBytes`, counted while reading: a FIFO would hang the step, and `/dev/zero` reports size
 * 0 yet never ends. The open does not block (O_NONBLOCK), so a FIFO is refused rather than waited on.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileProblem('missing', 'does not exist');
    if (code === 'EISDIR') throw new FileProblem('directory', 'is a directory');
    throw new FileProblem('unreadable', `cannot be read (${code ?? 'error'})`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new FileProblem('directory', 'is a directory');
    if (!stat.isFile()) throw new FileProblem('not-regular', `is not a regular file (it is ${specialKind(stat)})`);
    // The first buffer holds the size fstat gives and one byte more, so that the usual file is read
    // into one buffer; one that grows, or says 0 as some system files do, is read on in 64 KB buffers.
    const chunks: Buffer[] = [];
    let chunk = Buffer.allocUnsafe(Math.min(stat.size + 1, maxBytes + 1));
    let used = 0;
    let total = 0;
    for (;;) {
      if (used === chunk.length) {
        chunks.push(chunk);
        chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
        used = 0;
      }
      const read = readSync(fd, chunk, used, chunk.length - used, null);
      if (read === 0) break;
      used += read;
      total += read;
      if (total > maxBytes) throw new FileProblem('too-large', `is over ${formatBytes(maxBytes)}`);
    }
    chunks.push(chunk.subarray(0, used));
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem('unreadable', `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Text as its byte-order mark says (UTF-8, UTF-16 LE or BE, the mark dropped), else UTF-8;
 * undefined when the bytes are not valid in that encoding, or hold NUL (as UTF-16 read as UTF-8 does).
 */
export function decodeText(bytes: Buffer): string | undefined {
  const text = decodeBytes(bytes);
  return text?.includes('\0') ? undefined : text;
}

function decodeBytes(bytes: Buffer): string | undefined {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      // Swapped to little-endian: TextDecoder's utf-16be needs full ICU, which some Node builds lack.
      const swapped = Buffer.from(bytes.subarray(2));
      if (swapped.length % 2) return undefined;
      return new TextDecoder('utf-16le', { fatal: true }).decode(swapped.swap16());
    }
    // TextDecoder drops a UTF-8 mark itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function specialKind(stat: ReturnType<typeof fstatSync>): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : `${Math.round(bytes / 1024)} KB`;
