/**
 * 办公室 saving a sentence of the county's work report twice a second: a steady stream of committed writes to run
 * beside a load (each write drops what the app servers keep until the next write). Shared by the benches.
 */

/** Signs in as 办公室 and returns a writer that saves until `deadline` (epoch ms) and tells how many it saved. */
export async function officeSentenceWriter(baseUrl: string): Promise<(deadline: number) => Promise<number>> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "bangong", password: "EduDemo@2026" }),
  });
  if (login.status !== 200) throw new Error(`办公室登录返回 ${login.status}`);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cockpit = await fetch(`${baseUrl}/api/reports/cockpit`, { headers: { cookie } });
  const body = (await cockpit.json()) as { cards: { figures: { key: string }[] }[] };
  const figureKey = body.cards[0]?.figures[0]?.key ?? "";
  return async (deadline: number) => {
    let n = 0;
    while (Date.now() < deadline) {
      const res = await fetch(`${baseUrl}/api/reports/work-report/sentences/${figureKey}`, {
        method: "PUT",
        headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
        body: JSON.stringify({ text: `基准测试表述 ${n}` }),
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`保存表述返回 ${res.status}`);
      n++;
      await new Promise((r) => setTimeout(r, 500));
    }
    return n;
  };
}
