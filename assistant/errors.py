"""Errors whose message is meant for the user (in Chinese) rather than a traceback."""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and fix; `message` is Simplified Chinese."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class LoadError(UserError):
    """A document could not be read (empty, binary, corrupt, too large, unsupported)."""


class ProfileError(UserError):
    """A school profile is invalid (missing school name, absurd counts, year out of range)."""


class StoreError(UserError):
    """The drafts store could not save or load (conflict, read-only or full disk)."""
