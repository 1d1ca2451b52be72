#!/bin/sh
# Builds the example region (examples/region: a core and two partnerships that follow it) into
# .test-dist/region-*, for the browser test of searching the region (tests/e2e/region-search.spec.ts).
# Each manual is copied first, because a build records newly published versions in its version
# lock; in the copies, each partnership's settings name the other's site at the address the test
# serves it on (E2E_PORT + 12 and + 13), as the real sites name each other's addresses.
set -e
port=${E2E_PORT:-4399}
northmoor="http://127.0.0.1:$((port + 12))/"
southfen="http://127.0.0.1:$((port + 13))/"
rm -rf .test-dist/region-src
mkdir -p .test-dist/region-src
for manual in core northmoor southfen; do
  cp -R ../../examples/region/$manual .test-dist/region-src/$manual
  rm -rf .test-dist/region-src/$manual/node_modules .test-dist/region-src/$manual/dist
done
sed -i.orig -e "s#https://procedures.southfen-scp.example/#$southfen#" .test-dist/region-src/northmoor/manual.config.ts
sed -i.orig -e "s#https://procedures.northmoor-scp.example/#$northmoor#" .test-dist/region-src/southfen/manual.config.ts
rm .test-dist/region-src/*/manual.config.ts.orig
for manual in core northmoor southfen; do
  MANUAL_ROOT=.test-dist/region-src/$manual MANUAL_TODAY=2026-12-07 MANUAL_DIST=.test-dist/region-$manual node scripts/build.ts
done
