import { DownloadOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import { useMemo, useState } from "react";
import { Chart } from "../components/Chart";
import {
  type AnalysisView,
  type ExamDetail,
  examApi,
  type GroupSort,
  type GroupStatsView,
  type NamedStats,
  type Stats,
  type SubjectView,
  type ValueAddedGroup,
} from "./api";
import {
  bandsOption,
  boxBySchoolOption,
  levelsOption,
  ratesOption,
  subjectDiffOption,
  valueAddedOption,
} from "./charts";
import { fixed, pct, signed } from "./format";
import { useAnalysisGroups, useSchoolClasses, useValueAdded } from "./hooks";
import { readerSchools, SchoolPicker } from "./SchoolPicker";

/** Chooses a subject (or the total) of the analysis. */
export function SubjectPicker({
  analysis,
  value,
  onChange,
  withTotal = true,
}: {
  analysis: AnalysisView;
  value: string;
  onChange: (code: string) => void;
  withTotal?: boolean;
}) {
  const options = analysis.subjects
    .filter((s) => withTotal || s.code !== "total")
    .map((s) => ({ value: s.code, label: `${s.name}(${s.fullMarks})` }));
  return (
    <Segmented data-testid="subject-picker" value={value} onChange={(v) => onChange(String(v))} options={options} />
  );
}

const useSubject = (analysis: AnalysisView, initial = "total") => {
  const [code, setCode] = useState(initial);
  const subject = analysis.subjects.find((s) => s.code === code) ?? analysis.subjects.at(-1)!;
  return [subject, setCode] as const;
};

/**
 * The figures of groups as a table: counts, distribution, rates, levels, and the internal rank for the bureau. The
 * sortable columns sort the rows on screen, or, with `sortOnServer`, ask the server (their keys are its GroupSort).
 */
export function statsColumns<T extends NamedStats>(
  analysis: AnalysisView,
  nameTitle: string,
  extra: ColumnsType<T> = [],
  sortOnServer = false,
): ColumnsType<T> {
  const ranks = analysis.policy.ranks;
  const levels = analysis.policy.mode === "levels";
  const by = (compare: (a: T, b: T) => number) => (sortOnServer ? true : compare);
  return [
    { title: nameTitle, dataIndex: "name", fixed: "left", width: 170, ellipsis: true },
    ...extra,
    { title: "在籍", dataIndex: "enrolled", width: 64, align: "right" },
    { title: "实考", dataIndex: "sat", width: 64, align: "right" },
    { title: "缺考", dataIndex: "absent", width: 64, align: "right" },
    ...((levels
      ? [
          {
            title: "与全县差(标准差)",
            dataIndex: "standardizedDiff",
            width: 130,
            align: "right",
            render: (v: number | null) => (
              <Typography.Text type={v !== null && v < 0 ? "danger" : undefined}>{signed(v, 2)}</Typography.Text>
            ),
          },
        ]
      : [
          {
            title: "平均分",
            key: "mean",
            dataIndex: "mean",
            width: 80,
            align: "right",
            sorter: by((a, b) => (a.mean ?? 0) - (b.mean ?? 0)),
            render: (v: number | null) => fixed(v),
          },
          {
            title: "与全县差",
            dataIndex: "meanDiff",
            width: 84,
            align: "right",
            render: (v: number | null) => (
              <Typography.Text type={v !== null && v < 0 ? "danger" : undefined}>{signed(v)}</Typography.Text>
            ),
          },
          { title: "标准差", dataIndex: "sd", width: 70, align: "right", render: (v: number | null) => fixed(v) },
          { title: "中位数", dataIndex: "median", width: 70, align: "right", render: (v: number | null) => fixed(v) },
        ]) as ColumnsType<T>),
    ...(["excellent", "good", "pass", "low"] as const).map((k) => ({
      title: { excellent: "优秀率", good: "良好率", pass: "及格率", low: "低分率" }[k],
      key: k,
      width: 76,
      align: "right" as const,
      sorter: by((a, b) => (a.rates[k] ?? 0) - (b.rates[k] ?? 0)),
      render: (_: unknown, r: T) => pct(r.rates[k]),
    })),
    {
      title: `等级人数 ${analysis.levelNames.join("/")}`,
      key: "levels",
      width: 160,
      render: (_: unknown, r: T) => r.levels.join(" / "),
    },
    ...(ranks
      ? [
          {
            title: "均分排序(内部)",
            key: "rank",
            dataIndex: "rank",
            width: 110,
            align: "right" as const,
            sorter: by((a, b) => (a.rank ?? 999) - (b.rank ?? 999)),
            render: (v: number | null) => (v === null ? "—" : <Tag color="orange">{v}</Tag>),
          },
        ]
      : []),
  ] as ColumnsType<T>;
}

function CountyStats({ subject, analysis }: { subject: SubjectView; analysis: AnalysisView }) {
  const c = subject.county;
  const cards = [
    { title: "在籍 / 实考", value: `${c.enrolled} / ${c.sat}` },
    { title: "平均分", value: fixed(c.mean), suffix: `/ ${subject.fullMarks}` },
    { title: "标准差", value: fixed(c.sd) },
    { title: "优秀率", value: pct(c.rates.excellent) },
    { title: "及格率", value: pct(c.rates.pass) },
    { title: "低分率", value: pct(c.rates.low) },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="county-stats">
      {cards.map((x) => (
        <Col key={x.title} xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={x.title} value={x.value} suffix={x.suffix} />
          </Card>
        </Col>
      ))}
      <Col span={24}>
        <Typography.Text type="secondary">
          分数线:优秀 ≥ {subject.lines.excellent},良好 ≥ {subject.lines.good},及格 ≥ {subject.lines.pass},低分 &lt;{" "}
          {subject.lines.low};比率{analysis.config.denominator === "enrolled" ? "按在籍人数" : "按实考人数"}计算。
        </Typography.Text>
      </Col>
    </Row>
  );
}

/** 全县概览 (bureau): county figures, distribution, box plots and rates by school, and value added. */
export function OverviewTab({ analysis, detail }: { analysis: AnalysisView; detail: ExamDetail }) {
  const [subject, setCode] = useSubject(analysis);
  const va = useValueAdded(analysis.exam.id, !!detail.exam.baselineExamId, { subject: subject.code, level: "school" });
  // none when the baseline exam has no scores in the subject
  const vaSubject = va.data?.subjects.find((s) => s.code === subject.code);
  const schools = useMemo(() => [...subject.schools].sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999)), [subject]);
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <SubjectPicker analysis={analysis} value={subject.code} onChange={setCode} />
      <CountyStats subject={subject} analysis={analysis} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={`${subject.name}分数段分布(全县)`}>
            <Chart option={bandsOption(subject)} height={300} testId="chart-exam-bands" ariaLabel="分数段分布" />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title="各校分数分布(箱线图:最低、下四分位、中位数、上四分位、最高)">
            <Chart option={boxBySchoolOption(subject)} height={300} testId="chart-exam-box" ariaLabel="各校箱线图" />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title="各校优秀率、及格率、低分率">
            <Chart
              option={ratesOption(schools, subject.county)}
              height={320}
              testId="chart-exam-rates"
              ariaLabel="各校比率"
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={`增值评价(对比:${detail.baseline?.name ?? "未设置"})`}
            extra={vaSubject && <Typography.Text type="secondary">匹配 {vaSubject.matched} 人</Typography.Text>}
          >
            {!detail.exam.baselineExamId ? (
              <Empty description="未设置对比的前次考试" />
            ) : va.isError ? (
              <Alert type="warning" showIcon title={va.error.message} />
            ) : vaSubject ? (
              <>
                <Chart
                  option={valueAddedOption(vaSubject.schools)}
                  height={280}
                  testId="chart-exam-value-added"
                  ariaLabel="各校增值散点图"
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  以本次标准分对前次标准分回归,点为各校残差均值;少于 {va.data?.minN} 名匹配学生的学校不显示估计(
                  {vaSubject.schools.filter((g) => g.hidden).length} 所)。
                </Typography.Text>
              </>
            ) : (
              <Empty description="该科目在前次考试中没有成绩" />
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={`各校${subject.name}成绩`} extra={<Tag color="red">内部资料</Tag>}>
        <Table<NamedStats>
          rowKey="id"
          size="small"
          data-testid="exam-schools-table"
          columns={statsColumns<NamedStats>(analysis, "学校")}
          dataSource={schools}
          scroll={{ x: 1500 }}
          pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
        />
      </Card>
    </Space>
  );
}

