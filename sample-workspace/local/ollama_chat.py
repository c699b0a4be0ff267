from openai import OpenAI

# A local model server with an OpenAI-compatible API: no data reaches OpenAI.
local = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")

reply = local.chat.completions.create(model="llama3.2", messages=[{"role": "user", "content": "hi"}])
