import { CloudUploadOutlined, PlusOutlined } from "@ant-design/icons";
import { registry } from "@edubureau/core";
import { Alert, Button, Card, Drawer, Input, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useAuth } from "../../app/auth";
import { PageTitle } from "../../components/PageTitle";
import { RevealDownloadButton } from "../../components/RevealDownloadButton";
import { useColumnSettings } from "../columnSettings";
import { ImportFlow } from "../excel/ImportPage";
import { SchoolSelect, useSchoolYears, useScopeSchools, YearSelect } from "../filters";
import { RETIREMENT_WARNING_YEARS, vocabularyOptions } from "../labels";
import { type StaffQuery, type StaffRow, staffApi } from "./api";
import { useStaff } from "./hooks";
import { RetirementDate } from "./retirement";
import { StaffDetailDrawer } from "./StaffDetailDrawer";
import { StaffFormDrawer } from "./StaffFormDrawer";

const label =
  <T extends string>(labels: Record<T, string>) =>
  (code: T | null) =>
    code === null ? "—" : (labels[code] ?? code);

/** Columns shown only when a user asks for them in 列设置. */
const HIDDEN_BY_DEFAULT = ["staffNumber", "ethnicity", "establishment", "stageTaught", "fullTime", "hireDate"];

function columnsFor(showSchool: boolean): ColumnsType<StaffRow> {
  const columns: ColumnsType<StaffRow> = [
    { title: "姓名", dataIndex: "name", width: 100, fixed: "left" },
    { title: "教职工编号", dataIndex: "staffNumber", width: 130 },
    { title: "性别", dataIndex: "gender", width: 60, render: label(registry.gender.labels) },
    { title: "民族", dataIndex: "ethnicity", width: 80 },
  ];
  if (showSchool) columns.push({ title: "学校", dataIndex: "schoolName", ellipsis: true, width: 200 });
  columns.push(
    { title: "岗位", dataIndex: "postType", width: 100, render: label(registry.postType.labels) },
    {
      title: "编制",
      dataIndex: "establishment",
      width: 80,
      render: (e: string) => registry.establishment.labels[e as registry.Establishment] ?? e,
    },
    { title: "学科", dataIndex: "subject", width: 100, render: label(registry.subject.labels) },
    { title: "任教学段", dataIndex: "stageTaught", width: 90, render: label(registry.stage.labels) },
    { title: "学历", dataIndex: "qualification", width: 100, render: label(registry.qualification.labels) },
    { title: "职称", dataIndex: "title", width: 80, render: label(registry.professionalTitle.labels) },
    {
      title: "骨干级别",
      dataIndex: "backboneLevel",
      width: 90,
      render: (b: registry.BackboneLevel) =>
        b === "none" ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Tag color="geekblue">{registry.backboneLevel.labels[b] ?? b}</Tag>
        ),
    },
    {
      title: "持证",
      dataIndex: "hasCertificate",
      width: 80,
      // 教师资格证 matters for teaching posts: a worker without one is not a problem to flag
      render: (has: boolean, r) =>
        has ? (
          <Tag color="green">持证</Tag>
        ) : r.postType === "teacher" ? (
          <Tag color="red">未持证</Tag>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    { title: "专职", dataIndex: "fullTime", width: 70, render: (f: boolean) => (f ? "专职" : "兼职") },
    { title: "入职日期", dataIndex: "hireDate", width: 110, render: (d: string | null) => d ?? "—" },
    {
      title: "任职状态",
      dataIndex: "status",
      width: 90,
      render: (st: string) => (
        <Tag color={st === "active" ? "green" : st === "left" ? "default" : "orange"}>
          {registry.employmentStatus.labels[st as registry.EmploymentStatus] ?? st}
        </Tag>
      ),
    },
    {
      title: "法定退休日期",
      dataIndex: "retirementDate",
      width: 190,
      render: (date: string) => <RetirementDate date={date} />,
    },
  );
  return columns;
}

/**
 * 教职工: staff employed in a school year, with filters, column settings, retirements ahead highlighted and a detail
 * drawer; 人事股 and the school register staff by form or in bulk from Excel (基础教育股 reads).
 */
export default function StaffPage() {
  const { can } = useAuth();
  const writes = can("write", "staffing");
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const schoolYears = useSchoolYears();
  const schools = useScopeSchools();
  const [filters, setFilters] = useState<Omit<StaffQuery, "page" | "pageSize">>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [openId, setOpenId] = useState<string | null>(null);
  const year = filters.year ?? schoolYears.latest;
  const change = (next: Partial<StaffQuery>) => {
    setFilters((f) => ({ ...f, ...next }));
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const staff = useStaff({ ...filters, year, ...paging }, year !== undefined || schoolYears.ready);
  const settings = useColumnSettings("staff", columnsFor(schools.many), { defaultHidden: HIDDEN_BY_DEFAULT });

  return (
    <Card
      title={<PageTitle inline>教职工</PageTitle>}
      extra={
        <Space>
          <RevealDownloadButton
            what="教职工名单"
            testId="staff-export"
            reasonExample="报送教师资格定期注册名单"
            canReveal={can("reveal", "staffing")}
            download={(reveal, reason) => staffApi.exportStaff({ ...filters, year }, reveal, reason)}
          />
          {writes && (
            <>
              <Button icon={<CloudUploadOutlined />} onClick={() => setImporting(true)} data-testid="staff-import">
                批量导入
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="staff-create"
              >
                新增教职工
              </Button>
            </>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <YearSelect testId="staff-year" value={year} years={schoolYears.years} onChange={(y) => change({ year: y })} />
        {schools.many && (
          <SchoolSelect
            testId="staff-school"
            value={filters.schoolId}
            schools={schools.rows}
            onChange={(id) => change({ schoolId: id })}
          />
        )}
        <Select<registry.PostType>
          aria-label="岗位"
          data-testid="staff-post"
          allowClear
          placeholder="全部岗位"
          style={{ width: 130 }}
          value={filters.postType}
          onChange={(postType) => change({ postType: postType ?? undefined })}
          options={vocabularyOptions(registry.postType)}
        />
        <Select<registry.Subject>
          aria-label="学科"
          data-testid="staff-subject"
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          placeholder="全部学科"
          style={{ width: 140 }}
          value={filters.subject}
          onChange={(subject) => change({ subject: subject ?? undefined })}
          options={vocabularyOptions(registry.subject)}
        />
        <Input.Search
          allowClear
          aria-label="查找教职工"
          data-testid="staff-search"
          placeholder="姓名、拼音首字母或身份证号后4位"
          style={{ width: 320 }}
          enterButton="查询"
          onSearch={(value) => change({ q: value.trim() || undefined })}
        />
        {settings.chooser}
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        法定退休日期按国家渐进式延迟退休规定计算;{RETIREMENT_WARNING_YEARS}
        年内将退休的教职工以橙色标出。点击一行查看任职经历与任课。
      </Typography.Paragraph>
      {staff.isError && <Alert type="error" showIcon title={staff.error.message} style={{ marginBottom: 16 }} />}
      <Table<StaffRow>
        rowKey="id"
        size="middle"
        data-testid="staff-table"
        loading={staff.isFetching}
        columns={settings.columns}
        dataSource={staff.data?.rows ?? []}
        scroll={{ x: 1300 }}
        onRow={(row) => ({ onClick: () => setOpenId(row.id), style: { cursor: "pointer" } })}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: staff.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `共 ${total.toLocaleString("zh-CN")} 人`,
          onChange: (page, pageSize) => setPaging((p) => ({ page: pageSize === p.pageSize ? page : 1, pageSize })),
        }}
      />
      <StaffDetailDrawer staffId={openId} onClose={() => setOpenId(null)} />
      {writes && (
        <>
          <StaffFormDrawer open={creating} staff={null} onClose={() => setCreating(false)} onSaved={setOpenId} />
          <Drawer
            open={importing}
            onClose={() => setImporting(false)}
            size={1000}
            title="批量导入教职工"
            destroyOnHidden
            data-testid="staff-import-drawer"
          >
            <ImportFlow kinds={["staff"]} onDone={() => setImporting(false)} />
          </Drawer>
        </>
      )}
    </Card>
  );
}
