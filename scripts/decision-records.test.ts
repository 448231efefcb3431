// Decision records (docs/decisions) are dated, carry a status, and say which later record changed them: an
// earlier record's status names the records that superseded, amended or extended it, and the later record's
// status names it back ("supersedes …", "amends …", "extends …"), so a reader of either finds the other.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'decisions');
const STATES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded by'];

interface DecisionRecord {
  file: string;
  number: string;
  lines: string[];
  title: string | undefined;
  date: string | undefined;
  /** The `- Status:` item with its indented continuation lines, joined. */
  status: string | undefined;
}

function read(file: string): DecisionRecord {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const end = lines.findIndex((line) => line.startsWith('## '));
  const header = lines.slice(0, end === -1 ? lines.length : end);
  const date = header.find((line) => line.startsWith('- Date:'));
  const statusAt = header.findIndex((line) => line.startsWith('- Status:'));
  let status: string | undefined;
  if (statusAt !== -1) {
    const parts = [header[statusAt] ?? ''];
    for (const line of header.slice(statusAt + 1)) {
      if (!/^\s{2,}\S/.test(line)) break;
      parts.push(line.trim());
    }
    status = parts.join(' ').replace(/^- Status:\s*/, '');
  }
  return {
    file,
    number: file.slice(0, 3),
    lines,
    title: lines[0],
    date: date?.replace(/^- Date:\s*/, ''),
    status,
  };
}

/**
 * The three-digit record numbers a keyword governs: from the keyword to the end of its clause (a `.` or `;`,
 * or the closing parenthesis of the aside it sits in), leaving out numbers inside nested asides —
 * "amended by 036 (share links expire) and 038 (…)" gives 036 and 038.
 */
function referencesAfter(text: string, keyword: RegExp): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(new RegExp(keyword.source, 'gi'))) {
    let depth = 0;
    let clause = '';
    for (const char of text.slice((match.index ?? 0) + match[0].length)) {
      if (char === '(') depth++;
      else if (char === ')') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (char === '.' || char === ';')) break;
      else if (depth === 0) clause += char;
    }
    found.push(...(clause.match(/\b\d{3}\b/g) ?? []));
  }
  return found;
}

const files = readdirSync(dir)
  .filter((file) => file.endsWith('.md'))
  .sort();
const records = files.map(read);
const byNumber = new Map(records.map((record) => [record.number, record]));

const REPLACED = /\b(?:superseded|amended) by\b/;
const REPLACES = /\b(?:supersedes|amends)\b/;
const EXTENDED = /\bextended by\b/;
const EXTENDS = /\bextends\b/;

describe('decision records', () => {
  it('exist', () => {
    expect(records.length).toBeGreaterThan(0);
  });

  it('are named NNN-words.md, one per number', () => {
    for (const file of files) expect(file).toMatch(/^\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
    expect(new Set(records.map((record) => record.number)).size).toBe(records.length);
  });

  it.each(records.map((record) => [record.file, record] as const))(
    '%s has its title, date and status',
    (_f, record) => {
      expect(record.title).toMatch(new RegExp(`^# ${record.number} — \\S`));
      expect(record.date, '- Date: YYYY-MM-DD').toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(`${record.date}T00:00:00Z`))).toBe(false);
      expect(new Date(`${record.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(record.date);
      expect(record.status, '- Status: accepted | proposed | … | superseded by NNN').toBeDefined();
      const state = STATES.find((s) => record.status?.toLowerCase().startsWith(s));
      expect(state, `status "${record.status}" starts with one of ${STATES.join(', ')}`).toBeDefined();
      if (state === 'superseded by') expect(record.status).toMatch(/^superseded by \d{3}\b/i);
    },
  );

  it('are dated in the order of their numbers', () => {
    const dated = records.filter((record) => record.date);
    for (const [i, record] of dated.entries()) {
      const previous = dated[i - 1];
      if (previous?.date && record.date) expect(record.date >= previous.date, record.file).toBe(true);
    }
  });

  it.each(records.map((record) => [record.file, record] as const))(
    '%s: each record it says changed it exists, is later, and names it back',
    (_f, record) => {
      const status = record.status ?? '';
      for (const [forward, backward] of [
        [REPLACED, REPLACES],
        [EXTENDED, EXTENDS],
      ] as const) {
        for (const number of referencesAfter(status, forward)) {
          const later = byNumber.get(number);
          expect(later, `${record.file}: "${forward.source} ${number}" names no record`).toBeDefined();
          expect(number > record.number, `${record.file}: ${number} is not later`).toBe(true);
          expect(
            referencesAfter(later?.status ?? '', backward),
            `${later?.file}'s status should say it ${backward.source.replaceAll('\\b', '')} ${record.number}`,
          ).toContain(record.number);
        }
      }
    },
  );

  it.each(records.map((record) => [record.file, record] as const))(
    '%s: each record it says it changes exists, is earlier, and names it back',
    (_f, record) => {
      const status = record.status ?? '';
      for (const [backward, forward] of [
        [REPLACES, REPLACED],
        [EXTENDS, EXTENDED],
      ] as const) {
        for (const number of referencesAfter(status, backward)) {
          const earlier = byNumber.get(number);
          expect(earlier, `${record.file}: "${backward.source} ${number}" names no record`).toBeDefined();
          expect(number < record.number, `${record.file}: ${number} is not earlier`).toBe(true);
          expect(
            referencesAfter(earlier?.status ?? '', forward),
            `${earlier?.file}'s status should say it was ${forward.source.replaceAll('\\b', '')} ${record.number}`,
          ).toContain(record.number);
        }
      }
    },
  );
});

describe('referencesAfter', () => {
  it('reads the numbers of the clause, not those of its asides', () => {
    const status = 'accepted (issue 6); amended by 036 (a change; 200 rows) and 038 (more). Builds on 024';
    expect(referencesAfter(status, REPLACED)).toEqual(['036', '038']);
    expect(referencesAfter('accepted (issue 14; extends 015 a, 017 b, 040 "c")', EXTENDS)).toEqual([
      '015',
      '017',
      '040',
    ]);
    expect(referencesAfter('accepted (extends 014, the job queue; issue 14, "x")', EXTENDS)).toEqual(['014']);
  });
});
