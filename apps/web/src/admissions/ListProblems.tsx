import { Alert, Table } from "antd";
import { ApiError } from "../app/api";

interface RowProblem {
  row: number;
  column: string;
  value: string;
  message: string;
}

const isRowProblem = (d: unknown): d is RowProblem =>
  typeof d === "object" && d !== null && "row" in d && "column" in d && "message" in d;

/** An error from creating an event: the message, then each problem (by row and column for a list file). */
export function ListProblems({ error }: { error: unknown }) {
  if (!(error instanceof ApiError)) return <Alert type="error" showIcon message="操作失败,请稍后再试" />;
  const details = Array.isArray(error.details) ? error.details : [];
  const rows = details.filter(isRowProblem);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="list-problems"
      message={error.message}
      description={
        rows.length > 0 ? (
          <Table
            size="small"
            rowKey={(r) => `${r.row}-${r.column}`}
            pagination={rows.length > 10 ? { pageSize: 10 } : false}
            dataSource={rows}
            columns={[
              { title: "行", dataIndex: "row", width: 60 },
              { title: "列", dataIndex: "column", width: 110 },
              { title: "填写的值", dataIndex: "value", width: 120 },
              { title: "问题与修改方法", dataIndex: "message" },
            ]}
          />
        ) : error.fieldProblems.length > 1 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {error.fieldProblems.map((p) => (
              <li key={`${p.field}-${p.message}`}>{p.message}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
