import { DownloadOutlined, FileExcelOutlined, InboxOutlined, ReloadOutlined } from "@ant-design/icons";
import { registry } from "@edubureau/core";
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Divider,
  Input,
  Progress,
  Result,
  Row,
  Segmented,
  Space,
  Statistic,
  Steps,
  Table,
  Tag,
  Typography,
  Upload,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useAuth, useMe } from "../../app/auth";
import { paths } from "../../app/menu";
import { PageTitle } from "../../components/PageTitle";
import { useSchoolYears, YearSelect } from "../filters";
import {
  excelApi,
  type ImportCommitResult,
  type ImportKind,
  type ImportProblem,
  type ImportValidation,
  MAX_IMPORT_BYTES,
} from "./api";
import { useCommitImport } from "./hooks";

const problemColumns: ColumnsType<ImportProblem> = [
  { title: "行", dataIndex: "row", width: 70, align: "right", sorter: (a, b) => a.row - b.row },
  { title: "列", dataIndex: "column", width: 120 },
  {
    title: "值",
    dataIndex: "value",
    width: 200,
    ellipsis: true,
    render: (v: string) =>
      v ? <Typography.Text code>{v}</Typography.Text> : <Typography.Text type="secondary">(空)</Typography.Text>,
  },
  {
    title: "问题",
    dataIndex: "message",
    render: (message: string, p) => (
      <Space size={6} align="start">
        {p.level === "warning" ? <Tag color="gold">提示</Tag> : <Tag color="red">错误</Tag>}
        <span>{message}</span>
      </Space>
    ),
  },
];

const isExcel = (name: string) => /\.xlsx$/i.test(name);

/** Step 2: the drop zone, xlsx only, with the upload's progress. */
function UploadStep({
  fields,
  onUploaded,
  disabled,
}: {
  fields: Parameters<typeof excelApi.upload>[1];
  onUploaded: (result: ImportValidation) => void;
  disabled: boolean;
}) {
  const { message } = App.useApp();
  const [percent, setPercent] = useState<number | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const checking = percent === 100;

  return (
    <div data-testid="import-upload">
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        maxCount={1}
        showUploadList={false}
        disabled={disabled || percent !== null}
        beforeUpload={(file) => {
          if (!isExcel(file.name)) {
            message.error("只能上传 .xlsx 格式的 Excel 文件(请用模板填写后另存为 .xlsx)");
            return Upload.LIST_IGNORE;
          }
          if (file.size > MAX_IMPORT_BYTES) {
            message.error("文件过大(上限 30 MB):请分成几个文件上传");
            return Upload.LIST_IGNORE;
          }
          return true;
        }}
        customRequest={({ file, onProgress, onSuccess, onError }) => {
          const blob = file as File;
          setError(null);
          setFileName(blob.name);
          setPercent(0);
          excelApi
            .upload(blob, fields, (p) => {
              setPercent(p);
              onProgress?.({ percent: p });
            })
            .then((result) => {
              setPercent(null);
              onSuccess?.(result);
              onUploaded(result);
            })
            .catch((e: unknown) => {
              setPercent(null);
              const text = e instanceof Error ? e.message : "上传失败,请稍后再试";
              setError(text);
              onError?.(e instanceof Error ? e : new Error(text));
            });
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击或将填好的 Excel 文件拖到此处上传</p>
        <p className="ant-upload-hint">仅支持 .xlsx 格式,最大 30 MB;上传后系统逐行校验,确认导入前不会写入任何数据</p>
      </Upload.Dragger>
      {percent !== null && (
        <div style={{ marginTop: 12 }} data-testid="import-progress">
          <Typography.Text>
            <FileExcelOutlined /> {fileName} {checking ? "上传完成,正在校验…" : "正在上传…"}
          </Typography.Text>
          <Progress percent={percent} status="active" />
        </div>
      )}
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title="上传失败"
          description={error}
          data-testid="import-error"
        />
      )}
    </div>
  );
}

