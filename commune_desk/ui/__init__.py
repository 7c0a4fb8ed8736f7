"""PySide6 front end of the desk; importing it first applies the Qt binding work-arounds."""

from commune_desk.ui import qtfix

qtfix.apply()
