#!/bin/sh
# Builds the small test manual under the sub-path /manual into .test-dist/sub-path, for the
# browser tests of a site served below the root of its host, and a newer build of it into
# .test-dist/sub-path-newer, for the offline copy's update test. The manual is copied first,
# because a build records newly published versions in the manual's version lock.
set -e
rm -rf .test-dist/sub-path-content
mkdir -p .test-dist
cp -R tests/fixtures/small .test-dist/sub-path-content
# One contact of the panel is a draft, as in a new manual: tests/e2e/sub-path.spec.ts finds it marked.
echo 'draft: true' >> .test-dist/sub-path-content/contacts/wyvern-vale-front-door.yaml
MANUAL_CONTENT_DIR=.test-dist/sub-path-content MANUAL_BASE=/manual MANUAL_TODAY=2026-11-22 MANUAL_DIST=.test-dist/sub-path node scripts/build.ts

# The same manual a week later, with an amendment to Making a Referral: the newer build that
# tests/e2e/offline-update-sub-path.spec.ts publishes over the first.
rm -rf .test-dist/sub-path-newer-content
cp -R tests/fixtures/small .test-dist/sub-path-newer-content
echo 'draft: true' >> .test-dist/sub-path-newer-content/contacts/wyvern-vale-front-door.yaml
sed -e 's/^amended: 2023-05-02$/amended: 2026-11-29/' \
  -e 's/^summary: .*/summary: Written confirmation now due within 24 hours./' \
  -e '/^summary: /a\
approvedBy: Policy and Procedures Group\
approvedOn: 2026-11-27' \
  -e 's/48 hours/24 hours/g' \
  tests/fixtures/small/procedures/alpha-referrals/2023-05-02.mdx > .test-dist/sub-path-newer-content/procedures/alpha-referrals/2026-11-29.mdx
MANUAL_CONTENT_DIR=.test-dist/sub-path-newer-content MANUAL_BASE=/manual MANUAL_TODAY=2026-11-29 MANUAL_DIST=.test-dist/sub-path-newer node scripts/build.ts
