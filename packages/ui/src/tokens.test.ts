import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Colour tokens declared in :root of styles/tokens.css. */
const css = readFileSync(new URL('./styles/tokens.css', import.meta.url), 'utf8');
const tokens = new Map(
  [...css.matchAll(/--rf-color-([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1] ?? '', m[2] ?? '']),
);

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function token(name: string): string {
  const value = tokens.get(name);
  if (!value) throw new Error(`no colour token --rf-color-${name}`);
  return value;
}

/** [foreground, background] pairs as the styles use them. */
const text: Array<[string, string]> = [
  ['text', 'bg'],
  ['text', 'bg-alt'],
  ['text', 'bg-accent'],
  ['text-muted', 'bg'],
  ['text-muted', 'bg-alt'],
  ['text-muted', 'neutral-bg'],
  ['link', 'bg'],
  ['link', 'bg-alt'],
  ['link-hover', 'bg'],
  ['primary', 'bg'],
  ['primary', 'bg-accent'],
  ['on-primary', 'primary'],
  ['on-primary', 'primary-hover'],
  ['on-danger', 'danger'],
  ['on-danger', 'danger-hover'],
  ['error', 'bg'],
  ['info', 'info-bg'],
  ['success', 'success-bg'],
  ['warning', 'warning-bg'],
  ['error', 'error-bg'],
  ['neutral', 'neutral-bg'],
  ['text', 'info-bg'],
  ['text', 'success-bg'],
  ['text', 'warning-bg'],
  ['text', 'error-bg'],
];

const ui: Array<[string, string]> = [
  ['border-strong', 'bg'],
  ['focus', 'bg'],
  ['focus', 'bg-alt'],
  ['focus', 'bg-accent'],
  ['error', 'bg'],
  ['primary', 'bg'],
  ['info', 'info-bg'],
  ['success', 'success-bg'],
  ['warning', 'warning-bg'],
  ['error', 'error-bg'],
];

describe('colour tokens', () => {
  it.each(text)('text %s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrast(token(fg), token(bg))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(ui)('interface %s on %s reaches 3:1', (fg, bg) => {
    expect(contrast(token(fg), token(bg))).toBeGreaterThanOrEqual(3);
  });
});
