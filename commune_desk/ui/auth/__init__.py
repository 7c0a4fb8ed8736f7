"""Sign-in, user administration, backup/restore and damaged-database dialogs (safety issue)."""

from commune_desk.ui.auth.backup_dialog import BackupDialog
from commune_desk.ui.auth.damaged_dialog import DamagedDatabaseDialog
from commune_desk.ui.auth.login_dialog import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from commune_desk.ui.auth.passphrase_dialog import NoKeyringDialog
from commune_desk.ui.auth.users_screen import UsersScreen

__all__ = [
    "BackupDialog",
    "ChangePasswordDialog",
    "DamagedDatabaseDialog",
    "FirstAdminDialog",
    "LoginDialog",
    "NoKeyringDialog",
    "UsersScreen",
]
