/**
 * The method notes (方法说明) of the exam analysis in the words users read — the analysis page and the exported
 * workbook show the same text, so the conventions chosen in code (the difficulty bands and their boundaries, the
 * 27% groups and their ties, the value-added model) are written where the figures are read.
 */

/** A titled section of method notes, each note a sentence or two. */
export interface MethodNoteSection {
  title: string;
  notes: string[];
}

/**
 * The item analysis (试题分析): difficulty and its bands, the 27% groups, ties at their edges, discrimination.
 *
 * @example itemMethodNotes().notes[0] // => "难度 P = 该题平均得分 ÷ 该题分值……"
 */
export function itemMethodNotes(): MethodNoteSection {
  return {
    title: "试题分析",
    notes: [
      "难度 P = 该题平均得分 ÷ 该题分值,只计该题有得分记录的学生。P > 0.7 为“容易”,0.4 ≤ P ≤ 0.7 为“中等”,P < 0.4 为“较难”:恰好等于 0.7 或 0.4 的题目归为“中等”。",
      "分档按精确的分数比较,不受计算机小数误差影响:例如 50 人中 35 人答对一道 3 分题,P = 105 ÷ 150 = 0.7,归为“中等”;20 人答对,P = 60 ÷ 150 = 0.4,也归为“中等”。",
      "高分组、低分组分别为该科成绩最高、最低的 27% 学生,每组人数 = 参加统计人数 × 27%,四舍五入取整(恰为 0.5 时进 1),至少 1 人;不足 2 人时不计算区分度。",
      "分组边界处同分的学生:科目成绩与分组边界分数相同的学生全部计入该组,平分该组剩余的名额,每人按“剩余名额 ÷ 同分人数”的权重计入该组平均分。例如高分组 3 人,2 人高于边界分、3 人恰为边界分,则这 3 人各按 1/3 人计入。这样结果与学生名单的排列顺序无关。",
      "区分度 D = (高分组平均得分 − 低分组平均得分)÷ 该题分值;客观题即高分组答对率减低分组答对率。D ≥ 0.4 很好,0.30 ≤ D < 0.4 良好,0.20 ≤ D < 0.30 尚可、需修改,D < 0.2 差、应淘汰或大改;分档同样按精确值比较。",
    ],
  };
}

/**
 * The value added (增值评价): matching, standardisation, the single county regression, the interval and its
 * degrees of freedom, and the suppression of small groups.
 *
 * @param minN - the exam's minimum number of matched students for an estimate
 * @example valueAddedMethodNotes(10).notes.at(-1) // => "匹配学生少于 10 人……"
 */
export function valueAddedMethodNotes(minN: number): MethodNoteSection {
  const least = Math.max(2, minN);
  return {
    title: "增值评价",
    notes: [
      "只计两次考试(本次与对比的前次)都有成绩的学生,按学籍号匹配。两次的成绩各自在这些匹配学生中化为标准分:标准分 =(分数 − 平均分)÷ 标准差,标准差为总体标准差。总分与各科分别计算。",
      "全县只做一次回归:以全县所有匹配学生的本次标准分对前次标准分做最小二乘回归(标准化后截距为 0,斜率即两次成绩的相关系数)。各校、各班、各教师共用这一条回归线,不分别拟合;只看本校或本班时也是如此。",
      "学生的增值为本次标准分减去按前次标准分预测的值;一所学校、一个班级或一位教师的增值为其匹配学生增值的平均,单位为标准差。",
      "95% 区间 = 增值 ± t × s ÷ √n,其中 n 为该校(班、教师)的匹配学生数,s 为这些学生增值的标准差(除以 n − 1),t 为自由度 n − 1 的 t 分布 97.5% 分位数。区间不含 0 时,才可认为高于或低于预期。",
      `匹配学生少于 ${least} 人的学校、班级或教师不显示增值和区间,只显示匹配人数。`,
    ],
  };
}

/**
 * All method notes of the exam analysis, in the order they are shown.
 *
 * @example examMethodNotes(10).map((s) => s.title) // => ["试题分析", "增值评价"]
 */
export function examMethodNotes(minN: number): MethodNoteSection[] {
  return [itemMethodNotes(), valueAddedMethodNotes(minN)];
}
