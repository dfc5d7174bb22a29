/**
 * Reading a customer's RFP file from disk for the importer: the bytes as they are (the file is never
 * written), and for CSV the text decoded here at the edge: a BOM decides (UTF-8, UTF-16 LE/BE);
 * otherwise strict UTF-8, and when that fails GB18030 (what a Chinese Excel writes for
 * "CSV (逗号分隔)"; Node's TextDecoder carries it with the full ICU data).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RfpInput } from '../core/rfp/readRfp';

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

/** The importer's input for a file name and its bytes: CSV text decoded, everything else as bytes. */
export function rfpInputFromBytes(name: string, bytes: Uint8Array): RfpInput {
  const looksText = TEXT_EXTENSIONS.has(path.extname(name).toLowerCase());
  return looksText ? { name, bytes, text: decodeCsvBytes(bytes).text } : { name, bytes };
}

export async function readRfpFile(file: string): Promise<RfpInput> {
  const bytes = new Uint8Array(await readFile(file));
  return rfpInputFromBytes(path.basename(file), bytes);
}
