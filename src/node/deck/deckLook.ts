import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { localized, type Localized } from '../../core/messages/localize';
import type { TemplateLook } from '../../core/docxTemplate/theme';
import type { Language } from '../../core/model';

/**
 * How the deck looks: colours, fonts and logo. From the Word template's theme when a template is
 * set, else from the `presales.export.deck.*` settings (the CLI's --deck-* flags), else defaults.
 */
export interface DeckLook {
  /** Titles, table headers, zone borders, critical bars (hex RGB, no '#'). */
  accent: string;
  text: string;
  muted: string;
  zoneFill: string;
  barFill: string;
  milestone: string;
  /** Latin font of every run. */
  font: string;
  /** East Asian font of every run (`a:ea`): CJK text is drawn in it. */
  eaFont: string;
  logo?: DeckLogo;
}

export interface DeckLogo {
  /** `image/png;base64,...` as pptxgenjs takes it. */
  dataUrl: string;
  /** Pixels, for the aspect ratio. */
  width: number;
  height: number;
}

export interface DeckLookSettings {
  /** `#1F4E79` or `1F4E79`. */
  accentColor?: string;
  font?: string;
  eaFont?: string;
  /** Absolute, or relative to `baseDir`. */
  logoPath?: string;
  baseDir?: string;
}

export class DeckLookError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
    this.name = 'DeckLookError';
  }
}

const DEFAULT_ACCENT = '1F4E79';
const DEFAULT_FONT: Record<Language, string> = { en: 'Calibri', 'zh-CN': 'Microsoft YaHei' };
const DEFAULT_EA_FONT = 'Microsoft YaHei';

/**
 * What the user set explicitly (settings or flags) wins; then the Word template's theme (accent 1,
 * the body font, its East Asian face, the header's logo); then the defaults.
 */
export async function resolveDeckLook(
  settings: DeckLookSettings,
  lang: Language,
  template?: TemplateLook,
): Promise<DeckLook> {
  const accent = settings.accentColor?.trim()
    ? parseColour(settings.accentColor)
    : (template?.colors.accent1 ?? DEFAULT_ACCENT);
  const font = cleanFont(settings.font) ?? cleanFont(template?.fonts.minorLatin) ?? DEFAULT_FONT[lang];
  const eaFont =
    cleanFont(settings.eaFont) ??
    cleanFont(template?.fonts.minorEastAsia) ??
    (lang === 'zh-CN' ? DEFAULT_FONT['zh-CN'] : DEFAULT_EA_FONT);
  const logo = settings.logoPath?.trim()
    ? await readLogo(settings.logoPath.trim(), settings.baseDir)
    : template?.logo
      ? templateLogo(template.logo.bytes)
      : undefined;
  return {
    accent,
    text: '1F2937',
    muted: '6B7280',
    zoneFill: mix(accent, 0.93),
    barFill: mix(accent, 0.55),
    milestone: 'C2410C',
    font,
    eaFont,
    ...(logo ? { logo } : {}),
  };
}

function parseColour(value: string | undefined): string {
  const v = value?.trim();
  if (!v) return DEFAULT_ACCENT;
  const m = /^#?([0-9a-fA-F]{6})$/.exec(v);
  if (!m?.[1])
    throw new DeckLookError(
      localized(
        `the deck's accent colour '${v}' is not a colour like #1F4E79 (presales.export.deck.accentColor or --deck-accent)`,
        `演示文稿的强调色“${v}”不是 #1F4E79 这样的颜色（presales.export.deck.accentColor 或 --deck-accent）`,
      ),
    );
  return m[1].toUpperCase();
}

/** A font name goes into XML attributes: no control characters, no quotes, a sane length. */
function cleanFont(value: string | undefined): string | undefined {
  const v = value?.replace(/[\u0000-\u001f"<>&]/g, '').trim();
  return v ? v.slice(0, 64) : undefined;
}

/** Lightens `hex` towards white by `amount` (0..1). */
function mix(hex: string, amount: number): string {
  const n = parseInt(hex, 16);
  const ch = (shift: number): string =>
    Math.round(((n >> shift) & 255) + (255 - ((n >> shift) & 255)) * amount)
      .toString(16)
      .padStart(2, '0');
  return `${ch(16)}${ch(8)}${ch(0)}`.toUpperCase();
}

/** The template's header picture, when it is one a slide can show (PNG or JPEG; an SVG or EMF is left out). */
function templateLogo(bytes: Uint8Array): DeckLogo | undefined {
  const size = imageSize(bytes);
  if (!size) return undefined;
  return {
    dataUrl: `${size.mime};base64,${Buffer.from(bytes).toString('base64')}`,
    width: size.width,
    height: size.height,
  };
}

async function readLogo(file: string, baseDir: string | undefined): Promise<DeckLogo> {
  const full = path.resolve(baseDir ?? process.cwd(), file);
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch (e: unknown) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new DeckLookError(
      localized(`cannot read the deck's logo ${full}: ${reason}`, `无法读取演示文稿的徽标 ${full}：${reason}`),
    );
  }
  const size = imageSize(bytes);
  if (!size)
    throw new DeckLookError(
      localized(`the deck's logo ${full} is not a PNG or JPEG image`, `演示文稿的徽标 ${full} 不是 PNG 或 JPEG 图片`),
    );
  return { dataUrl: `${size.mime};base64,${bytes.toString('base64')}`, width: size.width, height: size.height };
}

/** Width and height from a PNG's IHDR or a JPEG's first SOF marker; undefined for anything else. */
export function imageSize(bytes: Uint8Array): { mime: string; width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length > 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(12) === 0x49484452) {
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    return width > 0 && height > 0 ? { mime: 'image/png', width, height } : undefined;
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return undefined;
      const marker = bytes[i + 1] ?? 0;
      const length = view.getUint16(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const height = view.getUint16(i + 5);
        const width = view.getUint16(i + 7);
        return width > 0 && height > 0 ? { mime: 'image/jpeg', width, height } : undefined;
      }
      i += 2 + length;
    }
  }
  return undefined;
}