/** A value-added estimate with its 95% interval (green above 0, red below, when the interval excludes 0), or why none. */
function ValueAddedText({ g }: { g: ValueAddedGroup | undefined }) {
  if (!g) return <>—</>;
  if (g.hidden) return <Typography.Text type="secondary">样本不足({g.n}人)</Typography.Text>;
  return (
    <Typography.Text
      type={g.low !== null && g.low > 0 ? "success" : g.high !== null && g.high < 0 ? "danger" : undefined}
    >
      {signed(g.estimate, 2)}({fixed(g.low, 2)}~{fixed(g.high, 2)})
    </Typography.Text>
  );
}

/** The value-added column of a table of classes or teachers, from their estimates by id. */
function valueAddedColumn<Row extends { id: string }>(groups: ValueAddedGroup[]): ColumnsType<Row>[number] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  return {
    title: "增值(95%区间)",
    key: "va",
    width: 170,
    render: (_: unknown, r: Row) => <ValueAddedText g={byId.get(r.id)} />,
  };
}

/**
 * The value added of a school's classes: of the total only (a class's subjects are its teachers', reported in
 * 教师报告).
 */
function useClassValueAdded(analysis: AnalysisView, detail: ExamDetail, schoolId: string | undefined) {
  const va = useValueAdded(analysis.exam.id, !!detail.exam.baselineExamId && !!schoolId, {
    subject: "total",
    level: "class",
    schoolId,
  });
  return { ...va, classes: va.data?.subjects.find((s) => s.code === "total")?.classes };
}

