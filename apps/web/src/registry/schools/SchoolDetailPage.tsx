import { ArrowLeftOutlined } from "@ant-design/icons";
import { registry } from "@edubureau/core";
import { Button, Card, Descriptions, Empty, Skeleton, Space, Table, Tag, Timeline, Typography } from "antd";
import { useLocation, useNavigate, useParams } from "react-router";
import { paths } from "../../app/menu";
import { DetailError } from "../../components/DetailError";
import { PageTitle } from "../../components/PageTitle";
import { schoolStatusLabels } from "../labels";
import type { SchoolConditions, SchoolDetail } from "./api";
import { useSchoolDetail } from "./hooks";

/** Kinds of history event (沿革). */
const eventLabels: Record<string, string> = { renamed: "更名", relocated: "搬迁", merged: "合并", closed: "撤销" };

const area = (m2: number) => `${m2.toLocaleString("zh-CN", { maximumFractionDigits: 0 })} ㎡`;
const count = (n: number) => n.toLocaleString("zh-CN");

function Overview({ detail }: { detail: SchoolDetail }) {
  const s = detail.school;
  const status = schoolStatusLabels[s.status];
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: "code", label: "学校标识码", children: <span style={{ fontFamily: "monospace" }}>{s.code}</span> },
        { key: "kind", label: "办学类型", children: registry.schoolKind.labels[s.kind] ?? s.kind },
        { key: "locality", label: "城乡分类", children: registry.locality.labels[s.locality] ?? s.locality },
        { key: "ownership", label: "办学性质", children: registry.ownership.labels[s.ownership] ?? s.ownership },
        { key: "status", label: "办学状态", children: <Tag color={status?.color}>{status?.label ?? s.status}</Tag> },
        { key: "openedOn", label: "建校日期", children: s.openedOn ?? "—" },
        { key: "principal", label: "校长", children: s.principal ?? "—" },
        { key: "phone", label: "联系电话", children: s.phone ?? "—" },
        { key: "address", label: "地址", children: s.address ?? "—" },
      ]}
    />
  );
}

const conditionColumns = [
  { title: "学年", dataIndex: "schoolYear", render: (y: number) => registry.schoolYearLabel(y) },
  { title: "校舍建筑面积", dataIndex: "buildingArea", align: "right" as const, render: area },
  { title: "教学及辅助用房", dataIndex: "teachingArea", align: "right" as const, render: area },
  { title: "体育运动场馆", dataIndex: "sportsArea", align: "right" as const, render: area },
  {
    title: "教学仪器设备值",
    dataIndex: "equipmentValueFen",
    align: "right" as const,
    render: (fen: number) => `${(fen / 1_000_000).toLocaleString("zh-CN", { maximumFractionDigits: 1 })} 万元`,
  },
  { title: "图书(册)", dataIndex: "books", align: "right" as const, render: count },
  { title: "学生用计算机(台)", dataIndex: "studentComputers", align: "right" as const, render: count },
  { title: "网络多媒体教室", dataIndex: "multimediaRooms", align: "right" as const },
  {
    title: "音乐/美术专用教室",
    key: "rooms",
    align: "right" as const,
    render: (_: unknown, c: SchoolConditions) => `${c.musicRooms} / ${c.artRooms}`,
  },
];

/** 学校详情: the record, its history (沿革), its size by year and its yearly conditions. */
export default function SchoolDetailPage() {
  const { id } = useParams<{ id: string }>();
  const navigate = useNavigate();
  const location = useLocation();
  const detail = useSchoolDetail(id);
  const goBack = () => (location.key === "default" ? navigate(paths.schools) : navigate(-1));

  if (detail.isError) {
    const back = <Button onClick={() => navigate(paths.schools)}>返回学校名录</Button>;
    return <DetailError error={detail.error} what="学校" back={back} />;
  }
  if (!detail.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  const { school, events, conditions, years } = detail.data;

  return (
    <div data-testid="school-detail">
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Card
          title={
            <Space>
              <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回学校名录" onClick={goBack} />
              <PageTitle inline>{school.name}</PageTitle>
            </Space>
          }
        >
          <Overview detail={detail.data} />
        </Card>
        <Card title="历年规模" size="small">
          <Table
            rowKey="schoolYear"
            size="small"
            pagination={false}
            data-testid="school-years-table"
            dataSource={years}
            locale={{ emptyText: "暂无数据" }}
            columns={[
              { title: "学年", dataIndex: "schoolYear", render: (y: number) => registry.schoolYearLabel(y) },
              { title: "班级数", dataIndex: "classes", align: "right" },
              { title: "在校学生", dataIndex: "students", align: "right", render: count },
              { title: "教职工", dataIndex: "staff", align: "right", render: count },
            ]}
          />
        </Card>
        <Card title="办学条件(每年9月1日)" size="small">
          <Table<SchoolConditions>
            rowKey="schoolYear"
            size="small"
            pagination={false}
            data-testid="school-conditions-table"
            dataSource={conditions}
            columns={conditionColumns}
            scroll={{ x: 1000 }}
            locale={{ emptyText: "尚未填报办学条件" }}
          />
        </Card>
        <Card title="学校沿革" size="small">
          {events.length === 0 ? (
            <Empty description="无更名、搬迁、合并等变更记录" />
          ) : (
            <Timeline
              titleSpan="120px"
              items={events.map((e) => ({
                key: e.id,
                title: e.on,
                content: (
                  <div>
                    <Tag>{eventLabels[e.kind] ?? e.kind}</Tag>
                    <Typography.Text>{e.note ?? ""}</Typography.Text>
                  </div>
                ),
              }))}
            />
          )}
        </Card>
      </Space>
    </div>
  );
}
