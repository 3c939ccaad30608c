"""The seam to an OpenAI-compatible chat model: model factory and streaming, prompt files, and the output guard."""
