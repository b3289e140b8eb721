import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Checkbox, Space, Table, Tag, Typography, Upload } from "antd";
import { useState } from "react";
import { ApiError } from "../app/api";
import { type ExportKind, type ImportResult, retentionApi } from "./api";
import { useRetentionWrite } from "./hooks";

/** The Chinese message of an error, for a toast. */
export const errorText = (e: unknown) => (e instanceof ApiError ? e.message : "操作失败,请稍后重试");

/** A percentage as printed: two decimals at most, "暂无数据" without a denominator. */
export function rateText(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "暂无数据" : `${Number(rate.toFixed(2))}%`;
}

/** State of a case as a coloured tag. */
export function CaseStateTag({ state, label }: { state: string; label: string }) {
  const color =
    state === "closed"
      ? "success"
      : state === "dismissed"
        ? "default"
        : state === "returned"
          ? "processing"
          : state === "confirmed"
            ? "error"
            : "warning";
  return <Tag color={color}>{label}</Tag>;
}

/**
 * Upload → validation report → commit of a roster or poverty list, on the shared import pipeline: problems shown by
 * row and column, the marked-up workbook to download, nothing written until the file is clean (or the user chooses
 * to import only the valid rows).
 */
export function ImportCard({ kind, title }: { kind: "roster" | "poverty"; title: string }) {
  const { message } = App.useApp();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [onlyValid, setOnlyValid] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const commit = useRetentionWrite((args: { id: string; onlyValid: boolean }) =>
    retentionApi.commit(args.id, args.onlyValid),
  );
  const upload = async (file: File) => {
    setProgress(0);
    try {
      setResult(await retentionApi.upload(file, kind, setProgress));
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setProgress(null);
    }
  };
  const s = result?.summary;
  return (
    <Card
      title={title}
      size="small"
      extra={
        <Button
          icon={<DownloadOutlined />}
          onClick={() => retentionApi.downloadTemplate(kind).catch((e) => message.error(errorText(e)))}
        >
          下载模板
        </Button>
      }
    >
      <Space direction="vertical" style={{ width: "100%" }}>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file as File);
            return false;
          }}
        >
          <Button
            type="primary"
            icon={<UploadOutlined />}
            loading={progress !== null}
            data-testid={`retention-upload-${kind}`}
          >
            {progress !== null ? `上传中 ${progress}%` : "上传并校验"}
          </Button>
        </Upload>
        {result && s && (
          <>
            <Alert
              type={s.errors > 0 ? "error" : "success"}
              showIcon
              data-testid={`retention-import-result-${kind}`}
              title={
                s.errors > 0
                  ? `共 ${s.rows} 行,${s.invalidRows} 行有 ${s.errors} 处错误,尚未写入任何数据`
                  : `共 ${s.rows} 行,校验通过,可以提交导入`
              }
              description={
                s.errors > 0
                  ? "请下载校验报告(错误单元格标红并附批注),改正后重新上传;也可以只导入正确的行。"
                  : undefined
              }
            />
            {result.problems.length > 0 && (
              <Table
                size="small"
                rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
                pagination={{ pageSize: 5, size: "small" }}
                dataSource={result.problems}
                columns={[
                  { title: "行", dataIndex: "row", width: 60 },
                  { title: "列", dataIndex: "column", width: 120 },
                  { title: "问题及改正方法", dataIndex: "message" },
                ]}
              />
            )}
            <Space wrap>
              {s.errors > 0 && (
                <Button
                  icon={<DownloadOutlined />}
                  onClick={() => retentionApi.downloadReport(result.job.id).catch((e) => message.error(errorText(e)))}
                >
                  下载校验报告
                </Button>
              )}
              {s.errors > 0 && s.validRows > 0 && (
                <Checkbox checked={onlyValid} onChange={(e) => setOnlyValid(e.target.checked)}>
                  只导入正确的 {s.validRows} 行
                </Checkbox>
              )}
              <Button
                type="primary"
                disabled={result.job.status === "committed" || (s.errors > 0 && !onlyValid)}
                loading={commit.isPending}
                onClick={() =>
                  commit.mutate(
                    { id: result.job.id, onlyValid },
                    {
                      onSuccess: (r) => {
                        message.success(`已导入 ${r.written} 行`);
                        setResult({ ...result, job: r.job });
                      },
                      onError: (e) => message.error(errorText(e)),
                    },
                  )
                }
              >
                提交导入
              </Button>
            </Space>
          </>
        )}
        <Typography.Text type="secondary">
          身份证号只以加密密文和脱敏号码保存;与学籍比对成功的儿童,其户籍身份信息在比对后按规定清除。
        </Typography.Text>
      </Space>
    </Card>
  );
}

/** Downloads an export (xlsx) of a register or the rates; the server masks names and audits it. */
export function ExportButton(props: { kind: ExportKind; month?: string; schoolYear?: number; label?: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      data-testid={`retention-export-${props.kind}`}
      onClick={() => {
        setBusy(true);
        retentionApi
          .downloadExport(props.kind, { month: props.month, schoolYear: props.schoolYear })
          .catch((e) => message.error(errorText(e)))
          .finally(() => setBusy(false));
      }}
    >
      {props.label ?? "导出 Excel"}
    </Button>
  );
}
