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
import { appTheme } from "./theme";

dayjs.locale("zh-cn");

/** Providers: Chinese locale for antd and dayjs, the theme (text colours with AA contrast), server state, the
 * session, the router. */
export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={appTheme} button={{ autoInsertSpace: false }}>
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
