import { Button, Result } from "antd";
import { useNavigate, useRouteError } from "react-router";
import { PageTitle } from "../components/PageTitle";

function HomeButton() {
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate("/")}>
      返回首页
    </Button>
  );
}

/** 403: the server's abilities do not include this page. */
export function ForbiddenPage() {
  return (
    <Result
      status="403"
      title={<PageTitle inline>无权访问</PageTitle>}
      subTitle="您的账号没有查看此页面的权限。如需开通,请联系系统管理员。"
      extra={<HomeButton />}
    />
  );
}

/** 404: no such page. */
export function NotFoundPage() {
  return (
    <Result
      status="404"
      title={<PageTitle inline>页面不存在</PageTitle>}
      subTitle="您访问的页面不存在,可能已被移动或地址有误。"
      extra={<HomeButton />}
    />
  );
}

/** What a user sees when a page fails to render: a Chinese message, never a stack trace. */
export function ErrorPage() {
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);
  const chunkFailed = error instanceof TypeError && /dynamically imported module|Failed to fetch/i.test(error.message);
  return (
    <Result
      status="error"
      title={<PageTitle inline>页面出错了</PageTitle>}
      subTitle={
        chunkFailed
          ? "页面资源加载失败,可能是系统刚刚升级,请刷新页面后重试。"
          : "很抱歉,页面出现了意外错误。请刷新页面重试;如果问题持续出现,请联系系统管理员。"
      }
      extra={[
        <Button key="reload" type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>,
        <Button key="home" onClick={() => window.location.assign("/")}>
          返回首页
        </Button>,
      ]}
    />
  );
}
