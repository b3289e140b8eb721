import { exams as core } from "@edubureau/core";
import { Collapse, Typography } from "antd";

/**
 * The analysis's method notes (方法说明), folded under the report: the item bands and their boundaries, the 27%
 * groups and their ties, and the value-added model — the same text as the exported workbook's notes sheet.
 */
export function MethodNotes({ minValueAddedN }: { minValueAddedN: number }) {
  const sections = core.examMethodNotes(minValueAddedN);
  return (
    <Collapse
      size="small"
      data-testid="exam-method-notes"
      items={[
        {
          key: "notes",
          label: "方法说明:试题难度与区分度、增值评价",
          children: sections.map((s) => (
            <div key={s.title}>
              <Typography.Title level={5}>{s.title}</Typography.Title>
              <ol style={{ paddingInlineStart: 20, marginBottom: 12 }}>
                {s.notes.map((n) => (
                  <li key={n}>
                    <Typography.Text>{n}</Typography.Text>
                  </li>
                ))}
              </ol>
            </div>
          )),
        },
      ]}
    />
  );
}
