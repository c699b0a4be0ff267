from app.llm import client


def summarize(text: str) -> str:
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Summarize in two sentences: {text}"}],
    )
    return response.choices[0].message.content or ""
