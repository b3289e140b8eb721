import { Button, Card, Result } from "antd";
import type { ReactNode } from "react";
import { useNavigate } from "react-router";
import { ApiError } from "../app/api";
import { PageTitle } from "./PageTitle";

/**
 * What a record's page shows when the record cannot be read, the same on every capability's detail page: the API's
 * own message in a Result. A record that does not exist and one outside the user's scope look alike, as they do to
 * the API ("问题不存在或您无权查看"); the router's 页面不存在 is for addresses that are no page at all.
 *
 * @example <DetailError error={detail.error} what="问题" />
 */
export function DetailError(props: {
  error: Error;
  /** the record, as 该… names it: 问题, 学生, 考试 */
  what: string;
  /** the way back (a list's button); the home page when absent */
  back?: ReactNode;
}) {
  const navigate = useNavigate();
  const { error, what } = props;
  const status = error instanceof ApiError ? error.status : 0;
  // 400 is a malformed address (not a record's id): to a user it is a record that is not there
  const missing = status === 404 || status === 400;
  const kind = missing ? "404" : status === 403 ? "403" : "error";
  const title = missing ? `未找到该${what}` : status === 403 ? `无权查看该${what}` : `${what}加载失败`;
  return (
    <Card data-testid="detail-error">
      <Result
        status={kind}
        title={<PageTitle inline>{title}</PageTitle>}
        subTitle={<span data-testid="detail-error-message">{error.message}</span>}
        extra={
          props.back ?? (
            <Button type="primary" onClick={() => navigate("/")}>
              返回首页
            </Button>
          )
        }
      />
    </Card>
  );
}
