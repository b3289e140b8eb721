import { registry } from "@edubureau/core";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Popconfirm,
  Result,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useState } from "react";
import { ApiError } from "../../app/api";
import { SchoolSelect, useSchoolYears, useScopeSchools, YearSelect } from "../filters";
import type { PromotionGradeSummary, PromotionPreview, PromotionResult, SchoolPromotion } from "./api";
import { usePromote, usePromotionPreview } from "./hooks";

function SchoolCell({ school }: { school: SchoolPromotion }) {
  return (
    <div>
      <Typography.Text strong>{school.schoolName}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
        {school.schoolKindLabel}
      </Typography.Text>
    </div>
  );
}

function StateTag({ school }: { school: SchoolPromotion }) {
  if (school.done) return <Tag color="green">已完成升级</Tag>;
  if (school.problems.length > 0) {
    return (
      <Tooltip title={school.problems.map((p) => p.message).join(";")}>
        <Tag color="red">{school.problems.length} 名学生无法升级</Tag>
      </Tooltip>
    );
  }
  if (school.promote + school.graduate === 0) return <Tag>无在读学生</Tag>;
  return <Tag color="blue">待升级</Tag>;
}

const count = (n: number, unit: string) => (n > 0 ? `${n.toLocaleString("zh-CN")} ${unit}` : "—");

/** One row per school: the totals, and its grades when expanded. */
const schoolColumns: ColumnsType<SchoolPromotion> = [
  { title: "学校", key: "school", render: (_: unknown, s) => <SchoolCell school={s} /> },
  { title: "升级", dataIndex: "promote", width: 100, align: "right", render: (n: number) => count(n, "人") },
  { title: "毕业", dataIndex: "graduate", width: 100, align: "right", render: (n: number) => count(n, "人") },
  {
    title: "新建班级",
    dataIndex: "classesToCreate",
    width: 100,
    align: "right",
    render: (n: number) => count(n, "个"),
  },
  {
    title: "不参与",
    dataIndex: "skipped",
    width: 100,
    align: "right",
    render: (n: number, s) =>
      n > 0 ? (
        <Tooltip title={s.skippedByReason.map((r) => `${r.label} ${r.n} 人`).join(",")}>
          <span style={{ borderBottom: "1px dashed" }}>{n} 人</span>
        </Tooltip>
      ) : (
        "—"
      ),
  },
  { title: "状态", key: "state", width: 150, render: (_: unknown, s) => <StateTag school={s} /> },
];

/** The grades of one school: 升入 n (to which grade), 毕业 n, 新建班级 n. */
const gradeColumns: ColumnsType<PromotionGradeSummary> = [
  { title: "年级", dataIndex: "gradeLabel", width: 100 },
  {
    title: "升入",
    key: "promote",
    render: (_: unknown, g) =>
      g.toGrade !== null ? (
        <span>
          升入{g.toGradeLabel} <Typography.Text strong>{g.promote}</Typography.Text> 人
        </span>
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      ),
  },
  { title: "毕业", dataIndex: "graduate", width: 100, align: "right", render: (n: number) => count(n, "人") },
  {
    title: "新建班级",
    key: "classes",
    width: 260,
    render: (_: unknown, g) =>
      g.classesToCreate.length === 0 ? (
        "—"
      ) : (
        <Tooltip title={g.classesToCreate.map((c) => c.name).join("、")}>
          <span style={{ borderBottom: "1px dashed" }}>{g.classesToCreate.length} 个</span>
        </Tooltip>
      ),
  },
  { title: "不参与", dataIndex: "skipped", width: 100, align: "right", render: (n: number) => count(n, "人") },
];

function GradesTable({ school }: { school: SchoolPromotion }) {
  return (
    <Table<PromotionGradeSummary>
      rowKey="grade"
      size="small"
      data-testid="promotion-grades-table"
      pagination={false}
      columns={gradeColumns}
      dataSource={school.grades}
    />
  );
}

