import { calendar, registry } from "@edubureau/core";
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
import { type ReactNode, useState } from "react";
import { ApiError } from "../../app/api";
import { useAuth, useMe } from "../../app/auth";
import { PageTitle } from "../../components/PageTitle";
import { SchoolSelect, useScopeSchools } from "../filters";
import type { PromotionGradeSummary, PromotionPreview, PromotionResult, SchoolPromotion } from "./api";
import { usePromote, usePromotionPreview, useRegistrySettings } from "./hooks";
import { PromotionRequestButton } from "./PromotionRequestButton";
import { PromotionSettingButton } from "./PromotionSettingButton";

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
  { title: "学校申请", key: "request", width: 110, render: (_: unknown, s) => <RequestTag school={s} /> },
];

/** The school's request for the promotion (申请升级): when, and its note. */
function RequestTag({ school }: { school: SchoolPromotion }) {
  const r = school.request;
  if (!r) return <Typography.Text type="secondary">—</Typography.Text>;
  const when = `${calendar.chineseDate(calendar.beijingDate(new Date(r.requestedAt)))}申请${r.note ? `:${r.note}` : ""}`;
  return (
    <Tooltip title={when}>
      <Tag color={r.status === "confirmed" ? "green" : "orange"} data-testid="promotion-request-tag">
        {r.status === "confirmed" ? "已确认" : "已申请"}
      </Tag>
    </Tooltip>
  );
}

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

/** The county's schedule: the current year, the promotion date, and (for the section) the settings button. */
function Schedule({ preview, settings }: { preview: PromotionPreview | undefined; settings: ReactNode }) {
  const year = preview?.currentSchoolYear;
  return (
    <Space wrap size={[24, 8]} style={{ marginBottom: 16 }} data-testid="promotion-schedule">
      <span>
        <Typography.Text type="secondary">全县当前学年:</Typography.Text>
        <Typography.Text strong>{year === undefined ? "—" : registry.schoolYearLabel(year)}</Typography.Text>
      </span>
      <span>
        <Typography.Text type="secondary">升级日期:</Typography.Text>
        {preview?.promotionDate ? (
          <Typography.Text strong data-testid="promotion-date">
            {calendar.chineseDate(preview.promotionDate)}
          </Typography.Text>
        ) : (
          <Typography.Text type="warning" data-testid="promotion-date">
            {preview ? "尚未设定" : "—"}
          </Typography.Text>
        )}
      </span>
      {preview && (
        <Typography.Text type="secondary">
          {registry.schoolYearLabel(preview.fromYear)} → {registry.schoolYearLabel(preview.toYear)}
        </Typography.Text>
      )}
      {settings}
    </Space>
  );
}

/**
 * 升级: at the end of a school year, every enrolled student of the county moves up a grade (into the class with the
 * same number) or graduates. A county act: 基础教育股 runs it for every school at once, on or after the promotion
 * date the county set, from the county's preview and a confirmation carrying its totals; the county's current year
 * then moves on. A school administrator sees its own school's preview and who runs it.
 */
