import { describe, expect, it } from 'vitest';
import { scanMarkers } from '../../src/segment/markers.js';

/** style ordinal number context of each candidate. */
function scan(text: string, pageBreaks: readonly number[] = []): string[] {
  return scanMarkers(text, { pageBreaks }).map((c) => `${c.style} ${c.ordinal} ${c.number} ${c.context}`);
}

describe('scanMarkers: styles', () => {
  it('一、', () => expect(scan('一、指导思想')).toEqual(['cn-dun 1 一、 line']));
  it('十二、', () => expect(scan('十二、其他')).toEqual(['cn-dun 12 十二、 line']));
  it('(一) half-width', () => expect(scan('(三)加强领导')).toEqual(['cn-paren 3 (三) line']));
  it('（一） full-width is normalized in number', () => expect(scan('（二）加强领导')).toEqual(['cn-paren 2 (二) line']));
  it('一.', () => expect(scan('一.指导思想')).toEqual(['cn-dot 1 一. line']));
  it('1.', () => expect(scan('1.加强管理')).toEqual(['ar-dot 1 1. line']));
  it('1．full-width period', () => expect(scan('1．加强管理')).toEqual(['ar-dot 1 1. line']));
  it('12、', () => expect(scan('12、加强管理')).toEqual(['ar-dun 12 12、 line']));
  it('(1)', () => expect(scan('(1)加强管理')).toEqual(['ar-paren 1 (1) line']));
  it('1)', () => expect(scan('1)加强管理')).toEqual(['ar-rparen 1 1) line']));
  it('①', () => expect(scan('①集体备课')).toEqual(['circled 1 ① line']));
  it('③', () => expect(scan('③集体备课')).toEqual(['circled 3 ③ line']));
  it('第一阶段', () => expect(scan('第一阶段:宣传发动')).toEqual(['di-阶段 1 第一阶段 line']));
  it('第二部分', () => expect(scan('第二部分 主要任务')).toEqual(['di-部分 2 第二部分 line']));
  it('the span of a candidate covers the marker', () => {
    const c = scanMarkers('前言。(一)加强')[0];
    expect([c?.start, c?.end]).toEqual([3, 6]);
  });
});

describe('scanMarkers: context', () => {
  it('after a line break', () => expect(scan('前言\n二、目标')).toEqual(['cn-dun 2 二、 line']));
  it('after 。', () => expect(scan('前言。二、目标')).toEqual(['cn-dun 2 二、 stop']));
  it('after ;', () => expect(scan('甲;2.乙')).toEqual(['ar-dot 2 2. stop']));
  it('after a colon', () => expect(scan('分为三个阶段:(一)准备')).toEqual(['cn-paren 1 (一) stop']));
  it('after spaces', () => expect(scan('前言 二、目标')).toEqual(['cn-dun 2 二、 space']));
  it('after a closing quote', () => expect(scan('“两基”(一)准备')).toEqual(['cn-paren 1 (一) close']));
  it('after a comma', () => expect(scan('甲,(二)乙')).toEqual(['cn-paren 2 (二) comma']));
  it('mid-sentence', () => expect(scan('主要内容(一)深化')).toEqual(['cn-paren 1 (一) mid']));
  it('after a removed page marker', () => {
    const text = '加大交流力度3.持续推进';
    expect(scan(text, [text.indexOf('3')])).toEqual(['ar-dot 3 3. page']);
  });
  it('inside quotes', () => expect(scanMarkers('落实“1.加强管理”要求')[0]?.quoted).toBe(true));
  it('inside 《》', () => expect(scanMarkers('落实《(一)加强管理》要求')[0]?.quoted).toBe(true));
  it('at a line start even after an unclosed quote', () => expect(scanMarkers('“甲\n1.乙')[0]?.quoted).toBe(false));
  it('line start scores above mid-sentence', () => {
    const [a, b] = scanMarkers('1.甲\n乙2.丙');
    expect((a?.score ?? 0) > (b?.score ?? 0)).toBe(true);
  });
});

