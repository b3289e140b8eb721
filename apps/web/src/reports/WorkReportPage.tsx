import { Alert, App, Button, Card, Input, Modal, Skeleton, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { ApiError } from "../app/api";
import { ForbiddenPage } from "../app/StatusPages";
import { PageTitle } from "../components/PageTitle";
import { reportsApi, type WorkReportItem } from "./api";
import { ChangeTag, YearSelect } from "./components";
import { useRevertSentence, useSaveSentence, useWorkReport } from "./hooks";

function EditModal(props: { item: WorkReportItem; year: number; onClose: () => void }) {
  const { message } = App.useApp();
  const save = useSaveSentence(props.year);
  const [text, setText] = useState(props.item.sentence);
  return (
    <Modal
      open
      title={`修改表述:${props.item.name}`}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      onCancel={props.onClose}
      onOk={() =>
        save.mutate(
          { key: props.item.key, body: { text } },
          {
            onSuccess: () => {
              message.success("已保存表述");
              props.onClose();
            },
            onError: (e) => message.error(e.message),
          },
        )
      }
    >
      <Typography.Paragraph type="secondary">自动生成:{props.item.generated}</Typography.Paragraph>
      <Input.TextArea
        aria-label="表述"
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={500}
      />
    </Modal>
  );
}

function ItemBlock({ item, year, onEdit }: { item: WorkReportItem; year: number; onEdit: () => void }) {
  const { message } = App.useApp();
  const revert = useRevertSentence(year);
  return (
    <div style={{ padding: "8px 0", borderBottom: "1px solid #f0f0f0" }} data-testid={`item-${item.key}`}>
      <Space wrap size={8} style={{ marginBottom: 4 }}>
        <Typography.Text strong>{item.name}</Typography.Text>
        {item.figure.display && <Tag>{item.figure.display}</Tag>}
        {item.figure.status === "ok" ? <ChangeTag figure={item.figure} /> : <Tag color="warning">数据不全</Tag>}
        {item.edited && <Tag color="blue">已修改({item.edited.by})</Tag>}
        {item.stale && <Tag color="error">指标已变化,请核对表述</Tag>}
      </Space>
      <Typography.Paragraph style={{ marginBottom: 4, fontSize: 15 }}>{item.sentence}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4 }}>
        注:{item.footnote}
      </Typography.Paragraph>
      {item.canEdit && (
        <Space>
          <Button size="small" onClick={onEdit}>
            修改表述
          </Button>
          {item.edited && (
            <Button
              size="small"
              loading={revert.isPending}
              onClick={() =>
                revert.mutate(item.key, {
                  onSuccess: () => message.success("已恢复自动生成的表述"),
                  onError: (e) => message.error(e.message),
                })
              }
            >
              恢复自动表述
            </Button>
          )}
        </Space>
      )}
    </div>
  );
}

/** The year's work report data (年度工作总结数据): chapters of sentences, each traced to its figure's definition. */
export default function WorkReportPage() {
  const { message } = App.useApp();
  const [year, setYear] = useState<number | undefined>(undefined);
  const report = useWorkReport(year);
  const [editing, setEditing] = useState<WorkReportItem | null>(null);
  if (report.error instanceof ApiError && report.error.status === 403) return <ForbiddenPage />;
  const data = report.data;
  const download = (kind: "docx" | "xlsx") => {
    if (!data) return;
    (kind === "docx" ? reportsApi.downloadDocx(data.year) : reportsApi.downloadXlsx(data.year)).catch((e: Error) =>
      message.error(e.message),
    );
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <div style={{ display: "flex", justifyContent: "space-between", flexWrap: "wrap", gap: 12 }}>
        <PageTitle testId="report-title" style={{ margin: 0 }}>
          {data ? `${data.countyName}${data.year}年度工作总结数据` : "年度工作总结数据"}
        </PageTitle>
        <Space wrap>
          <YearSelect value={year} current={data?.year} onChange={setYear} />
          {data?.canExport && (
            <>
              <Button type="primary" onClick={() => download("docx")}>
                导出Word
              </Button>
              <Button onClick={() => download("xlsx")}>导出指标一览(Excel)</Button>
            </>
          )}
        </Space>
      </div>
      {report.isError && <Alert type="error" showIcon title="加载失败" description={report.error.message} />}
      {!data ? (
        <Skeleton active />
      ) : (
        data.groups.map((g, i) => (
          <Card key={g.group} size="small" title={`${"一二三四五六七八九十"[i] ?? i + 1}、${g.label}`}>
            {g.items.map((item) => (
              <ItemBlock key={item.key} item={item} year={data.year} onEdit={() => setEditing(item)} />
            ))}
          </Card>
        ))
      )}
      {editing && data && <EditModal item={editing} year={data.year} onClose={() => setEditing(null)} />}
      <Alert
        type="info"
        showIcon
        title="说明"
        description="表述由指标自动生成,负责该指标的股室和办公室可以修改;修改后的表述与当时的指标值一起保存,指标值变化后标注“指标已变化”,请核对后重新保存。数据不全的指标不显示数字。"
      />
    </Space>
  );
}
