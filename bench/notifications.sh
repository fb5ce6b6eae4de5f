#!/usr/bin/env bash
# The bell fragment every page polls (issue 18: p95 <= 15 ms), measured as bench/home-page.sh
# measures the home page: the packaged jar with the demo, planner.mar signed in, wrk on loopback,
# median, p95, requests/s and CPU per request. Then the home page in the same sitting, for "pages no
# slower with the bell on them" (the bell is a separate request each page makes after it is shown).
#
# Not yet here: 1,000 queued mails drained against a local SMTP server (MailDelivery.drain with
# GreenMail); NotificationsIT drains a handful.
#
# Usage: bench/notifications.sh    (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=/notifications/bell QUICK=1 bench/home-page.sh "$@"
QUICK=1 bench/home-page.sh "$@"