/** 学校报告: one school against the county, subject by subject, its classes, and the Word report. */
export function SchoolTab({ analysis, detail }: { analysis: AnalysisView; detail: ExamDetail }) {
  const { message } = App.useApp();
  const schools = readerSchools(analysis);
  const [schoolId, setSchoolId] = useState(schools[0]?.id);
  const [subject, setCode] = useSubject(analysis);
  const classes = useAnalysisGroups(analysis.exam.id, { level: "class", schoolId, subject: subject.code }, !!schoolId);
  const va = useClassValueAdded(analysis, detail, schoolId);
  const vaClasses = subject.code === "total" ? va.classes : undefined;
  const of = (s: SubjectView) => s.schools.find((g) => g.id === schoolId);
  const mine = of(subject);
  const levels = analysis.policy.mode === "levels";
  if (!schoolId || !mine) return <Empty description="没有可查看的学校" />;
  const subjectRows = analysis.subjects.map((s) => ({ ...(of(s) as NamedStats), id: s.code, name: s.name }));
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <SubjectPicker analysis={analysis} value={subject.code} onChange={setCode} />
      <Space wrap>
        <SchoolPicker analysis={analysis} value={schoolId} onChange={setSchoolId} testId="school-picker" />
        <Button
          icon={<DownloadOutlined />}
          data-testid="school-report-docx"
          onClick={() =>
            examApi
              .downloadSchoolReport(detail.exam.id, schoolId)
              .then((name) => message.success(`已下载 ${name}`))
              .catch((e: Error) => message.error(e.message))
          }
        >
          下载学校质量分析报告(Word)
        </Button>
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={`${mine.name}:各科与全县平均的差(标准差单位)`}>
            <Chart
              option={subjectDiffOption(
                analysis.subjects.map((s) => ({ name: s.name, value: of(s)?.standardizedDiff ?? null })),
              )}
              height={280}
              testId="chart-school-diff"
              ariaLabel="各科与全县差"
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={`${subject.name}${levels ? "等级分布" : "分数段分布"}(本校与全县)`}>
            <Chart
              option={
                levels
                  ? levelsOption(analysis.levelNames, [
                      { name: "本校", stats: mine },
                      { name: "全县", stats: subject.county },
                    ])
                  : bandsOption(subject, { name: mine.name, stats: mine })
              }
              height={280}
              testId="chart-school-distribution"
              ariaLabel="本校分布"
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title="各科成绩(本校)">
        <Table
          rowKey="id"
          size="small"
          data-testid="school-subjects-table"
          columns={statsColumns<NamedStats>(analysis, "科目").filter(
            (c) => c.key !== "rank" && (c as { dataIndex?: string }).dataIndex !== "rank",
          )}
          dataSource={subjectRows}
          scroll={{ x: 1400 }}
          pagination={false}
        />
      </Card>
      <Card size="small" title={`各班${subject.name}成绩`}>
        <Table
          rowKey="id"
          size="small"
          data-testid="school-classes-table"
          columns={statsColumns<GroupStatsView>(analysis, "班级", vaClasses ? [valueAddedColumn(vaClasses)] : [])}
          dataSource={
            // only this school's and subject's, not the last answer's while the next one loads
            classes.data?.subjects
              .find((s) => s.code === subject.code)
              ?.groups.filter((g) => g.schoolId === schoolId) ?? []
          }
          loading={classes.isFetching}
          scroll={{ x: 1500 }}
          pagination={false}
        />
      </Card>
    </Space>
  );
}

