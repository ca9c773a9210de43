# Kiểm tra máy tính: mật khẩu lưu trong trình duyệt.

check-browsers-title = Mật khẩu lưu trong trình duyệt
