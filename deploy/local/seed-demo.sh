#!/usr/bin/env bash
# Seeds the demo data through the public API, as a client would: one programme with a few members,
# a multilingual NPS survey, and the CDNOW sample (2,357 customers, 1997-1998, USD) as purchase
# activity for the insights. Prints "program <id>" and a line per step.
# Usage: seed-demo.sh <api-base-url> <admin-api-key>
set -euo pipefail
API=$1
KEY=$2
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CDNOW_FILE=${RETENTION_CDNOW_FILE:-$ROOT/../shared/data/cdnow/CDNOW_sample.txt}

post() {
  curl -fsS -X POST "$API$1" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' --data-binary @-
}
json_field() { sed -E "s/.*\"$1\":\"([^\"]+)\".*/\1/"; }

program=$(post /programs <<<'{"name": "Demo Records Club", "currency": "USD", "timeZone": "America/New_York",
  "pointsPerCurrencyUnit": 1}' | json_field id)
echo "program $program"

for customer in 1 2 3 4 5; do
  post "/programs/$program/members" <<<"{\"customerId\": \"cdnow-$customer\", \"locale\": \"en-US\"}" >/dev/null
done
echo "5 members enrolled (cdnow-1 ... cdnow-5)"

survey=$(post /surveys <<<'{"name": "How are we doing?", "kind": "NPS", "defaultLanguage": "en", "question": {
  "en": "How likely are you to recommend us to a friend?",
  "nl": "Hoe waarschijnlijk is het dat u ons bij een vriend aanbeveelt?",
  "ar": "ما مدى احتمال أن توصي بنا لصديق؟"}}' | json_field id)
echo "NPS survey $survey (en, nl, ar)"

if [ ! -f "$CDNOW_FILE" ]; then
  echo "CDNOW sample not found at $CDNOW_FILE (set RETENTION_CDNOW_FILE): no demo activity"
  exit 0
fi
batches=$(mktemp -d)
trap 'rm -rf "$batches"' EXIT
# Columns: master id, sample id, yyyymmdd, number of CDs, dollars. One purchase per line, at noon UTC,
# in batches of 1,000 (the API's batch limit). Event ids are stable, so a second seeding records nothing twice.
tr -d '\r' <"$CDNOW_FILE" | awk -v dir="$batches" '
  NF >= 5 {
    batch = sprintf("%s/%05d.json", dir, int(count / 1000))
    printf "%s{\"eventId\":\"cdnow-%d\",\"customerId\":\"cdnow-%d\",\"type\":\"PURCHASE\",", (count % 1000 == 0 ? "[" : ","), NR, $2 + 0 > batch
    printf "\"occurredAt\":\"%s-%s-%sT12:00:00Z\",\"amount\":{\"currency\":\"USD\",\"amount\":\"%.2f\"}}", substr($3, 1, 4), substr($3, 5, 2), substr($3, 7, 2), $5 > batch
    count++
    if (count % 1000 == 0) { printf "]" > batch; close(batch) }
  }
  END { if (count % 1000 != 0) { printf "]" > batch; close(batch) } }
'
recorded=0
for batch in "$batches"/*.json; do
  receipt=$(post /activities <"$batch")
  recorded=$((recorded + $(sed -E 's/.*"recorded":([0-9]+).*/\1/' <<<"$receipt")))
done
echo "CDNOW sample: $recorded purchases recorded as activity (customers cdnow-1 ... cdnow-2357)"
