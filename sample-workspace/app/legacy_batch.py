"""A nightly job still on the 0.28 SDK."""
import openai

openai.api_key = "sk-..."  # read from the vault in production


def summarize(text: str) -> str:
    result = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": text}])
    return result["choices"][0]["message"]["content"]


def upload(path: str):
    return openai.File.create(file=open(path, "rb"), purpose="fine-tune")
