# Bản dòng lệnh tukiem-cli, dành cho cán bộ kỹ thuật.

cli-about = TựKiểm bản dòng lệnh: cùng bộ kiểm tra với ứng dụng, dành cho cán bộ kỹ thuật.
cli-help-lang = Ngôn ngữ hiển thị: vi (tiếng Việt) hoặc en (tiếng Anh). Mặc định theo máy, nếu không thì tiếng Việt.
cli-help-profile = Tệp hồ sơ cơ quan (TOML) dùng thay hồ sơ mặc định. Cũng có thể đặt bằng biến môi trường TUKIEM_PROFILE.
cli-help-advice = In khuyến cáo chính thức.
cli-profile-unusable = Không dùng được hồ sơ cơ quan đã chỉ định.
cli-output-failed = Không ghi được kết quả ra màn hình: { $detail }
