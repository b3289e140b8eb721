import { Typography } from "antd";
import type { CSSProperties, ReactNode } from "react";

/**
 * The title of a page: its one h1, the heading a screen reader jumps to first. The theme sizes an h1 as antd's h3
 * (24 px); `inline` keeps the size of where it stands (a card's head, a result's title). Sections of the page are
 * h2 to h5.
 */
export function PageTitle(props: { children: ReactNode; inline?: boolean; style?: CSSProperties; testId?: string }) {
  const style: CSSProperties = props.inline
    ? {
        fontSize: "inherit",
        lineHeight: "inherit",
        fontWeight: "inherit",
        margin: 0,
        display: "inline",
        ...props.style,
      }
    : { ...props.style };
  return (
    <Typography.Title level={1} style={style} data-testid={props.testId}>
      {props.children}
    </Typography.Title>
  );
}
