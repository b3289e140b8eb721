/** The boxes antd scrolls a table in: its content (horizontal scroll) and its body (fixed header). */
const SCROLLERS = ".ant-table-content, .ant-table-body";

/**
 * Makes every scrolling table reachable by keyboard (WCAG 2.1.1, axe's scrollable-region-focusable): a table box
 * wider or taller than it shows gets tabindex 0, so Tab reaches it and the arrow keys scroll it; it loses the
 * tabindex again when it no longer scrolls. Watches the page once for all tables, present and to come.
 */
export function keepScrollingTablesFocusable(root: HTMLElement = document.body): () => void {
  let scheduled = false;
  const update = () => {
    scheduled = false;
    for (const box of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
      const scrolls = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
      if (scrolls && !box.hasAttribute("tabindex")) {
        box.tabIndex = 0;
        box.dataset.scrollFocus = "";
      } else if (!scrolls && box.dataset.scrollFocus !== undefined) {
        box.removeAttribute("tabindex");
        delete box.dataset.scrollFocus;
      }
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(update);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(root, { childList: true, subtree: true });
  window.addEventListener("resize", schedule);
  schedule();
  return () => {
    observer.disconnect();
    window.removeEventListener("resize", schedule);
  };
}