/** Step 3: the summary and the problems, with the report to download. */
function ValidationStep({ validation }: { validation: ImportValidation }) {
  const kind = KINDS[validation.job.kind] ?? KINDS.students;
  const { job, summary, problems } = validation;
  const stats = [
    { key: "rows", title: "数据行", value: summary.rows, suffix: "行" },
    { key: "valid", title: "无误行", value: summary.validRows, suffix: "行", color: "#389e0d" },
    {
      key: "invalid",
      title: "有误行",
      value: summary.invalidRows,
      suffix: "行",
      color: summary.invalidRows > 0 ? "#cf1322" : undefined,
    },
    { key: "errors", title: "错误 / 提示", value: summary.errors, suffix: `/ ${summary.warnings} 处` },
  ];
  return (
    <div data-testid="import-validation">
      <Typography.Paragraph>
        文件:<Typography.Text strong>{job.fileName}</Typography.Text>
        {kind.yearly ? `,导入到${registry.schoolYearLabel(job.schoolYear)}` : ""}
        {summary.exampleRowsSkipped > 0 && (
          <Typography.Text type="secondary">(已跳过 {summary.exampleRowsSkipped} 行示例)</Typography.Text>
        )}
      </Typography.Paragraph>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {stats.map((s) => (
          <Col key={s.key} xs={12} xl={6}>
            <Card size="small" data-testid={`import-stat-${s.key}`}>
              <Statistic
                title={s.title}
                value={s.value}
                suffix={s.suffix}
                styles={s.color ? { content: { color: s.color } } : undefined}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {summary.byColumn.length > 0 && (
        <Space size={[8, 8]} wrap style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">问题较多的列:</Typography.Text>
          {summary.byColumn.map((c) => (
            <Tag key={c.column} color={c.errors > 0 ? "red" : "gold"}>
              {c.column} {c.errors + c.warnings}
            </Tag>
          ))}
        </Space>
      )}
      {problems.length === 0 ? (
        <Alert type="success" showIcon title="校验通过,所有行均无问题" style={{ marginBottom: 12 }} />
      ) : (
        <>
          <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", marginBottom: 8 }}>
            <Typography.Text>
              共 {summary.errors + summary.warnings} 处问题
              {summary.errors + summary.warnings > problems.length
                ? `(下表列出前 ${problems.length} 处,全部问题见校验报告)`
                : ""}
              ,请按行号改正原文件后重新上传。
            </Typography.Text>
            <Button icon={<DownloadOutlined />} href={excelApi.reportUrl(job.id)} download data-testid="import-report">
              下载校验报告
            </Button>
          </div>
          <Table<ImportProblem>
            rowKey={(p) => `${p.row}:${p.column}:${p.message}`}
            size="small"
            data-testid="import-problems-table"
            columns={problemColumns}
            dataSource={problems}
            pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => `共 ${total} 处` }}
          />
        </>
      )}
    </div>
  );
}

/** What each import kind is called, what its template holds, and where its rows are seen afterwards. */
const KINDS: Record<
  ImportKind,
  { label: string; unit: string; hint: string; yearly: boolean; list: string; listLabel: string }
> = {
  students: {
    label: "学生",
    unit: "名学生",
    hint: "模板含填写说明、各列的可选值和本单位学校的标识码。请勿修改表头;标为“示例”的行会被自动跳过。班级须已在系统中建立。",
    yearly: true,
    list: paths.students,
    listLabel: "查看学生名单",
  },
  staff: {
    label: "教职工",
    unit: "名教职工",
    hint: "模板含填写说明、岗位、编制、学科、职称等可选值和本单位学校的标识码。已登记的教职工不要重复导入,修改请在名单中编辑。",
    yearly: true,
    list: paths.staff,
    listLabel: "查看教职工",
  },
  schools: {
    label: "学校",
    unit: "所学校",
    hint: "每行一所新学校(基础教育股)。已有学校的更名、搬迁、合并、撤销请在学校详情页登记,以保留沿革。",
    yearly: false,
    list: paths.schools,
    listLabel: "查看学校名录",
  },
  conditions: {
    label: "办学条件",
    unit: "所学校的办学条件",
    hint: "每所学校每学年一行(统计时点9月1日),模板已列出尚未填报的学校。已填报的学年不能覆盖;确需更正时勾选“更正已填报数据”并填写原因。",
    yearly: true,
    list: paths.schools,
    listLabel: "查看学校名录",
  },
};

/**
 * The import flow for one or more kinds: choose the kind, download its template, upload the filled file, read the
 * validation report, then import — all rows when there are no errors, or (explicitly) only the rows without errors.
 */
export function ImportFlow({ kinds, onDone }: { kinds: readonly ImportKind[]; onDone?: () => void }) {
  const navigate = useNavigate();
  const schoolYears = useSchoolYears();
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? "students");
  const [yearChosen, setYear] = useState<number | undefined>(undefined);
  const year = yearChosen ?? schoolYears.latest;
  const [validation, setValidation] = useState<ImportValidation | null>(null);
  const [onlyValid, setOnlyValid] = useState(false);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);
  const [uploadKey, setUploadKey] = useState(0);
  const [correcting, setCorrecting] = useState(false);
  const [reason, setReason] = useState("");
  const commit = useCommitImport();
  const about = KINDS[kind];
  const reasonOk = !correcting || reason.trim().length >= 4;

  const summary = validation?.summary;
  const hasErrors = (summary?.invalidRows ?? 0) > 0 || (summary?.errors ?? 0) > 0;
  const validRows = summary?.validRows ?? 0;
  const canCommit = validation !== null && validRows > 0 && (!hasErrors || onlyValid);
  const current = result ? 4 : validation ? (canCommit ? 3 : 2) : 1;

  const restart = () => {
    setValidation(null);
    setResult(null);
    setOnlyValid(false);
    setCommitError(null);
    setUploadKey((k) => k + 1);
  };

  const runCommit = async () => {
    if (!validation) return;
    setCommitError(null);
    try {
      setResult(await commit.mutateAsync({ id: validation.job.id, onlyValidRows: hasErrors && onlyValid }));
    } catch (e) {
      setCommitError(e instanceof Error ? e.message : "导入失败,请稍后再试");
    }
  };

  return (
    <div data-testid="import-flow">
      <Steps
        current={current}
        style={{ marginBottom: 24 }}
        data-testid="import-steps"
        items={[{ title: "下载模板" }, { title: "上传" }, { title: "校验结果" }, { title: "导入" }]}
      />
      {result ? (
        <Result
          status="success"
          data-testid="import-result"
          title="导入完成"
          subTitle={`已导入 ${result.written} ${about.unit}${result.skipped > 0 ? `,跳过有误的 ${result.skipped} 行` : ""}。`}
          extra={[
            <Button
              key="list"
              type="primary"
              onClick={() => (onDone ? onDone() : navigate(about.list))}
              data-testid="import-see-list"
            >
              {about.listLabel}
            </Button>,
            <Button key="again" icon={<ReloadOutlined />} onClick={restart}>
              继续导入
            </Button>,
          ]}
        />
      ) : (
        <>
          {kinds.length > 1 && (
            <div style={{ marginBottom: 16 }}>
              <Segmented<ImportKind>
                data-testid="import-kind"
                value={kind}
                onChange={(k) => {
                  setKind(k);
                  setCorrecting(false);
                  setReason("");
                  restart();
                }}
                options={kinds.map((k) => ({ value: k, label: KINDS[k].label }))}
              />
            </div>
          )}
          <Typography.Title level={5}>1. 下载模板</Typography.Title>
          <Typography.Paragraph type="secondary">{about.hint}</Typography.Paragraph>
          <Space wrap>
            {about.yearly && (
              <>
                <Typography.Text>{kind === "conditions" ? "填报学年" : "导入学年"}</Typography.Text>
                <YearSelect
                  testId="import-year"
                  value={year}
                  years={kind === "conditions" && year !== undefined ? withNext(schoolYears.years) : schoolYears.years}
                  onChange={(y) => {
                    setYear(y);
                    restart();
                  }}
                />
              </>
            )}
            <Button
              icon={<DownloadOutlined />}
              href={excelApi.templateUrl(kind, year)}
              download
              data-testid="import-template"
            >
              下载{about.label}导入模板
            </Button>
          </Space>
          {kind === "conditions" && !validation && (
            <div style={{ marginTop: 12 }}>
              <Checkbox
                checked={correcting}
                onChange={(e) => setCorrecting(e.target.checked)}
                data-testid="import-correction"
              >
                更正已填报数据
              </Checkbox>
              {correcting && (
                <Input
                  style={{ width: 420, marginTop: 8, display: "block" }}
                  placeholder="更正原因(至少4个字),如:按新测绘报告更正校舍面积"
                  maxLength={200}
                  value={reason}
                  status={reason && !reasonOk ? "error" : undefined}
                  onChange={(e) => setReason(e.target.value)}
                  data-testid="import-correction-reason"
                />
              )}
            </div>
          )}
          <Divider />
          <Typography.Title level={5}>2. 上传</Typography.Title>
          {validation ? (
            <Space>
              <Typography.Text>
                已上传 <Typography.Text strong>{validation.job.fileName}</Typography.Text>
              </Typography.Text>
              <Button icon={<ReloadOutlined />} onClick={restart} data-testid="import-restart">
                重新上传
              </Button>
            </Space>
          ) : (
            <UploadStep
              key={`${kind}:${uploadKey}`}
              fields={{
                kind,
                year: about.yearly ? year : undefined,
                correctionReason: correcting ? reason.trim() : undefined,
              }}
              disabled={(about.yearly && year === undefined) || !reasonOk}
              onUploaded={setValidation}
            />
          )}
          {validation && (
            <>
              <Divider />
              <Typography.Title level={5}>3. 校验结果</Typography.Title>
              <ValidationStep validation={validation} />
              <Divider />
              <Typography.Title level={5}>4. 导入</Typography.Title>
              {hasErrors && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title={`有 ${summary?.invalidRows ?? 0} 行存在错误,不能全部导入。建议改正后重新上传;如确需先导入无误的 ${validRows} 行,请勾选下方选项。`}
                />
              )}
              {commitError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={commitError} />}
              <Space wrap>
                {hasErrors && (
                  <Checkbox
                    checked={onlyValid}
                    disabled={validRows === 0}
                    onChange={(e) => setOnlyValid(e.target.checked)}
                    data-testid="import-only-valid"
                  >
                    只导入无误的行
                  </Checkbox>
                )}
                <Button
                  type="primary"
                  disabled={!canCommit}
                  loading={commit.isPending}
                  onClick={runCommit}
                  data-testid="import-commit"
                >
                  确认导入
                </Button>
                <Typography.Text type="secondary" data-testid="import-commit-hint">
                  {!hasErrors
                    ? `将导入 ${validRows} 行`
                    : onlyValid
                      ? `将导入无误的 ${validRows} 行,跳过有误的 ${summary?.invalidRows ?? 0} 行`
                      : "存在错误,请改正后重新上传,或勾选“只导入无误的行”"}
                </Typography.Text>
              </Space>
            </>
          )}
        </>
      )}
    </div>
  );
}

/** The years with data plus the next one (school conditions are reported for a year as it starts). */
function withNext(years: number[]): number[] {
  const next = (years[0] ?? new Date().getFullYear() - 1) + 1;
  return years.includes(next) ? years : [next, ...years];
}

/**
 * 批量导入: students, and — for those who write them — staff (人事股 or the school), new schools (基础教育股) and a
 * year's school conditions.
 */
export default function ImportPage() {
  const { can } = useAuth();
  const me = useMe();
  const kinds: ImportKind[] = ["students"];
  if (can("write", "staffing")) kinds.push("staff");
  if (me.user.role === "section") kinds.push("schools");
  kinds.push("conditions");
  return (
    <Card title={<PageTitle inline>批量导入</PageTitle>}>
      <ImportFlow kinds={kinds} />
    </Card>
  );
}
