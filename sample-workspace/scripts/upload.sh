#!/usr/bin/env bash
# Uploads the nightly batch input.
set -euo pipefail
curl https://api.openai.com/v1/files \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  -F purpose="batch" \
  -F file="@batch.jsonl"
