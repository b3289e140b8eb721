import { Alert, Card, Descriptions, Progress, Skeleton, Space, Table, Tag } from "antd";
import { PageTitle } from "../components/PageTitle";
import { MethodNote } from "./components";
import { useMyRecord } from "./hooks";

/** 我的教师档案: a teacher's own training progress, recognitions and rotations. */
export default function MyRecordPage() {
  const q = useMyRecord();
  const m = q.data;
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <Card title={<PageTitle inline>我的教师档案</PageTitle>}>
        {q.isError && <Alert type="error" showIcon title={q.error.message} />}
        {!m ? (
          <Skeleton active />
        ) : (
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                { key: "n", label: "姓名", children: m.name },
                { key: "s", label: "学校", children: m.schoolName },
                { key: "j", label: "任教学科", children: m.label },
                { key: "t", label: "职称", children: m.titleLabel },
                { key: "no", label: "工号", children: m.staffNumber },
                { key: "r", label: "法定退休日期", children: m.retirementDate },
              ]}
            />
            <div>
              本周期({m.cycle.start} 至 {m.cycle.end})计入 {m.progress.counted} / {m.progress.required} 学时
              {m.progress.complete ? (
                <Tag color="green" style={{ marginInlineStart: 8 }}>
                  已完成
                </Tag>
              ) : m.progress.behind ? (
                <Tag color="red" style={{ marginInlineStart: 8 }}>
                  进度滞后(目前应达到 {m.progress.expected} 学时)
                </Tag>
              ) : null}
              <Progress percent={m.progress.percent} data-testid="my-progress" />
            </div>
            <MethodNote
              items={[
                "每个五年周期不少于 360 学时;校本研修最多计入一半;周期内入职的按年折算。",
                "学时记录由人事股从培训平台导入,校本研修由学校登记;如有遗漏请联系学校或人事股。",
              ]}
            />
          </Space>
        )}
      </Card>
      {m && (
        <Card title="培训记录">
          <Table
            rowKey={(r) => `${r.course}-${r.startDate}`}
            size="small"
            dataSource={m.records}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 560 }}
            columns={[
              { title: "培训项目", dataIndex: "course", ellipsis: true },
              { title: "层级", dataIndex: "levelLabel", width: 110 },
              { title: "开始", dataIndex: "startDate", width: 110 },
              { title: "结束", dataIndex: "endDate", width: 110 },
              { title: "学时", dataIndex: "hours", width: 70, align: "right" },
            ]}
          />
        </Card>
      )}
      {m && (m.recognitions.length > 0 || m.rotations.length > 0) && (
        <Card title="认定与交流">
          {m.recognitions.map((r) => (
            <div key={r.recognisedOn + r.tierLabel}>
              {r.levelLabel}
              {r.tierLabel}:{r.recognisedOn} 至 {r.expiresOn ?? "长期"}
            </div>
          ))}
          {m.rotations.map((r) => (
            <div key={r.schoolYear}>
              {r.schoolYear}学年交流{r.toSchool ? `到${r.toSchool}` : ""}(
              {r.status === "approved" ? "已同意" : r.status === "proposed" ? "待处理" : "未同意"})
            </div>
          ))}
        </Card>
      )}
    </Space>
  );
}
