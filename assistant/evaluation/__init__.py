"""Offline evaluation of the assistant as a whole (simulated conversations)."""
