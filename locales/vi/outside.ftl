# Đọc một tệp không do TựKiểm tạo ra (kho mật khẩu của trình duyệt, hồ sơ cơ quan, máy mẫu, phiếu của người khác).
# Lý do chỉ nêu tên tệp và vấn đề, không bao giờ nêu nội dung tệp.

outside-not-found = Không thấy tệp { $path }.
outside-not-a-file = { $path } không phải là một tệp bình thường nên TựKiểm không mở.
outside-too-large = Tệp { $path } lớn hơn { $megabytes } MB, quá lớn so với loại tệp này nên TựKiểm không đọc.
outside-permission-denied = Không có quyền đọc { $path }.
outside-timed-out = Đọc tệp { $path } quá { $seconds } giây nên đã dừng.
outside-not-utf8 = Tệp { $path } không phải văn bản đọc được (UTF-8).
outside-unreadable = Không đọc được tệp { $path }.
outside-too-many = Thư mục { $path } có hơn { $limit } mục, quá nhiều so với loại thư mục này nên TựKiểm không xem hết.
outside-damaged = Tệp { $path } bị hỏng hoặc không đúng dạng ({ $kind ->
    [syntax] chữ bị lỗi
    [truncated] bị cắt ngang
   *[shape] nội dung không như mong đợi
  } ở dòng { $line }, cột { $column }).
