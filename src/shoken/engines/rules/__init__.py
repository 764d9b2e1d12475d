"""The rule engine: lexicon matching with negation/uncertainty scope. See :class:`RuleEngine`."""
from shoken.engines.rules.engine import RuleEngine

__all__ = ["RuleEngine"]
