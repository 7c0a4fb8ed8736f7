"""First-run set-up of a desk (wizard shown before the first administrator)."""

from commune_desk.ui.setup.wizard import SetupWizard

__all__ = ["SetupWizard"]
