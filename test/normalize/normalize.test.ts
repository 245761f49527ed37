import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';

// A flattened web-page copy of a plan, written for this test in the style of real uploads.
const NOISY = [
  '您好,欢迎访问某某文库',
  '当前位置:首页 > 教育 > 工作计划',
  '- 2020-03-15 发布 |',
  '- 26.4 KB |',
  '- 5页',
  '申明敬告: 本站所有内容均由网友上传,如有侵权请联系删除。',
  '文档介绍',
  '城南小学2020年工作计划',
  '城南小学2020年工作计划 城南小学2020年工作计划 为全面提高教育教学质量,办人民满意的教育,结合我校实际,特制定本计划。一、指导思想坚持立德树人,促进学生全面发展。-1-二、工作目标1.全校学生体质健康达标率达到9 5 %以上。2.完成校舍维修3-4处,投入资金约2 0万元,在2 0 2 0年1 2 月底前完-2-成。三、主要措施',
  '加强教师培训,每学期组织培训不少于4次,培训时间为2020年3月—2020年6月,全体教师参',
  '- 3 -',
  '加。 查看更多',
  '本文标题:城南小学2020年工作计划',
  '链接地址:https://www.example.com/doc-1.html',
].join('\r\n');

const CLEAN =
  '城南小学2020年工作计划\n' +
  '为全面提高教育教学质量,办人民满意的教育,结合我校实际,特制定本计划。一、指导思想坚持立德树人,促进学生全面发展。' +
  '二、工作目标1.全校学生体质健康达标率达到95%以上。2.完成校舍维修3-4处,投入资金约20万元,在2020年12月底前完成。' +
  '三、主要措施加强教师培训,每学期组织培训不少于4次,培训时间为2020年3月—2020年6月,全体教师参加。';

describe('normalize: a noisy web copy', () => {
  const result = normalize(NOISY, { format: 'txt' });

  it('gives exactly the clean text', () => {
    expect(result.text).toBe(CLEAN);
  });

  it('records where each page marker was', () => {
    expect(result.pageBreaks).toEqual([CLEAN.indexOf('二、工作目标'), CLEAN.indexOf('成。三、'), CLEAN.indexOf('加。')]);
    expect(result.pageBreaks).toEqual([71, 133, 187]);
  });

  it('says the original was simplified and that chrome was removed', () => {
    expect(result.script).toBe('simplified');
    expect(result.warnings).toEqual([{ code: 'SITE_NOISE_REMOVED', message: '10 line(s) of web-page chrome removed' }]);
  });
});

describe('normalize: a PDF-style copy with hard wraps', () => {
  const PDF = [
    '某县实验小学2014年工作总结',
    '一、基本情况',
    '我校现有教学班 24 个,学生 1 0 8 6 人,教师 6 2 人。学校占地',
    '面积 2 0 0 0 0 平方米,2 0 1 3 年新建教学楼一栋,办学条件得到明',
    '显改善,教育教学质量稳步提升,受到社会各界的一致好评。',
    '- 1 -',
    '二、主要工作',
    '(一)加强师资队伍建设',
    '全年组织教师参加各级培训 3 5 0 人次,评选县级骨干教师 1 2 名。',
    '某县实验小学',
    '2014 年 12 月 30 日',
  ].join('\n');
  const result = normalize(PDF, { format: 'pdf' });

  it('joins wrapped lines and keeps headings, signature and date apart', () => {
    expect(result.text).toBe(
      [
        '某县实验小学2014年工作总结',
        '一、基本情况',
        '我校现有教学班24个,学生1086人,教师62人。学校占地面积20000平方米,2013年新建教学楼一栋,办学条件得到明显改善,教育教学质量稳步提升,受到社会各界的一致好评。',
        '二、主要工作',
        '(一)加强师资队伍建设',
        '全年组织教师参加各级培训350人次,评选县级骨干教师12名。',
        '某县实验小学',
        '2014年12月30日',
      ].join('\n'),
    );
    expect(result.pageBreaks).toEqual([result.text.indexOf('二、主要工作')]);
  });
});

describe('normalize: traditional input', () => {
  it('converts and reports the script', () => {
    const result = normalize('學校體育工作計劃\n本學期我校將進一步加強體育教學,著力提升學生體質健康水平。');
    expect(result.text).toBe('学校体育工作计划\n本学期我校将进一步加强体育教学,着力提升学生体质健康水平。');
    expect(result.script).toBe('traditional');
    expect(result.warnings.map((w) => w.code)).toEqual(['SCRIPT_CONVERTED']);
  });

  it('folds full-width forms and repairs mojibake', () => {
    const result = normalize('（一）合理配臵资源：完成率９５％。');
    expect(result.text).toBe('(一)合理配置资源:完成率95%。');
    expect(result.warnings.map((w) => w.code)).toEqual(['MOJIBAKE_REPAIRED']);
  });
});

describe('normalize: plain inputs stay plain', () => {
  it.each([
    ['', ''],
    ['一、工作目标\n提高质量。', '一、工作目标\n提高质量。'],
    ['\uFEFF标题\r\n\r\n\r\n正文。\r\n', '标题\n正文。'],
  ])('%j → %j', (input, expected) => {
    const result = normalize(input);
    expect(result).toEqual({ text: expected, script: 'simplified', pageBreaks: [], warnings: [] });
  });

  it('keeps one-line-per-paragraph input apart for docx', () => {
    const long = '学校发展取得了明显成绩,教育教学质量稳步提升,受到社会各界的一致好评和充分肯定';
    expect(normalize(`${long}\n继续努力。`, { format: 'docx' }).text).toBe(`${long}\n继续努力。`);
    expect(normalize(`${long}\n继续努力。`, { format: 'txt' }).text).toBe(`${long}继续努力。`);
  });
});

describe('normalize: running headers', () => {
  const doc = [
    '某镇2025年河道治理工作方案',
    '一、工作目标',
    '全年完成河道清淤12公里。',
    '— 1 —',
    '某镇2025年河道治理工作方案',
    '二、主要任务',
    '加强巡河管护。',
  ].join('\n');
  it('removes the header repeated after a page marker and says so', () => {
    const n = normalize(doc);
    expect(n.text.split('某镇2025年河道治理工作方案').length - 1).toBe(1);
    expect(n.warnings.map((w) => w.code)).toContain('RUNNING_HEADERS_REMOVED');
  });
  it('no warning when nothing repeats', () =>
    expect(normalize('某镇工作方案\n一、目标\n完成任务。').warnings.map((w) => w.code)).not.toContain('RUNNING_HEADERS_REMOVED'));
});