/** 班级报告: a class, subject by subject, against its school and the county. */
export function ClassTab({ analysis, detail }: { analysis: AnalysisView; detail: ExamDetail }) {
  const schools = readerSchools(analysis);
  const [schoolId, setSchoolId] = useState(schools[0]?.id);
  const list = useSchoolClasses(analysis.exam.id, schoolId);
  const classes = list.classes;
  const [picked, setPicked] = useState<string>();
  const klass = classes.find((c) => c.id === picked) ?? classes[0];
  const classId = klass?.id;
  const figures = useAnalysisGroups(analysis.exam.id, { level: "class", groupId: classId }, !!klass);
  const va = useClassValueAdded(analysis, detail, schoolId);
  const pickers = (
    <>
      <SchoolPicker
        analysis={analysis}
        value={schoolId}
        onChange={(id) => {
          setSchoolId(id);
          setPicked(undefined);
        }}
        testId="class-school-picker"
      />
      <Select
        data-testid="class-picker"
        aria-label="班级"
        placeholder="选择班级"
        showSearch
        optionFilterProp="label"
        style={{ width: 200 }}
        loading={list.loading}
        value={classId}
        onChange={setPicked}
        options={classes.map((c) => ({ value: c.id, label: c.name }))}
      />
    </>
  );
  if (!klass) {
    return (
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Space wrap size={16}>
          {pickers}
        </Space>
        {list.pending ? <Card loading size="small" /> : <Empty description="没有可查看的班级" />}
      </Space>
    );
  }
  const vaClass = va.classes?.find((g) => g.id === classId);
  // the class's figures per subject code (none while they load, or for a subject nobody in it sat)
  const ofSubject = new Map(figures.data?.subjects.map((s) => [s.code, s.groups.find((g) => g.id === classId)]));
  const rows = analysis.subjects.flatMap((s) => {
    const c = ofSubject.get(s.code);
    return c ? [{ ...c, id: s.code, name: s.name }] : [];
  });
  const levels = analysis.policy.mode === "levels";
  const subjectsForChart = analysis.subjects.filter((s) => s.code !== "total");
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Space wrap size={16}>
        {pickers}
        {detail.baseline && (
          <span data-testid="class-value-added">
            <Typography.Text type="secondary">总分增值(对比:{detail.baseline.name},95%区间):</Typography.Text>
            {va.isError ? (
              <Typography.Text type="warning">{va.error.message}</Typography.Text>
            ) : va.isPending ? (
              "…"
            ) : (
              <>
                <ValueAddedText g={vaClass} />
                {vaClass && !vaClass.hidden && <Typography.Text type="secondary">,匹配 {vaClass.n} 人</Typography.Text>}
              </>
            )}
          </span>
        )}
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={`${klass.name}:各科与全县平均的差(标准差单位)`}>
            <Chart
              option={subjectDiffOption(
                subjectsForChart.map((s) => ({
                  name: s.name,
                  value: ofSubject.get(s.code)?.standardizedDiff ?? null,
                })),
              )}
              height={280}
              testId="chart-class-diff"
              ariaLabel="班级各科与全县差"
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title="各科等级分布">
            <Chart
              option={levelsOption(
                analysis.levelNames,
                subjectsForChart.flatMap((s) => {
                  const c = ofSubject.get(s.code);
                  return c ? [{ name: s.name, stats: c as Stats }] : [];
                }),
              )}
              height={280}
              testId="chart-class-levels"
              ariaLabel="班级等级分布"
            />
          </Card>
        </Col>
      </Row>
      {levels && (
        <Alert
          type="info"
          showIcon
          title="非毕业年级:学生个人成绩以等级呈现;班级情况以与全县的差(标准差单位)和等级分布呈现,仅用于改进教学,不排名。"
        />
      )}
      <Card size="small" title={`${klass.schoolName} ${klass.name} 各科成绩`}>
        <Table
          rowKey="id"
          size="small"
          data-testid="class-subjects-table"
          columns={statsColumns<NamedStats>(analysis, "科目").filter(
            (c) => (c as { dataIndex?: string }).dataIndex !== "rank",
          )}
          dataSource={rows}
          loading={figures.isFetching}
          scroll={{ x: 1400 }}
          pagination={false}
        />
      </Card>
    </Space>
  );
}