function Totals({ preview }: { preview: PromotionPreview }) {
  const t = preview.totals;
  const items = [
    { key: "promote", title: `升入${registry.schoolYearLabel(preview.toYear)}`, value: t.promote, suffix: "人" },
    { key: "graduate", title: "毕业", value: t.graduate, suffix: "人" },
    { key: "classes", title: "新建班级", value: t.classesToCreate, suffix: "个" },
    { key: "skipped", title: "不参与(休学、已转出等)", value: t.skipped, suffix: "人" },
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {items.map((i) => (
        <Col key={i.key} xs={12} xl={6}>
          <Card size="small" data-testid={`promotion-total-${i.key}`}>
            <Statistic title={i.title} value={i.value} suffix={i.suffix} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function Outcome({ result, onDone }: { result: PromotionResult; onDone: () => void }) {
  const t = result.totals;
  return (
    <Result
      status="success"
      data-testid="promotion-result"
      title={`${registry.schoolYearLabel(result.fromYear)}升级已完成`}
      subTitle={`升入${registry.schoolYearLabel(result.toYear)} ${t.promoted} 人,毕业 ${t.graduated} 人,新建班级 ${t.classesCreated} 个。`}
      extra={<Button onClick={onDone}>返回</Button>}
    >
      <Table
        rowKey="schoolId"
        size="small"
        pagination={false}
        dataSource={result.schools}
        columns={[
          { title: "学校", dataIndex: "schoolName" },
          { title: "升级", dataIndex: "promoted", align: "right", render: (n: number) => `${n} 人` },
          { title: "毕业", dataIndex: "graduated", align: "right", render: (n: number) => `${n} 人` },
          { title: "新建班级", dataIndex: "classesCreated", align: "right", render: (n: number) => `${n} 个` },
          { title: "不参与", dataIndex: "skipped", align: "right", render: (n: number) => `${n} 人` },
        ]}
      />
    </Result>
  );
}

/**
 * 升级: at the end of a school year, every enrolled student moves up a grade (into the class with the same number)
 * or graduates. A preview first; the confirmation says it cannot be undone.
 */
export default function PromotionPage() {
  const { message } = App.useApp();
  const schoolYears = useSchoolYears();
  const schools = useScopeSchools();
  const [yearChosen, setYear] = useState<number | undefined>(undefined);
  const [schoolId, setSchoolId] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<PromotionResult | null>(null);
  // a year can be promoted once it is running or over: never a later one, even when its classes already exist
  const currentYear = registry.schoolYearOf(dayjs().format("YYYY-MM-DD"));
  const years = schoolYears.years.filter((y) => y <= currentYear);
  const fromYear = yearChosen ?? years[0];
  const preview = usePromotionPreview(fromYear, schoolId);
  const promote = usePromote();
  // a failed refetch (e.g. 409 PROMOTION_DONE right after promoting) must not leave the old preview actionable
  const data = preview.isError ? undefined : preview.data;
  const problems = data?.schools.reduce((n, s) => n + s.problems.length, 0) ?? 0;
  const nothing = !data || data.totals.promote + data.totals.graduate === 0;
  const done = preview.error instanceof ApiError && preview.error.code === "PROMOTION_DONE";

  const run = async () => {
    if (fromYear === undefined) return;
    try {
      const done = await promote.mutateAsync({ fromYear, schoolId });
      // stay on the promoted year: the newest year is now the next one, which must not look ready to promote
      setYear(done.fromYear);
      setResult(done);
    } catch (e) {
      message.error(e instanceof Error ? e.message : "升级失败,请稍后再试");
    }
  };

  if (result) {
    return (
      <Card title="学年升级">
        <Outcome result={result} onDone={() => setResult(null)} />
      </Card>
    );
  }

  return (
    <Card
      title="学年升级"
      extra={
        <Popconfirm
          title="确认执行学年升级?"
          placement="bottomRight"
          description={
            <div style={{ maxWidth: 320 }}>
              {data
                ? `将有 ${data.totals.promote} 名学生升入${registry.schoolYearLabel(data.toYear)},${data.totals.graduate} 名学生毕业,新建 ${data.totals.classesToCreate} 个班级。`
                : ""}
              升级一经执行不可撤销,请确认本学年的学籍变动(转学、休学等)均已办结。
            </div>
          }
          okText="确认升级"
          cancelText="取消"
          okButtonProps={{ danger: true, loading: promote.isPending }}
          onConfirm={run}
          disabled={nothing || problems > 0}
        >
          <Button
            type="primary"
            danger
            data-testid="promotion-confirm"
            disabled={nothing || problems > 0}
            loading={promote.isPending}
          >
            执行升级
          </Button>
        </Popconfirm>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Typography.Text>升级学年</Typography.Text>
        <YearSelect testId="promotion-year" value={fromYear} years={years} onChange={setYear} />
        {schools.many && (
          <SchoolSelect testId="promotion-school" value={schoolId} schools={schools.rows} onChange={setSchoolId} />
        )}
        {data && (
          <Typography.Text type="secondary">
            {registry.schoolYearLabel(data.fromYear)} → {registry.schoolYearLabel(data.toYear)}
          </Typography.Text>
        )}
      </Space>
      {done && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={preview.error?.message}
          data-testid="promotion-done"
        />
      )}
      {preview.isError && !done && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={preview.error.message} />
      )}
      {problems > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`有 ${problems} 名在读学生无法按学校开设的年级升级,请先核对其学籍后再执行升级。`}
        />
      )}
      {data && nothing && !preview.isError && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            data.schools.length > 0 && data.schools.every((s) => s.done)
              ? `${registry.schoolYearLabel(data.fromYear)}的升级已完成`
              : `${registry.schoolYearLabel(data.fromYear)}没有可升级或毕业的在读学生`
          }
        />
      )}
      {data && <Totals preview={data} />}
      <Table<SchoolPromotion>
        // remounted with the data, so a single school's grades open by default
        key={data ? `${data.fromYear}:${data.schools.length}` : "loading"}
        rowKey="schoolId"
        size="middle"
        data-testid="promotion-table"
        loading={preview.isFetching}
        columns={schoolColumns}
        dataSource={data?.schools ?? []}
        expandable={{
          expandedRowRender: (school) => <GradesTable school={school} />,
          rowExpandable: (school) => school.grades.length > 0,
          // one school (a school's own administrator, or one chosen): its grades at once
          defaultExpandAllRows: (data?.schools.length ?? 0) === 1,
        }}
        pagination={false}
        scroll={{ x: 800 }}
      />
    </Card>
  );
}
