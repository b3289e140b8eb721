import { DownOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from "@ant-design/icons";
import type { MenuProps } from "antd";
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Spin, Tag, Typography, theme } from "antd";
import { Suspense, useState } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";
import { useAuth, useMe } from "./auth";
import { menuItems, openMenuGroup, paths, selectedMenuKey } from "./menu";

const { Header, Sider, Content } = Layout;

/**
 * The user's menu (change password, sign out). On a phone (`compact`) the button shows the name only, cut with an
 * ellipsis, and the menu opens with the role and scope the header has no room for.
 */
function UserMenu({ compact, scope }: { compact: boolean; scope: string }) {
  const me = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const items: MenuProps["items"] = [
    ...(compact
      ? [
          {
            key: "who",
            disabled: true,
            label: (
              <Space size={4} wrap>
                <Tag color="blue" data-testid="user-role">
                  {me.user.roleLabel}
                </Tag>
                <Tag data-testid="user-scope">{scope}</Tag>
              </Space>
            ),
          },
          { type: "divider" as const },
        ]
      : []),
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
      <Button
        type="text"
        data-testid="user-menu"
        aria-label={compact ? `${me.user.displayName}(${me.user.roleLabel})的账号菜单` : undefined}
        icon={<UserOutlined />}
        style={compact ? { maxWidth: 120, paddingInline: 4 } : undefined}
      >
        <span style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
          {me.user.displayName}
        </span>
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}

/**
 * The frame of every signed-in page: side menu by abilities, header with county, user, role and scope.
 *
 * Below antd's `md` breakpoint (768 px, a phone) the side menu becomes a drawer opened by a menu button at the
 * header's start, the header keeps the platform's name and the user menu (role and scope move into it), and the
 * content's margin shrinks from 24 to 12 px, so no page is wider than the screen because of its frame.
 */
export function AppLayout() {
  const me = useMe();
  const { can } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const scope = me.user.sectionLabel ?? me.user.schoolName ?? me.user.townName ?? "全县";
  const restricted = me.mustChangePassword;
  const items = menuItems(can, me.user);
  const selected = selectedMenuKey(location.pathname);
  // before the first measurement every breakpoint is unknown: the desktop frame until then
  const phone = screens.md === false;
  const openKeys = selected === paths.home ? ["registry", "system"] : openMenuGroup(items, selected);

  return (
    <Layout style={{ minHeight: "100vh" }}>
      {!restricted && phone && (
        <Drawer
          placement="left"
          size={256}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title="EduBureau"
          styles={{ body: { padding: 0 } }}
          data-testid="menu-drawer"
        >
          <Menu
            mode="inline"
            aria-label="主菜单"
            data-testid="main-menu"
            selectedKeys={[selected]}
            defaultOpenKeys={openKeys}
            items={items}
            style={{ borderInlineEnd: 0 }}
            onClick={({ key }) => {
              setDrawerOpen(false);
              navigate(key);
            }}
          />
        </Drawer>
      )}
      {!restricted && !phone && (
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
            defaultOpenKeys={openKeys}
            items={items}
            onClick={({ key }) => navigate(key)}
          />
        </Sider>
      )}
      <Layout>
        <Header
          style={{
            background: token.colorBgContainer,
            padding: phone ? "0 12px" : "0 24px",
            display: "flex",
            alignItems: "center",
            justifyContent: "space-between",
            gap: phone ? 8 : 16,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          {!restricted && phone && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label="打开菜单"
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
              data-testid="menu-button"
            />
          )}
          <Typography.Text
            strong
            ellipsis
            style={{ fontSize: 16, flex: "1 1 auto", minWidth: 0 }}
            data-testid="region-name"
          >
            {me.user.regionName ?? ""}教育局业务平台
          </Typography.Text>
          <Space size="small" wrap={false} style={{ flex: "none" }}>
            {!phone && (
              <>
                <Tag color="blue" data-testid="user-role">
                  {me.user.roleLabel}
                </Tag>
                <Tag data-testid="user-scope">{scope}</Tag>
              </>
            )}
            <UserMenu compact={phone} scope={scope} />
          </Space>
        </Header>
        <Content style={{ margin: phone ? 12 : 24, minWidth: 0 }}>
          <Suspense fallback={<Spin style={{ display: "block", margin: "80px auto" }} description="加载中…" />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
