"""The conversation engine: guided drafting flow, replies to questions, rewrites and chat edits, per-user session data."""
