# Vỏ ứng dụng: tên, điều hướng, trang chủ, chuyển ngôn ngữ.

app-name = TựKiểm
app-tagline = Tự kiểm tra an toàn tài khoản và máy tính
app-window-title = TựKiểm — Tự kiểm tra an toàn thông tin
app-loading = Đang mở…
app-load-failed = TựKiểm chưa mở được màn hình này. Hãy đóng ứng dụng rồi mở lại.

nav-label = Các mục chính
nav-home = Trang chủ
nav-passwords = Đổi mật khẩu
nav-checks = Kiểm tra máy tính
nav-advice = Khuyến cáo chính thức

lang-switch = English
lang-switch-label = Chuyển giao diện sang tiếng Anh

home-title = Giữ an toàn cho tài khoản và máy tính của bạn
home-lead = { $agency } phát hiện tài khoản, mật khẩu của một số hệ thống dùng chung bị lộ. TựKiểm giúp bạn làm theo khuyến cáo, từng bước một.
home-passwords-title = Đổi mật khẩu
home-passwords-body = Đặt mật khẩu mới, đủ mạnh cho từng hệ thống dùng chung.
home-checks-title = Kiểm tra máy tính
home-checks-body = Xem máy đã có phần mềm diệt mã độc chưa, trình duyệt có đang lưu mật khẩu không.
home-advice-title = Khuyến cáo chính thức
home-advice-body = Đọc khuyến cáo của cơ quan và biết cần báo cho ai khi có sự cố.
home-open = Mở
home-privacy = Mọi thông tin chỉ nằm trên máy này. TựKiểm không gửi gì ra ngoài.

coming-soon = Sắp có
coming-soon-title = Phần này đang được hoàn thiện
coming-soon-body = Trong lúc chờ, bạn hãy đọc khuyến cáo chính thức và làm theo ba việc cần làm ngay.
coming-soon-action = Đọc khuyến cáo

profile-fallback-title = Không dùng được tệp hồ sơ cơ quan
profile-fallback-hint = TựKiểm đang dùng hồ sơ mặc định. Hãy nhờ người quản trị sửa tệp này.

settings-save-failed = TựKiểm không lưu được lựa chọn ngôn ngữ, nên lần sau sẽ mở lại bằng ngôn ngữ cũ. Chi tiết: { $detail }

date-short = { $day2 }/{ $month2 }/{ $year }
