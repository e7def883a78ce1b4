"""Errors of a chat turn; their kind (from `core.errors`) tells an interface what to answer."""

from __future__ import annotations

from core.errors import ForbiddenError, ShopAssistError, UnavailableError


class DialogueError(ShopAssistError):
    """A turn could not be served (bad session id, bad message, unknown product)."""


class SessionOwnerError(DialogueError, ForbiddenError):
    """The session belongs to another user."""


class ConversationBusyError(UnavailableError):
    """Every turn slot stayed taken for the whole wait: the caller may retry shortly."""
