"""Saved drafts with versions, and accounts by school."""
