import { Alert, App, Button, Modal, Space, Table } from "antd";
import { useState } from "react";
import { CheckFileButton } from "../components/CheckFileButton";
import { type ImportResult, staffingApi } from "./api";
import { DownloadButton } from "./components";
import { useStaffingWrite } from "./hooks";

/**
 * 人事股's import of the training platforms' records: upload (checked completely, nothing written), the problems by
 * row and column with the marked-up report to download, then the commit in one transaction.
 */
export function TrainingImport(props: { onClose: () => void }) {
  const { message } = App.useApp();
  const [result, setResult] = useState<ImportResult | null>(null);
  const commit = useStaffingWrite((onlyValidRows: boolean) =>
    staffingApi.commitTraining(result?.job.id ?? "", onlyValidRows),
  );
  const done = (n: number) => {
    message.success(`已导入 ${n} 条培训记录`);
    props.onClose();
  };
  const s = result?.summary;
  return (
    <Modal open title="导入培训学时" footer={null} width={820} onCancel={props.onClose}>
      <Space direction="vertical" size={12} style={{ width: "100%" }}>
        <Space wrap>
          <DownloadButton
            path="imports/template.xlsx"
            fallback="培训学时导入模板.xlsx"
            label="下载导入模板"
            testId="training-template"
          />
          <CheckFileButton
            check={(file) => staffingApi.uploadTraining(file)}
            onChecked={setResult}
            testId="training-upload"
          />
        </Space>
        {result && s && (
          <>
            <Alert
              type={s.errors > 0 ? "warning" : "success"}
              showIcon
              title={`共 ${s.rows} 行:正确 ${s.validRows} 行,有错误 ${s.invalidRows} 行(${s.errors} 处);尚未写入任何数据`}
            />
            {s.errors > 0 && (
              <DownloadButton
                path={`imports/${result.job.id}/report.xlsx`}
                fallback="校验报告.xlsx"
                label="下载校验报告(错误单元格标红)"
                testId="training-report"
              />
            )}
            {result.problems.length > 0 && (
              <Table
                size="small"
                rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
                dataSource={result.problems}
                pagination={{ pageSize: 8, hideOnSinglePage: true }}
                columns={[
                  { title: "行", dataIndex: "row", width: 60 },
                  { title: "列", dataIndex: "column", width: 90 },
                  { title: "填写的值", dataIndex: "value", width: 120, ellipsis: true },
                  { title: "问题及改法", dataIndex: "message" },
                ]}
              />
            )}
            <Space>
              <Button
                type="primary"
                disabled={s.errors > 0 || s.validRows === 0}
                loading={commit.isPending}
                onClick={() => commit.mutate(false, { onSuccess: (r) => done(r.written) })}
                data-testid="training-commit"
              >
                提交导入
              </Button>
              {s.errors > 0 && s.validRows > 0 && (
                <Button
                  loading={commit.isPending}
                  onClick={() =>
                    commit.mutate(true, {
                      onSuccess: (r) => done(r.written),
                      onError: (e) => message.error(e.message),
                    })
                  }
                >
                  只导入正确的 {s.validRows} 行
                </Button>
              )}
            </Space>
          </>
        )}
      </Space>
    </Modal>
  );
}
