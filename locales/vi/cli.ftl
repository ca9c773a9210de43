# Bản dòng lệnh tukiem-cli, dành cho cán bộ kỹ thuật.

cli-about = TựKiểm bản dòng lệnh: cùng bộ kiểm tra với ứng dụng, dành cho cán bộ kỹ thuật.
cli-help-lang = Ngôn ngữ hiển thị: vi (tiếng Việt) hoặc en (tiếng Anh). Mặc định theo máy, nếu không thì tiếng Việt.
cli-help-profile = Tệp hồ sơ cơ quan (TOML) dùng thay hồ sơ mặc định. Cũng có thể đặt bằng biến môi trường TUKIEM_PROFILE.
cli-help-advice = In khuyến cáo chính thức.
cli-help-advice-original = In nguyên văn công văn (đúng từng chữ), thay cho bản tóm lược.
cli-profile-unusable = Không dùng được hồ sơ cơ quan đã chỉ định.
cli-help-password = Đánh giá mật khẩu đọc từ đầu vào chuẩn, mỗi dòng một mật khẩu. Không bao giờ in lại mật khẩu.
cli-help-json = In mỗi kết quả thành một dòng JSON.
cli-help-user-input = Thông tin cá nhân (họ tên, tên đăng nhập, ngày sinh, số điện thoại) được tính là dễ đoán. Có thể dùng nhiều lần.
cli-password-not-utf8 = Dòng { $line } không phải văn bản UTF-8.
cli-io-failed = Lỗi đọc hoặc ghi: { $detail }
cli-help-check = Kiểm tra máy tính này: phần mềm phòng, chống mã độc, mật khẩu lưu trong trình duyệt, phần mềm điều khiển từ xa. Mã thoát: 0 tốt, 1 cần xem lại, 2 nguy hiểm, 3 không kiểm tra được.
cli-help-check-json = In kết quả thành một tài liệu JSON (lược đồ tukiem.check/1).
cli-help-scenario = Kiểm tra một máy mẫu đã ghi lại (thư mục tình huống) thay cho máy này.
cli-check-heading = Kết quả kiểm tra máy tính
cli-check-running = Đang kiểm tra: { $check }…
cli-check-cannot-run = Không kiểm tra được máy tính.
cli-check-mark-ok = [✓]
cli-check-mark-warning = [!]
cli-check-mark-critical = [✗]
cli-check-mark-unknown = [?]
cli-check-overall-ok = Tổng kết: mọi mục đều tốt.
cli-check-overall-warning = Tổng kết: có mục cần xem lại.
cli-check-overall-critical = Tổng kết: có mục nguy hiểm, cần xử lý ngay.
cli-check-overall-unknown = Tổng kết: có mục chưa kiểm tra được.
