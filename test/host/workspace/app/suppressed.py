from openai import OpenAI

client = OpenAI()

# openai-privacy-ignore OPL001, OPL003: exported reports are deleted by the retention job until=2099-01-31
report = client.files.create(file=open("report.jsonl", "rb"), purpose="batch")

# openai-privacy-ignore OPL001, OPL003: temporary exception for the migration until=2020-01-31
legacy = client.files.create(file=open("legacy.jsonl", "rb"), purpose="batch")
