# Computer check: antivirus.

check-antivirus-title = Antivirus
