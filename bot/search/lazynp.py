"""numpy, imported when first used: a small knowledge base is searched without it (15 MB less at rest)."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any


class _Lazy:
    """A module that is imported on its first attribute access, then used as it is."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


if TYPE_CHECKING:
    import numpy as np
else:
    np = _Lazy("numpy")

__all__ = ["np"]
