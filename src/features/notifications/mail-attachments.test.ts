import { describe, expect, it } from 'vitest';
import type { MailAttachment } from '../../db/schema.ts';
import { attachmentsOf, MAX_DIGEST_CALENDAR_FILES } from './mail-attachments.ts';

const file = (filename: string, content: string): MailAttachment[] => [{ filename, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content }];

describe('the files of a notification mail', () => {
  it('takes the latest file of each thing, in the order the things first appear', () => {
    const { attachments, leftOut } = attachmentsOf([
      { about: '/sessions/a', attachments: file('overleg-a.ics', 'SEQUENCE:0') },
      { about: '/agreements/b', attachments: file('evaluatie-b.ics', 'SEQUENCE:0') },
      { about: '/sessions/a', attachments: file('overleg-a.ics', 'SEQUENCE:1') },
      { about: '/sessions/a', attachments: null },
    ]);
    expect(attachments.map((a) => `${a.filename} ${a.content}`)).toEqual(['overleg-a.ics SEQUENCE:1', 'evaluatie-b.ics SEQUENCE:0']);
    expect(leftOut).toBe(0);
  });

  it('gives no files for items without any', () => {
    expect(attachmentsOf([{ about: '/requests', attachments: null }, { about: '/goals/x', attachments: [] }])).toEqual({ attachments: [], leftOut: 0 });
  });

  it('keeps at most the maximum of things and counts the rest', () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((x) => ({ about: `/sessions/${x}`, attachments: file(`overleg-${x}.ics`, x) }));
    const { attachments, leftOut } = attachmentsOf(items, MAX_DIGEST_CALENDAR_FILES);
    expect(MAX_DIGEST_CALENDAR_FILES).toBe(3);
    expect(attachments.map((a) => a.filename)).toEqual(['overleg-a.ics', 'overleg-b.ics', 'overleg-c.ics']);
    expect(leftOut).toBe(2);
  });

  it('numbers a file name that repeats, so one file does not replace another', () => {
    const { attachments } = attachmentsOf([
      { about: '/sessions/a', attachments: file('overleg-stuurgroep.ics', 'a') },
      { about: '/sessions/b', attachments: file('overleg-stuurgroep.ics', 'b') },
    ]);
    expect(attachments.map((a) => `${a.filename} ${a.content}`)).toEqual(['overleg-stuurgroep.ics a', 'overleg-stuurgroep-2.ics b']);
  });
});
