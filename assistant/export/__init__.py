"""Rendering a plan: Markdown (files and app preview) and the GB/T 9704 .docx."""
