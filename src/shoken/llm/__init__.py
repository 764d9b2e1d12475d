"""OpenAI-compatible chat client and the resumable checkpoint shared by the
translation pipeline (:mod:`shoken.datasets.translate`) and the LLM labeler."""
from shoken.llm.checkpoint import Checkpoint
from shoken.llm.client import (
    ChatClient, ChatRequest, ChatResult, LLMError, RemoteEndpointError, UsageTotals, is_local_url,
)

__all__ = ["ChatClient", "ChatRequest", "ChatResult", "Checkpoint", "LLMError",
           "RemoteEndpointError", "UsageTotals", "is_local_url"]
