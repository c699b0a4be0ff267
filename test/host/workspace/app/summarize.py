from app.llm import client, get_local_client


def summarize(text: str) -> str:
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Summarize in two sentences: {text}"}],
    )
    return response.choices[0].message.content or ""


def draft_summary(text: str) -> str:
    response = get_local_client().chat.completions.create(
        model="llama3.1",
        messages=[{"role": "user", "content": f"Draft a summary: {text}"}],
    )
    return response.choices[0].message.content or ""
