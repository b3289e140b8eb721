import { Card, Table, Typography } from "antd";
import type { Figures } from "./api";
import { gradeLabel, pct } from "./format";

type Graduation = Figures["graduation"]["total"];
type Row = { key: string; name: string; g: Graduation };

const columns = (first: string) => [
  { title: first, dataIndex: "name", key: "name", fixed: "left" as const, width: 140 },
  { title: "学生", key: "students", align: "right" as const, render: (_: unknown, r: Row) => r.g.students },
  { title: "有毕业成绩", key: "scored", align: "right" as const, render: (_: unknown, r: Row) => r.g.scored },
  {
    title: "仅毕业当年",
    key: "finalYearOnly",
    align: "right" as const,
    render: (_: unknown, r: Row) => r.g.finalYearOnly,
  },
  { title: "无毕业成绩", key: "noScore", align: "right" as const, render: (_: unknown, r: Row) => r.g.noScore },
  { title: "及格率", key: "pass", align: "right" as const, render: (_: unknown, r: Row) => pct(r.g.passRate) },
  {
    title: "优良率",
    key: "good",
    align: "right" as const,
    render: (_: unknown, r: Row) => pct(r.g.excellentGoodRate),
  },
  { title: "优秀率", key: "exc", align: "right" as const, render: (_: unknown, r: Row) => pct(r.g.excellentRate) },
  {
    title: "平均毕业成绩",
    key: "mean",
    align: "right" as const,
    render: (_: unknown, r: Row) => (r.g.meanScore === null ? "—" : r.g.meanScore.toFixed(1)),
  },
];

/**
 * The graduation-year scores (毕业成绩) of the graduating grades in the selection, by grade, and by school for a
 * county reader; who counts is said under the table (the method note has the full convention).
 */
export function GraduationCard({ f, showSchools }: { f: Figures; showSchools: boolean }) {
  const { total, byGrade } = f.graduation;
  if (total.students === 0) return null;
  const rows: Row[] = [
    ...byGrade.map((b) => ({ key: String(b.grade), name: gradeLabel(b.grade), g: b.figures })),
    ...(byGrade.length > 1 ? [{ key: "all", name: "合计", g: total }] : []),
  ];
  const schools: Row[] = showSchools
    ? f.bySchool.flatMap((b) => (b.graduation ? [{ key: b.schoolId, name: b.schoolName, g: b.graduation }] : []))
    : [];
  return (
    <Card size="small" title="毕业成绩(六、九、十二年级)" data-testid="fitness-graduation">
      <Table<Row>
        size="small"
        rowKey="key"
        columns={columns("年级")}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
      />
      {schools.length > 0 && (
        <Table<Row>
          style={{ marginTop: 12 }}
          size="small"
          rowKey="key"
          columns={columns("学校")}
          dataSource={schools}
          pagination={false}
          scroll={{ x: 900 }}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        毕业成绩 = 毕业当年总分 × 50% + 本学段其他学年总分平均 ×
        50%。本学段没有其他学年成绩的学生按毕业当年总分计(“仅毕业当年”,共 {total.finalYearOnly}{" "}
        人);毕业当年免测、缓测或成绩不完整的学生没有毕业成绩,不进入比率。
      </Typography.Paragraph>
    </Card>
  );
}
