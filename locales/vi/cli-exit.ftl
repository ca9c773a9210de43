# Mã thoát của tukiem-cli, in dưới --help (crates/cli/src/exit.rs).

cli-help-exit-codes =
    Mã thoát:
      0  check: mọi thứ đều ổn; các lệnh khác: đã xong
      1  check: có mục cần xem lại, hoặc có mục chưa kiểm tra được
      2  check: có điều nguy hiểm; link: có đường link có dấu hiệu giả mạo
      3  check: không chạy được việc kiểm tra
      64 dòng lệnh bị sai
      65 dữ liệu vào không hợp lệ (hồ sơ, đầu vào chuẩn không phải UTF-8, danh sách hệ thống đã đổi mật khẩu, gói hồ sơ hỏng)
      66 không có hoặc không đọc được tệp đầu vào
      71 hệ điều hành không cấp được số ngẫu nhiên (generate)
      73 không tạo được tệp kết quả
      74 lỗi đọc hoặc ghi khác
      77 gói hồ sơ không được ký bằng khóa mà máy này tin cậy, hoặc máy chưa có khóa nào
