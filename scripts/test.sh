#!/usr/bin/env bash
# Runs every test: installs the system packages the tests need when missing (PostgreSQL server, Chromium,
# CJK fonts, LibreOffice Calc and Writer), then type checks, lint, unit tests, integration tests on PGlite and on a
# real PostgreSQL server, and end-to-end browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G "/usr/share/fonts/opentype/noto/NotoSansCJK*" >/dev/null || missing+=(fonts-noto-cjk)
# LibreOffice prints every export to PDF (apps/server/test/exportsPrint.test.ts)
[ -x /usr/lib/libreoffice/program/scalc ] || missing+=(libreoffice-calc)
[ -x /usr/lib/libreoffice/program/swriter ] || missing+=(libreoffice-writer)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> 安装测试所需的系统软件包:${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "缺少系统软件包:${missing[*]}。请以 root 身份运行:apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
# PostgreSQL will not run as root; the tests run it as the system user the Debian package creates.
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
fi

echo "==> 类型检查"
npm run --silent typecheck
echo "==> 代码规范检查"
npm run --silent lint
npm run --silent lint:api
npm run --silent wire:check
echo "==> 单元测试"
npx vitest run --project unit
echo "==> 集成测试(PGlite 与 PostgreSQL)"
npx vitest run --project pglite --project postgresql
echo "==> 构建网页"
npm run --silent build:web
echo "==> 端到端测试(Chromium)"
npx vitest run --project e2e