export default function PromotionPage() {
  const { message } = App.useApp();
  const me = useMe();
  const { can } = useAuth();
  const schools = useScopeSchools();
  const settings = useRegistrySettings();
  // the county's rules and its promotion belong to the register's owning section, not to a school
  const section = me.user.schoolId === null && me.user.role === "section" && can("write", "registry");
  const [schoolId, setSchoolId] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<PromotionResult | null>(null);
  // no year asked: the server previews the county's current year
  const preview = usePromotionPreview(undefined, schoolId);
  const promote = usePromote();
  // a failed refetch (e.g. 409 PROMOTION_DONE right after promoting) must not leave the old preview actionable
  const data = preview.isError ? undefined : preview.data;
  const problems = data?.schools.reduce((n, s) => n + s.problems.length, 0) ?? 0;
  const nothing = !data || data.totals.promote + data.totals.graduate === 0;
  const done = preview.error instanceof ApiError && preview.error.code === "PROMOTION_DONE";
  // a school's own request (申请升级), shown to its administrator
  const ownRequest = data && data.schools.length === 1 ? data.schools[0]?.request : null;
  const blockedBy =
    data && !data.canPromote
      ? (data.refusal?.message ?? "")
      : schoolId !== undefined
        ? "升级全县统一执行:请清除学校筛选,预览全县后再执行"
        : problems > 0
          ? "有学生无法升级,请先核对其学籍"
          : nothing
            ? "没有可升级或毕业的在读学生"
            : null;

  const run = async () => {
    if (!data) return;
    try {
      const confirm = { promote: data.totals.promote, graduate: data.totals.graduate };
      setResult(await promote.mutateAsync({ fromYear: data.fromYear, confirm }));
    } catch (e) {
      message.error(e instanceof Error ? e.message : "升级失败,请稍后再试");
    }
  };

  if (result) {
    return (
      <Card title={<PageTitle inline>学年升级</PageTitle>}>
        <Outcome result={result} onDone={() => setResult(null)} />
      </Card>
    );
  }

  const execute = (
    <Popconfirm
      title={data ? `确认执行全县${registry.schoolYearLabel(data.fromYear)}升级?` : "确认执行学年升级?"}
      placement="bottomRight"
      description={
        <div style={{ maxWidth: 340 }} data-testid="promotion-confirm-description">
          {data
            ? `全县 ${data.schools.filter((s) => !s.done && s.promote + s.graduate > 0).length} 所学校:${data.totals.promote} 名学生升入${registry.schoolYearLabel(data.toYear)},${data.totals.graduate} 名学生毕业,新建 ${data.totals.classesToCreate} 个班级;全县当前学年随之改为${registry.schoolYearLabel(data.toYear)}。`
            : ""}
          升级一经执行不可撤销,请确认本学年的学籍变动(转学、休学等)均已办结。
        </div>
      }
      okText="确认升级"
      cancelText="取消"
      okButtonProps={{ danger: true, loading: promote.isPending, "data-testid": "promotion-confirm-ok" }}
      onConfirm={run}
      disabled={blockedBy !== null}
    >
      <Button
        type="primary"
        danger
        data-testid="promotion-confirm"
        disabled={blockedBy !== null}
        loading={promote.isPending}
      >
        执行全县升级
      </Button>
    </Popconfirm>
  );

  return (
    <Card
      title={<PageTitle inline>学年升级</PageTitle>}
      extra={
        section ? (
          blockedBy ? (
            <Tooltip title={blockedBy}>
              <span>{execute}</span>
            </Tooltip>
          ) : (
            execute
          )
        ) : (
          data?.canRequest && <PromotionRequestButton year={data.fromYear} promotionDate={data.promotionDate} />
        )
      }
    >
      <Schedule preview={data} settings={section && <PromotionSettingButton settings={settings.data} />} />
      {data && !data.canPromote && data.refusal && (
        <Alert
          type={data.refusal.code === "PROMOTION_COUNTY_ONLY" ? "info" : "warning"}
          showIcon
          style={{ marginBottom: 16 }}
          title={data.refusal.message}
          description={
            data.refusal.code === "PROMOTION_COUNTY_ONLY"
              ? `下表为本校升级预览${data.promotionDate ? `;全县升级日期:${calendar.chineseDate(data.promotionDate)}` : ""}。`
              : "下表为升级预览,到升级日期后方可执行。"
          }
          data-testid="promotion-refusal"
        />
      )}
      {!section && ownRequest && (
        <Alert
          type={ownRequest.status === "confirmed" ? "success" : "info"}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="promotion-own-request"
          title={
            ownRequest.status === "confirmed"
              ? `本校的升级申请已随全县升级办理完毕`
              : `本校已于${calendar.chineseDate(calendar.beijingDate(new Date(ownRequest.requestedAt)))}申请升级,待基础教育股在全县升级日期统一办理`
          }
          description={ownRequest.note ?? undefined}
        />
      )}
      {schools.many && (
        <Space wrap style={{ marginBottom: 16 }}>
          <Typography.Text>预览范围</Typography.Text>
          <SchoolSelect testId="promotion-school" value={schoolId} schools={schools.rows} onChange={setSchoolId} />
        </Space>
      )}
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
