import { describe, expect, it } from 'vitest';
import { checkSpans, sliceCodePoints, validateRecord } from '../../src/emit/validate.js';
import type { OutputRecord } from '../../src/schema/document.js';
import { handRecord } from '../cli/helpers.js';

const errorRec = { schema: 'plan-extract/error@1', source: { path: 'a.pdf', sha256: null, format: 'pdf' }, error: { code: 'PDF_CORRUPT', message: 'bad xref' } };

describe('validateRecord', () => {
  it('accepts a document record', () => expect(validateRecord(handRecord()).ok).toBe(true));
  it('accepts an error record', () => expect(validateRecord(errorRec).ok).toBe(true));
  it('rejects a missing schema field', () => {
    const r = validateRecord({ type: 'work_plan' });
    expect(r.ok === false && r.message.startsWith('no "schema" field')).toBe(true);
  });
  it('rejects an unknown schema', () => {
    const r = validateRecord({ schema: 'plan-extract/document@2' });
    expect(r.ok === false && r.message.startsWith('unknown schema "plan-extract/document@2"')).toBe(true);
  });
  it('rejects a non-object', () => expect(validateRecord('x').ok).toBe(false));
  it('rejects null', () => expect(validateRecord(null).ok).toBe(false));
  it('names the path of a bad field', () => {
    const r = validateRecord({ ...handRecord(), script: 'latin' });
    expect(r.ok === false && r.message.includes('→ at script')).toBe(true);
  });
  it('rejects a summary field set on a work plan type', () => {
    const { goals: _g, tasks: _t, timeline: _tl, ...rest } = handRecord();
    expect(validateRecord({ ...rest, type: 'work_plan' }).ok).toBe(false);
  });
  it('rejects an error record with a lower-case code', () =>
    expect(validateRecord({ ...errorRec, error: { code: 'pdf_corrupt', message: 'x' } }).ok).toBe(false));
  it('does not throw on a cyclic-free deep garbage object', () =>
    expect(validateRecord({ schema: 'plan-extract/document@1', sections: [{ children: [{}] }] }).ok).toBe(false));
});

describe('sliceCodePoints', () => {
  it('counts an astral character as one', () => expect(sliceCodePoints(Array.from('a𠀀b'), [1, 2])).toBe('𠀀'));
  it('plain slice', () => expect(sliceCodePoints(Array.from('工作计划'), [2, 4])).toBe('计划'));
});

describe('checkSpans', () => {
  it('a consistent record has no problems', () => expect(checkSpans(handRecord())).toEqual([]));
  it('an error record has none', () => expect(checkSpans(errorRec as OutputRecord)).toEqual([]));
  it('a record without text is not checked', () => {
    const { text: _t, ...rest } = handRecord();
    expect(checkSpans({ ...rest, metrics: [{ ...handRecord().metrics[0]!, span: [0, 999] }] })).toEqual([]);
  });
  it('a metric whose span does not slice to its text', () => {
    const r = handRecord();
    const problems = checkSpans({ ...r, metrics: [{ ...r.metrics[0]!, span: [21, 29] }] });
    expect(problems).toEqual(['metrics[0]: text.slice(span) is "舍约1200平方", expected "约1200平方米"']);
  });
  it('a date outside the text', () => {
    const r = handRecord();
    expect(checkSpans({ ...r, dates: [{ ...r.dates[0]!, span: [30, 40] }] })).toEqual([
      'dates[0]: span [30, 40] is outside the text (38 code points)',
    ]);
  });
  it('a reversed span', () => {
    const r = handRecord();
    expect(checkSpans({ ...r, dates: [{ ...r.dates[0]!, span: [35, 31] }] })[0]).toContain('outside the text');
  });
  it('a child section outside its parent', () => {
    const r = handRecord();
    const child = { id: '1.1', number: '(一)', level: 2, title: 'x', role: null, span: [10, 20] as [number, number], children: [] };
    expect(checkSpans({ ...r, sections: [{ ...r.sections[0]!, children: [child] }] })).toEqual([
      "sections[0] (section 1).children[0] (section 1.1): span [10, 20] is not inside its parent's [13, 38]",
    ]);
  });
  it('the issue date is checked', () => {
    const r = handRecord();
    expect(checkSpans({ ...r, issued: { text: '2016年', value: '2016', span: [3, 8] } })).toEqual([]);
    expect(checkSpans({ ...r, issued: { text: '2016年', value: '2016', span: [3, 7] } }).length).toBe(1);
  });
  it('spans count code points, not UTF-16 units', () => {
    const r = handRecord();
    const text = `𠀀${r.text ?? ''}`;
    const shifted = { ...r, text, dates: [{ ...r.dates[0]!, span: [32, 36] as [number, number] }], metrics: [], sections: [] };
    expect(checkSpans(shifted)).toEqual([]);
  });
});
