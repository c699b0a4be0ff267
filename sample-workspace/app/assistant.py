"""Support assistant: answers tickets with the Responses API and keeps an uploaded knowledge file."""
from openai import OpenAI

client = OpenAI()


def answer(ticket: str) -> str:
    response = client.responses.create(
        model="gpt-5",
        input=[{"role": "user", "content": ticket}],
        tools=[{"type": "web_search"}],
    )
    return response.output_text


def upload_knowledge(path: str) -> str:
    knowledge = client.files.create(file=open(path, "rb"), purpose="assistants")
    print("uploaded", knowledge.id)
    return knowledge.id


def embed(texts: list[str]) -> list[list[float]]:
    result = client.embeddings.create(model="text-embedding-3-small", input=texts)
    return [d.embedding for d in result.data]
