from openai import OpenAI

client = OpenAI()


def search_once(query: str, path: str) -> list[str]:
    store = client.vector_stores.create(name="scratch")
    client.vector_stores.files.upload_and_poll(vector_store_id=store.id, file=open(path, "rb"))
    results = client.vector_stores.search(vector_store_id=store.id, query=query)
    return [r.filename for r in results.data]
