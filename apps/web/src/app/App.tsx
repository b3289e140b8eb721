import { QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { Suspense } from "react";
import { RouterProvider } from "react-router";
import { AuthProvider } from "./auth";
import { FullPageSpin } from "./guards";
import { queryClient } from "./queryClient";
import { router } from "./router";

dayjs.locale("zh-cn");

/** System fonts first, then the CJK fonts Linux desktops (and the headless test browser) have. */
const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Helvetica Neue", Arial, sans-serif';

/** Providers: Chinese locale for antd and dayjs, server state, the session, the router. */
export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { fontFamily } }} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <Suspense fallback={<FullPageSpin />}>
              <RouterProvider router={router} />
            </Suspense>
          </AuthProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
