import { PlusOutlined } from "@ant-design/icons";
import { auth } from "@edubureau/core";
import { Alert, App, Button, Card, Input, Popconfirm, Space, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useState } from "react";
import { useMe } from "../app/auth";
import { formatDateTime } from "../components/format";
import { PageTitle } from "../components/PageTitle";
import type { User } from "./api";
import { useUpdateUser, useUsers } from "./hooks";
import { ResetPasswordModal } from "./ResetPasswordModal";
import { UserFormDrawer } from "./UserFormDrawer";

function StatusTags({ user }: { user: User }) {
  const locked = user.lockedUntil !== null && dayjs(user.lockedUntil).isAfter(dayjs());
  const states = [
    user.disabled && (
      <Tag key="disabled" color="red">
        停用
      </Tag>
    ),
    locked && (
      <Tag key="locked" color="orange">
        锁定
      </Tag>
    ),
    user.mustChangePassword && (
      <Tag key="must-change" color="gold">
        需改密
      </Tag>
    ),
  ].filter(Boolean);
  return (
    <>
      {states.length > 0 ? states : <Tag color="green">正常</Tag>}
      {user.isDemo && <Tag title="示范县的演示账号">示范</Tag>}
    </>
  );
}

/** 用户管理: accounts of the county; create, edit role and scope, disable, reset password. */
export default function UsersPage() {
  const me = useMe();
  const { message } = App.useApp();
  const users = useUsers();
  const update = useUpdateUser();
  const [search, setSearch] = useState("");
  const [editing, setEditing] = useState<User | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);

  const setDisabled = async (user: User, disabled: boolean) => {
    try {
      await update.mutateAsync({ id: user.id, body: { disabled } });
      message.success(disabled ? `已停用 ${user.username}` : `已启用 ${user.username}`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : "操作失败");
    }
  };

  const columns: ColumnsType<User> = [
    { title: "用户名", dataIndex: "username", width: 140, sorter: (a, b) => a.username.localeCompare(b.username) },
    { title: "姓名", dataIndex: "displayName", width: 180, ellipsis: true },
    {
      title: "角色",
      dataIndex: "role",
      width: 110,
      render: (role: auth.Role) => auth.roleLabels[role] ?? role,
      filters: auth.roles.map((r) => ({ text: auth.roleLabels[r], value: r })),
      onFilter: (value, u) => u.role === value,
    },
    {
      title: "股室/学校/乡镇",
      key: "scope",
      ellipsis: true,
      render: (_, u) =>
        u.section
          ? (auth.sectionLabels[u.section] ?? u.section)
          : (u.schoolName ?? (u.townCode ? (u.townName ?? u.townCode) : "全县")),
    },
    { title: "状态", key: "status", width: 150, render: (_, u) => <StatusTags user={u} /> },
    {
      title: "最后登录",
      dataIndex: "lastLoginAt",
      width: 180,
      render: (at: string | null) => (at ? formatDateTime(at) : "从未登录"),
      sorter: (a, b) => (a.lastLoginAt ?? "").localeCompare(b.lastLoginAt ?? ""),
    },
    {
      title: "操作",
      key: "actions",
      width: 200,
      fixed: "right",
      render: (_, u) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            onClick={() => {
              setEditing(u);
              setDrawerOpen(true);
            }}
          >
            编辑
          </Button>
          {u.id !== me.user.id && (
            <Popconfirm
              title={u.disabled ? `启用账号 ${u.username}?` : `停用账号 ${u.username}?`}
              description={u.disabled ? undefined : "停用后该用户立即退出登录,且不能再登录。"}
              okText={u.disabled ? "启用" : "停用"}
              cancelText="取消"
              onConfirm={() => setDisabled(u, !u.disabled)}
            >
              <Button type="link" size="small" danger={!u.disabled}>
                {u.disabled ? "启用" : "停用"}
              </Button>
            </Popconfirm>
          )}
          <Button type="link" size="small" onClick={() => setResetting(u)}>
            重置密码
          </Button>
        </Space>
      ),
    },
  ];

  const text = search.trim().toLowerCase();
  const rows = (users.data?.rows ?? []).filter(
    (u) => !text || u.username.includes(text) || u.displayName.toLowerCase().includes(text),
  );

  return (
    <Card
      title={<PageTitle inline>用户管理</PageTitle>}
      extra={
        <Space>
          <Input.Search
            allowClear
            aria-label="查找账号"
            placeholder="用户名或姓名"
            style={{ width: 200 }}
            onChange={(e) => setSearch(e.target.value)}
          />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setEditing(null);
              setDrawerOpen(true);
            }}
          >
            新建账号
          </Button>
        </Space>
      }
    >
      {users.isError && <Alert type="error" showIcon title={users.error.message} style={{ marginBottom: 16 }} />}
      <Table<User>
        rowKey="id"
        size="middle"
        data-testid="users-table"
        loading={users.isPending}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 1000 }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => `共 ${total} 个账号` }}
      />
      <UserFormDrawer open={drawerOpen} user={editing} onClose={() => setDrawerOpen(false)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </Card>
  );
}
