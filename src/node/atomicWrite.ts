import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file so that readers only ever see the old file or the complete new one: the bytes go
 * to a temporary file in the same folder (same file system, so the rename is atomic), are flushed
 * to disk, and only then is it renamed over the target. On any failure the temporary file is
 * removed and the error is rethrown; the target is untouched.
 */
export type FileContent = string | Uint8Array | AsyncIterable<Uint8Array>;

export async function writeFileAtomic(target: string, content: FileContent): Promise<number> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let bytes = 0;
  const handle = await open(temp, 'wx');
  try {
    try {
      if (typeof content === 'string' || content instanceof Uint8Array) {
        const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        await handle.writeFile(data);
        bytes = data.byteLength;
      } else {
        for await (const chunk of content) {
          await handle.write(chunk);
          bytes += chunk.byteLength;
        }
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    return bytes;
  } catch (e: unknown) {
    await unlink(temp).catch((cleanup: unknown) => {
      // The temporary file may already be gone (renamed or never fully created); report anything else.
      if (!(cleanup instanceof Error && 'code' in cleanup && cleanup.code === 'ENOENT'))
        process.emitWarning(`could not remove ${temp}: ${String(cleanup)}`);
    });
    throw e;
  }
}
