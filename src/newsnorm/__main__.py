"""``python -m newsnorm``: the same as the ``newsnorm`` command."""

import sys

from newsnorm.cli import main

sys.exit(main())
