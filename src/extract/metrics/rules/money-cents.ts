// Amounts down to 角 and 分: 六十四万零一百四十三元一角七分 (640143.17 元), 50元6角三分, 贰佰元零伍分.
import { CN_DIGITS } from '../../../text/numerals.js';
import { NUMBER } from '../number.js';
import type { MetricRule } from '../types.js';
import { buildCandidate, PREFIX } from './build.js';

const DIGIT = '[零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖0-9]';
const YUAN = { unit: '元', dimension: 'money', factor: 1, base: '元' } as const;

const digitValue = (d: string | undefined): number => (d === undefined ? 0 : /[0-9]/.test(d) ? Number(d) : CN_DIGITS[d] ?? 0);

export const moneyCentsRule: MetricRule = {
  id: 'money-cents',
  pattern: new RegExp(`${PREFIX}(?<n1>${NUMBER})元(?:(?<jiao>${DIGIT})[角毛])?(?:零?(?<fen>${DIGIT})分)?(?<post>整)?`, 'g'),
  extract(match) {
    const g = match.groups ?? {};
    if (g['jiao'] === undefined && g['fen'] === undefined) return null; // plain 元 is quantity.ts's
    const built = buildCandidate(this.id, match, { pre: g['pre'], n1: g['n1'] ?? '', post: g['post'] }, YUAN);
    if (!built || built.unit !== '元') return null; // 3万元5角 is no amount people write
    const value = Math.round((built.value + digitValue(g['jiao']) / 10 + digitValue(g['fen']) / 100) * 100) / 100;
    return { ...built, value, normalized: { value, unit: '元' } };
  },
};
