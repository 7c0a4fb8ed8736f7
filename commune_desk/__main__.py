"""Entry point for ``python -m commune_desk``."""

from commune_desk.cli import main

raise SystemExit(main())
