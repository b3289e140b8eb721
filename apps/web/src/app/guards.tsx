import type { auth } from "@edubureau/core";
import { Button, Result, Spin } from "antd";
import { Navigate, Outlet, useLocation } from "react-router";
import { type AbilityKind, useAuth } from "./auth";
import { ForbiddenPage } from "./StatusPages";

export const CHANGE_PASSWORD_PATH = "/account/password";

export function FullPageSpin() {
  return (
    <div style={{ minHeight: "100vh", display: "grid", placeItems: "center" }}>
      <Spin size="large" description="加载中…" />
    </div>
  );
}

/** Signed-in users only; a user who must change the password sees nothing else until they have. */
export function RequireAuth() {
  const { me, loading, error } = useAuth();
  const location = useLocation();
  if (loading) return <FullPageSpin />;
  if (error) {
    return (
      <Result
        status="warning"
        title="无法连接服务器"
        subTitle="暂时无法获取登录状态,请检查网络后刷新页面。"
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            刷新页面
          </Button>
        }
      />
    );
  }
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return <Outlet />;
}

/** Pages of a capability: shown only when the server's abilities include it; otherwise the 403 page. */
export function RequireAbility({ kind, capability }: { kind: AbilityKind; capability: auth.Capability }) {
  const { can } = useAuth();
  return can(kind, capability) ? <Outlet /> : <ForbiddenPage />;
}
