"""The one Azure OpenAI client the app's modules share, and a local server for development."""
import os

from openai import AzureOpenAI, OpenAI

client = AzureOpenAI(
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
    api_version="2024-10-21",
)


def get_local_client() -> OpenAI:
    """Drafts run against an OpenAI-compatible server on the developer's machine."""
    return OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")