describe('scanMarkers: not markers', () => {
  it('3.12万', () => expect(scan('新建3.12万平方米')).toEqual([]));
  it('0.30', () => expect(scan('达到0.30以内')).toEqual([]));
  it('2014.3', () => expect(scan('方案2014.3')).toEqual([]));
  it('2016.5.10', () => expect(scan('时间:2016.5.10')).toEqual([]));
  it('1.2倍', () => expect(scan('增长1.2倍')).toEqual([]));
  it('B1.', () => expect(scan('B1.型号')).toEqual([]));
  it('2014年', () => expect(scan('2014年工作')).toEqual([]));
  it('第二小学', () => expect(scan('第二小学')).toEqual([]));
  it('第一责任人', () => expect(scan('第一责任人')).toEqual([]));
  it('三是', () => expect(scan('三是加强')).toEqual([]));
  it('一、二年级 yields no 一、', () => expect(scan('一、二年级').some((l) => l.startsWith('cn-dun 1'))).toBe(false));
  it('1、2、3年级: only enumeration candidates', () => expect(scan('面向1、2、3年级').every((l) => !l.endsWith('line'))).toBe(true));
  it('1、2 followed by a digit is dropped', () => expect(scan('在1、2月份')).toEqual([]));
  it('统一、规范', () => expect(scan('做到统一、规范')).toEqual([]));
  it('之一、', () => expect(scan('重点之一、也是')).toEqual([]));
  it('(2013)', () => expect(scan('府办发(2013)4号')).toEqual([]));
  it('a marker followed by nothing', () => expect(scan('见附表1.')).toEqual([]));
  it('a marker followed by punctuation', () => expect(scan('第1、,2')).toEqual([]));
  it('一是', () => expect(scan('一是加强管理')).toEqual([]));
  it('a year after 1. is kept (1.2014年8月前)', () => expect(scan('1.2014年8月前')).toEqual(['ar-dot 1 1. line']));
  it('spaced year after 1.', () => expect(scan('1.2 0 1 4年8月前')).toEqual(['ar-dot 1 1. line']));
});

describe('scanMarkers: dates and prefixes', () => {
  it('1、3月份 at a line start is a marker', () => expect(scan('1、3月份召开动员会')).toEqual(['ar-dun 1 1、 line']));
  it('1.3月 at a line start is a marker', () => expect(scan('1.3月完成自查')).toEqual(['ar-dot 1 1. line']));
  it('11.5-6月份 at a line start is a marker before a month range', () => expect(scan('11.5-6月份,将开展专项调研')).toEqual(['ar-dot 11 11. line']));
  it('…but 1.5-2倍 is no marker', () => expect(scan('1.5-2倍')).toEqual([]));
  it('1.3 alone is a decimal', () => expect(scan('增长1.3倍')).toEqual([]));
  it('## 一、 in markdown is at a line start', () => expect(scan('## 一、指导思想')).toEqual(['cn-dun 1 一、 line']));
  it('**(一)** in markdown is at a line start', () => expect(scan('前言\n**(一)加强领导**')).toEqual(['cn-paren 1 (一) line']));
  it('- 1. as a bullet is at a line start', () => expect(scan('- 1.加强管理')).toEqual(['ar-dot 1 1. line']));
  it('-2-3. after an unremoved page marker is not', () => expect(scan('力度-2-3.持续推进')).toEqual(['ar-dot 3 3. mid']));
});

describe('scanMarkers: PDF artifacts', () => {
  it('一 、 with a stray space', () => expect(scan('一 、指导思想')).toEqual(['cn-dun 1 一、 line']));
  it('2 、 with a stray space', () => expect(scan('2 、加强管理')).toEqual(['ar-dun 2 2、 line']));
});

describe('scanMarkers: references', () => {
  it('第(一)项 is a reference', () => expect(scan('按照第(一)项规定')).toEqual([]));
  it('第1.款 is a reference', () => expect(scan('按照第1.款')).toEqual([]));
});

describe('scanMarkers: after a date', () => {
  it('2016年5月一、 glued to a date line', () => expect(scan('汇报2016年5月一、基本情况')).toEqual(['cn-dun 1 一、 mid']));
});

describe('scanMarkers: a number inside a parenthesis a word opened', () => {
  it('值周班(高二(1)班) holds no marker', () => expect(scan('6.值周班(高二(1)班)学生负责纪律考评')).toEqual(['ar-dot 6 6. line']));
  it('a marker after a closed parenthesis is still one', () => expect(scan('加强管理(试行)(1)建立制度')).toEqual(['ar-paren 1 (1) close']));
});
