import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Dropdown, Layout, Menu, Space, Spin, Tag, Typography, theme } from "antd";
import { Suspense, useState } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";
import { useAuth, useMe } from "./auth";
import { menuItems, openMenuGroup, paths, selectedMenuKey } from "./menu";

const { Header, Sider, Content } = Layout;

function UserMenu() {
  const me = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const items = [
    { key: "password", icon: <KeyOutlined />, label: "修改密码" },
    { type: "divider" as const },
    { key: "logout", icon: <LogoutOutlined />, label: "退出登录" },
  ];
  const onClick = async ({ key }: { key: string }) => {
    if (key === "password") navigate(paths.changePassword);
    if (key === "logout") {
      await logout();
      navigate("/login", { replace: true });
    }
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={["click"]}>
      <Button type="text" data-testid="user-menu" icon={<UserOutlined />}>
        {me.user.displayName}
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}

/** The frame of every signed-in page: side menu by abilities, header with county, user, role and scope. */
export function AppLayout() {
  const me = useMe();
  const { can } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);
  const scope = me.user.sectionLabel ?? me.user.schoolName ?? "全县";
  const restricted = me.mustChangePassword;
  const items = menuItems(can, me.user);
  const selected = selectedMenuKey(location.pathname);

  return (
    <Layout style={{ minHeight: "100vh" }}>
      {!restricted && (
        <Sider breakpoint="lg" collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208}>
          <div
            style={{
              height: 56,
              display: "flex",
              alignItems: "center",
              justifyContent: "center",
              color: "#fff",
              fontWeight: 600,
              fontSize: collapsed ? 14 : 16,
              whiteSpace: "nowrap",
              overflow: "hidden",
            }}
          >
            {collapsed ? "EB" : "EduBureau"}
          </div>
          <Menu
            theme="dark"
            mode="inline"
            aria-label="主菜单"
            data-testid="main-menu"
            selectedKeys={[selected]}
            defaultOpenKeys={selected === paths.home ? ["registry", "system"] : openMenuGroup(items, selected)}
            items={items}
            onClick={({ key }) => navigate(key)}
          />
        </Sider>
      )}
      <Layout>
        <Header
          style={{
            background: token.colorBgContainer,
            padding: "0 24px",
            display: "flex",
            alignItems: "center",
            justifyContent: "space-between",
            gap: 16,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Typography.Text strong style={{ fontSize: 16, whiteSpace: "nowrap" }} data-testid="region-name">
            {me.user.regionName ?? ""}教育局业务平台
          </Typography.Text>
          <Space size="small" wrap={false}>
            <Tag color="blue" data-testid="user-role">
              {me.user.roleLabel}
            </Tag>
            <Tag data-testid="user-scope">{scope}</Tag>
            <UserMenu />
          </Space>
        </Header>
        <Content style={{ margin: 24, minWidth: 0 }}>
          <Suspense fallback={<Spin style={{ display: "block", margin: "80px auto" }} description="加载中…" />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
