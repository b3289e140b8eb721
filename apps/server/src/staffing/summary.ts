/**
 * The one-page Word summary of the workforce (教师队伍工作情况): the sentences of a work report, each followed by
 * the page of records behind it, and a small table of the establishment by school.
 */
import { Paragraph, TextRun } from "docx";
import {
  chineseDate,
  wordByline,
  wordDocument,
  wordHeading,
  wordTable,
  wordText,
  wordTitle,
} from "../export/wordParts";

export async function summaryDocument(meta: {
  countyName: string;
  today: string;
  schoolYearLabel: string;
  sentences: { text: string; link: string }[];
  origin: string;
  establishment: { schoolName: string; owed: number; filled: number; balance: number }[];
}): Promise<Buffer> {
  const title = `${meta.countyName}教师队伍工作情况(${meta.schoolYearLabel})`;
  const children = [
    wordTitle(title),
    wordByline(meta.countyName, meta.today),
    wordHeading("一、主要数据"),
    ...meta.sentences.map(
      (s, i) =>
        new Paragraph({
          spacing: { after: 80 },
          children: [
            new TextRun({ text: `${i + 1}. ${s.text}` }),
            new TextRun({ text: `(依据:${meta.origin}${s.link})`, size: 18, color: "555555" }),
          ],
        }),
    ),
    wordHeading("二、编制核定缺编学校"),
    wordTable(
      ["学校", "核定编制", "实有在编", "超(+)缺(−)编"],
      meta.establishment.map((e) => [e.schoolName, e.owed, e.filled, e.balance]),
    ),
    wordText(`数据截至 ${chineseDate(meta.today)},按平台口径计算,各项口径见系统“方法说明”。`),
  ];
  return wordDocument({ title, countyName: meta.countyName, children });
}
