"""Integrations with other systems: :mod:`shoken.integrations.ray` (Ray Data)."""
