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
nav-advice = Khuyến cáo
nav-summary-tab = Tổng quan
nav-quiz = Ôn tập

lang-switch = English
lang-switch-label = Chuyển giao diện sang tiếng Anh

home-title = Giữ an toàn cho tài khoản và máy tính của bạn
home-lead = Theo công văn ngày { $date }, { $agency } phát hiện tài khoản, mật khẩu của một số hệ thống dùng chung bị lộ. TựKiểm giúp bạn làm theo khuyến cáo, từng bước một.
home-passwords-title = Đổi mật khẩu
home-passwords-body = Đặt mật khẩu mới, đủ mạnh cho từng hệ thống dùng chung.
home-checks-title = Kiểm tra máy tính
home-checks-body = Xem máy đã có phần mềm phòng, chống mã độc chưa, trình duyệt có đang lưu mật khẩu không.
home-advice-title = Khuyến cáo theo công văn
home-advice-body = Đọc khuyến cáo của { $agency } (công văn ngày { $date }) và biết cần báo cho ai khi có sự cố.
home-open = Mở
home-privacy = Mọi thông tin chỉ nằm trên máy này. TựKiểm không gửi gì ra ngoài.


profile-fallback-title = Không dùng được tệp hồ sơ cơ quan
profile-fallback-hint = TựKiểm đang dùng hồ sơ cơ quan mặc định. Hãy báo cho người đã gửi tệp hồ sơ này để sửa lại.

settings-save-failed = TựKiểm không lưu được lựa chọn ngôn ngữ, nên lần sau sẽ mở lại bằng ngôn ngữ cũ. Chi tiết: { $detail }

date-short = { $day2 }/{ $month2 }/{ $year }

# Màn hình kiểm tra máy tính.
checks-title = Kiểm tra máy tính
checks-intro = TựKiểm xem máy này: phần mềm phòng, chống mã độc có đang bật không; trình duyệt có lưu mật khẩu không, có mật khẩu nào lưu cho trang giả mạo không; có phần mềm điều khiển từ xa hay dấu vết phần mềm đánh cắp mật khẩu (tệp hosts, tiện ích trình duyệt, máy chủ proxy lạ) không. Mất khoảng nửa phút.
checks-privacy = TựKiểm chỉ xem mật khẩu được lưu cho những trang nào và đếm số lượng; không đọc, không giải mã mật khẩu nào. Kết quả chỉ nằm trên máy này.
checks-run = Kiểm tra ngay
checks-rerun = Kiểm tra lại
checks-running = Đang kiểm tra…
checks-in-progress = Đang kiểm tra…
checks-never = Máy này chưa được kiểm tra lần nào.
checks-last = Lần kiểm tra gần nhất: { $when }
checks-moment = { $time } ngày { $date }
checks-recorded-at = Máy mẫu được ghi lại lúc { $when }
checks-overall-ok = Mọi mục đều tốt. TựKiểm gợi ý: kiểm tra lại mỗi tháng một lần.
checks-overall-warning = Có mục cần xem lại. Hãy làm theo hướng dẫn ở từng mục.
checks-overall-unknown = Có mục chưa kiểm tra được. Xem lý do ở từng mục.
checks-overall-critical = Có mục nguy hiểm. Hãy xử lý ngay các mục ghi “Nguy hiểm”.
checks-scenario-title = Đang xem máy mẫu, không phải máy này
checks-scenario-body = Kết quả dưới đây là của máy mẫu “{ $title }”, ghi sẵn để tập huấn.
checks-last-unreadable = Không đọc được ngày kiểm tra lần trước: { $detail }
checks-last-save-failed = Đã có kết quả, nhưng không lưu được ngày kiểm tra: { $detail }
checks-action-gone = Kết quả này đã cũ. Hãy bấm “Kiểm tra lại”.
checks-action-failed = Không mở được trang cài đặt: { $detail }

# Báo sự cố và câu hỏi ôn tập: mục điều hướng và thẻ ở trang chủ.
nav-incident = Báo sự cố
home-incident-title = Báo sự cố
home-incident-body = Nghi máy nhiễm mã độc, tài khoản bị chiếm, lộ mật khẩu? Xem cần làm gì ngay và báo cho ai.
home-quiz-title = Câu hỏi ôn tập
home-quiz-body = Những câu hỏi ngắn để ôn lại khuyến cáo, có giải thích sau mỗi câu.
