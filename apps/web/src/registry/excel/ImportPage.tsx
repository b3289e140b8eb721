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
  Progress,
  Result,
  Row,
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
import { paths } from "../../app/menu";
import { useSchoolYears, YearSelect } from "../filters";
import { excelApi, type ImportCommitResult, type ImportProblem, type ImportValidation, MAX_IMPORT_BYTES } from "./api";
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
  year,
  onUploaded,
  disabled,
}: {
  year: number | undefined;
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
            .upload(blob, year, (p) => {
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
        文件:<Typography.Text strong>{job.fileName}</Typography.Text>,导入到{registry.schoolYearLabel(job.schoolYear)}
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

/**
 * 批量导入学生: download the template, upload the filled file, read the validation report, then import —
 * all rows when there are no errors, or (explicitly) only the rows without errors.
 */
export default function ImportPage() {
  const navigate = useNavigate();
  const schoolYears = useSchoolYears();
  const [yearChosen, setYear] = useState<number | undefined>(undefined);
  const year = yearChosen ?? schoolYears.latest;
  const [validation, setValidation] = useState<ImportValidation | null>(null);
  const [onlyValid, setOnlyValid] = useState(false);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);
  const [uploadKey, setUploadKey] = useState(0);
  const commit = useCommitImport();

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
    <Card title="批量导入学生">
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
          subTitle={`已导入 ${result.written} 名学生${result.skipped > 0 ? `,跳过有误的 ${result.skipped} 行` : ""}。`}
          extra={[
            <Button key="students" type="primary" onClick={() => navigate(paths.students)}>
              查看学生名单
            </Button>,
            <Button key="again" icon={<ReloadOutlined />} onClick={restart}>
              继续导入
            </Button>,
          ]}
        />
      ) : (
        <>
          <Typography.Title level={5}>1. 下载模板</Typography.Title>
          <Typography.Paragraph type="secondary">
            模板含填写说明、各列的可选值和本单位学校的标识码。请勿修改表头;标为“示例”的行会被自动跳过。班级须已在系统中建立。
          </Typography.Paragraph>
          <Space wrap>
            <Typography.Text>导入学年</Typography.Text>
            <YearSelect
              testId="import-year"
              value={year}
              years={schoolYears.years}
              onChange={(y) => {
                setYear(y);
                restart();
              }}
            />
            <Button
              icon={<DownloadOutlined />}
              href={excelApi.studentTemplateUrl(year)}
              download
              data-testid="import-template"
            >
              下载学生信息导入模板
            </Button>
          </Space>
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
            <UploadStep key={uploadKey} year={year} disabled={year === undefined} onUploaded={setValidation} />
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
    </Card>
  );
}
