from openai import OpenAI

client = OpenAI()


def archive_invoice(path: str) -> str:
    with open(path, "rb") as fh:
        uploaded = client.files.create(file=fh, purpose="user_data")
    return uploaded.id
