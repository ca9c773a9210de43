# Bản dòng lệnh tukiem-cli, dành cho cán bộ kỹ thuật.

cli-about = TựKiểm bản dòng lệnh: cùng bộ kiểm tra với ứng dụng, dành cho cán bộ kỹ thuật.
cli-help-lang = Ngôn ngữ hiển thị: vi (tiếng Việt) hoặc en (tiếng Anh). Mặc định theo máy, nếu không thì tiếng Việt.
cli-help-profile = Tệp hồ sơ cơ quan (TOML) dùng thay hồ sơ mặc định. Cũng có thể đặt bằng biến môi trường TUKIEM_PROFILE.
cli-help-advice = In khuyến cáo chính thức.
cli-profile-unusable = Không dùng được hồ sơ cơ quan đã chỉ định.
cli-help-password = Đánh giá mật khẩu đọc từ đầu vào chuẩn, mỗi dòng một mật khẩu. Không bao giờ in lại mật khẩu.
cli-help-json = In mỗi kết quả thành một dòng JSON.
cli-help-user-input = Thông tin cá nhân (họ tên, tên đăng nhập, ngày sinh, số điện thoại) được tính là dễ đoán. Có thể dùng nhiều lần.
cli-password-not-utf8 = Dòng { $line } không phải văn bản UTF-8.
cli-io-failed = Lỗi đọc hoặc ghi: { $detail }