/**
 * 教师报告: each teacher's teaching groups (classes of a subject) against the county, with value added. The server
 * sorts and pages them (a province's subject has some 11,000 teachers); the bureau can narrow them to a school.
 */
export function TeacherTab({ analysis, detail }: { analysis: AnalysisView; detail: ExamDetail }) {
  const subjects = analysis.subjects.filter((s) => s.code !== "total");
  const [code, setCode] = useState(subjects[0]?.code ?? "");
  const [schoolId, setSchoolId] = useState<string | undefined>(undefined);
  const [page, setPage] = useState({ current: 1, pageSize: 30 });
  const [order, setOrder] = useState<{ sort?: GroupSort; order: "asc" | "desc" }>({ order: "desc" });
  const subject = subjects.find((s) => s.code === code) ?? subjects[0];
  const figures = useAnalysisGroups(
    analysis.exam.id,
    { level: "teacher", subject: subject?.code, schoolId, ...order, page: page.current, pageSize: page.pageSize },
    !!subject,
    true,
  );
  const answer = figures.data?.subjects.find((s) => s.code === subject?.code);
  const teachers = answer?.groups ?? [];
  // the value added of the teachers on this page
  const groupIds = teachers.map((t) => t.id).join(",");
  const va = useValueAdded(analysis.exam.id, !!detail.exam.baselineExamId && groupIds !== "", {
    subject: subject?.code,
    level: "teacher",
    groupIds,
  });
  const firstPage = () => setPage((p) => ({ ...p, current: 1 }));
  if (!subject) return <Empty />;
  type Row = GroupStatsView;
  const extra: ColumnsType<Row> = [
    { title: "学校", dataIndex: "schoolName", width: 170, ellipsis: true },
    valueAddedColumn<Row>(va.data?.subjects.find((s) => s.code === subject.code)?.teachers ?? []),
  ];
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <SubjectPicker
        analysis={analysis}
        value={subject.code}
        onChange={(c) => {
          setCode(c);
          firstPage();
        }}
        withTotal={false}
      />
      <SchoolPicker
        analysis={analysis}
        allowAll
        value={schoolId}
        onChange={(id) => {
          setSchoolId(id);
          firstPage();
        }}
        testId="teachers-school"
      />
      <Typography.Text type="secondary">
        教师成绩按考试时的任课安排(班级—学科—教师)归属;增值为该教师所教学生本次标准分相对前次预测的平均提高, 区间不含 0
        时才可认为显著。
      </Typography.Text>
      <Card size="small" title={`${subject.name}任课教师`}>
        <Table<Row>
          rowKey="id"
          size="small"
          data-testid="teachers-table"
          columns={statsColumns<Row>(analysis, "教师", extra, true)}
          dataSource={teachers}
          loading={figures.isFetching}
          scroll={{ x: 1700 }}
          pagination={{
            current: page.current,
            pageSize: page.pageSize,
            total: answer?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [30, 50, 100],
            showTotal: (n) => `共 ${n} 名教师`,
          }}
          onChange={(p, _filters, sorter) => {
            const one = Array.isArray(sorter) ? sorter[0] : sorter;
            const next = one?.order
              ? {
                  sort: one.columnKey as GroupSort,
                  order: one.order === "ascend" ? ("asc" as const) : ("desc" as const),
                }
              : { order: "desc" as const };
            const resorted = next.sort !== order.sort || next.order !== order.order;
            setOrder(next);
            setPage({ current: resorted ? 1 : (p.current ?? 1), pageSize: p.pageSize ?? page.pageSize });
          }}
        />
      </Card>
      <Card size="small" title="等级分布(本页前 20 名教师与全县)">
        <Chart
          option={levelsOption(analysis.levelNames, [
            { name: "全县", stats: subject.county },
            ...teachers.slice(0, 20).map((t) => ({ name: t.name, stats: t as Stats })),
          ])}
          height={Math.max(200, 60 + 28 * Math.min(21, teachers.length + 1))}
          testId="chart-teacher-levels"
          ariaLabel="教师等级分布"
        />
      </Card>
    </Space>
  );
}
