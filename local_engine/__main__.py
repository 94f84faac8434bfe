"""`python -m local_engine ...` (see local_engine/cli.py)."""

from local_engine.cli import main

raise SystemExit(main())
