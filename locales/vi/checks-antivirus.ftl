# Kiểm tra máy tính: phần mềm diệt virus.

check-antivirus-title = Phần mềm diệt virus
