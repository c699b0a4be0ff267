from openai import OpenAI

client = OpenAI()
client.fine_tuning.jobs.create(model="gpt-4o-mini", training_file="file-abc")
