"""Suite-wide settings. Property tests run derandomized: the same examples on every run, so CI is
repeatable; set HYPOTHESIS_PROFILE=explore locally to search fresh examples."""
from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
