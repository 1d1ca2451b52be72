#!/bin/sh
# Builds the small test manual under the sub-path /manual into .test-dist/sub-path, for the
# browser tests of a site served below the root of its host. The manual is copied first,
# because a build records newly published versions in the manual's version lock.
set -e
rm -rf .test-dist/sub-path-content
mkdir -p .test-dist
cp -R tests/fixtures/small .test-dist/sub-path-content
MANUAL_CONTENT_DIR=.test-dist/sub-path-content MANUAL_BASE=/manual MANUAL_TODAY=2026-11-22 MANUAL_DIST=.test-dist/sub-path npm run build
