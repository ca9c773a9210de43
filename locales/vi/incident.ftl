# Màn hình “Báo sự cố” (việc thứ ba của khuyến cáo) và thư báo soạn sẵn.

incident-title = Báo sự cố
incident-lead = Máy tính hoặc tài khoản có vấn đề? Công văn ngày { $date } đề nghị báo ngay cho { $agency }.

incident-now-title = Làm ngay
incident-now-report = Báo ngay cho đầu mối: gọi điện, hoặc sao chép thư soạn sẵn dưới đây rồi gửi.
incident-now-password = Đổi mật khẩu các hệ thống dùng chung trên một máy tính khác an toàn, không dùng máy đang nghi nhiễm mã độc.
incident-now-disconnect = Nếu nghi máy nhiễm mã độc: rút dây mạng và tắt Wi-Fi của máy đó.
incident-now-evidence = Đừng xóa gì vội: không cài lại Windows, không xóa tệp hay thư lạ khi đầu mối chưa hướng dẫn.

incident-kinds-title = Việc gì đang xảy ra?
incident-kinds-hint = Chọn một mục. Chưa chắc cũng nên báo.
incident-kind-malware = Máy tính nghi nhiễm mã độc
incident-kind-malware-hint = Máy chậm bất thường, tự mở trang lạ, phần mềm phòng, chống mã độc báo có mã độc hoặc tự tắt.
incident-kind-account = Tài khoản bị người khác chiếm
incident-kind-account-hint = Nhập đúng mật khẩu mà không đăng nhập được, hoặc thấy thư, văn bản mình không hề gửi.
incident-kind-password = Mật khẩu bị lộ hoặc bị mất
incident-kind-password-hint = Đã đưa mật khẩu cho người khác, gõ vào trang lạ, hoặc mất giấy ghi mật khẩu.
incident-kind-suspicious = Đăng nhập hoặc thư đáng ngờ
incident-kind-suspicious-hint = Nhận được thông báo có người đăng nhập từ nơi lạ; thư đòi mật khẩu hoặc có tệp đính kèm lạ.
incident-kind-other = Việc khác, hoặc chưa chắc
incident-kind-other-hint = Cứ báo, đầu mối sẽ giúp xác định.

incident-contact-title = Báo cho ai
incident-contact-role = { $role }, { $agency }
incident-sender-title = Người báo (không bắt buộc, không lưu lại)
incident-sender-name = Họ và tên
incident-sender-unit = Đơn vị công tác
incident-phone-label = Điện thoại
incident-email-label = Thư điện tử
incident-copy-phone = Sao chép số
incident-phone-copied = Đã sao chép số điện thoại.
incident-phone-copy-manual = Số đã được chọn sẵn: hãy bấm Ctrl+C để sao chép.
incident-mail-open = Mở bằng chương trình thư của máy
incident-mail-hint = Thư được soạn sẵn trong chương trình thư của máy; bạn đọc lại, điền thêm rồi bấm gửi. TựKiểm không tự gửi gì.
incident-mail-failed = Máy này không mở được chương trình thư. Hãy sao chép nội dung ở ô dưới đây, gửi bằng hộp thư công vụ đến { $email }, hoặc gọi { $phone }. Nếu số này không còn liên lạc được, hãy hỏi lãnh đạo đơn vị xem đầu mối hiện nay là ai.

incident-text-title = Thư báo sự cố soạn sẵn: sao chép rồi gửi bằng hộp thư công vụ
incident-text-label = Nội dung thư báo sự cố
incident-copy = Sao chép thư
incident-copied = Đã sao chép. Mở hộp thư công vụ, tạo thư mới và dán bằng Ctrl+V.
incident-copy-manual = Nội dung đã được chọn sẵn: hãy bấm Ctrl+C để sao chép.
incident-privacy = Thư ghi loại sự cố, ngày báo, tóm tắt lần kiểm tra máy và họ tên, đơn vị nếu bạn điền; không có mật khẩu, tên đăng nhập hay tệp nào của bạn.

# Thư soạn sẵn (TựKiểm ghép các dòng này thành thư; dòng trống do ứng dụng thêm).
# Thư viết trang trọng, toàn bằng tiếng Việt: không có mã tiếng Anh của mục kiểm tra.
incident-text-to = Gửi đến: { $email }
incident-text-subject = Tiêu đề: { $subject }
incident-mail-subject = Báo sự cố: { $kind }
incident-mail-subject-unit = Báo sự cố: { $kind } — { $unit }
incident-mail-subject-other = Báo sự cố an toàn thông tin (chưa rõ loại)
incident-mail-subject-other-unit = Báo sự cố an toàn thông tin (chưa rõ loại) — { $unit }
incident-mail-greeting = Kính gửi: { $name }, { $role }, { $agency }.
incident-mail-intro = Tôi xin thông báo sự cố an toàn thông tin như sau:
incident-mail-intro-name = Tôi là { $name }. Tôi xin thông báo sự cố an toàn thông tin như sau:
incident-mail-intro-unit = Tôi công tác tại { $unit }. Tôi xin thông báo sự cố an toàn thông tin như sau:
incident-mail-intro-name-unit = Tôi là { $name }, công tác tại { $unit }. Tôi xin thông báo sự cố an toàn thông tin như sau:
incident-mail-kind = Loại sự cố: { $kind }
incident-mail-date = Ngày báo: { $date }
incident-mail-no-check = Máy chưa được kiểm tra bằng TựKiểm.
incident-mail-check = Kiểm tra máy bằng TựKiểm lúc { $time } ngày { $date }: { $counts }.
incident-mail-check-overall = Kiểm tra máy bằng TựKiểm lúc { $time } ngày { $date }: kết quả chung “{ $status }”.
incident-mail-count-critical = { $count } mục nguy hiểm
incident-mail-count-warning = { $count } mục cần xem lại
incident-mail-count-unknown = { $count } mục chưa kiểm tra được
incident-mail-count-ok = { $count } mục tốt
incident-mail-finding = - { $title }: { $status }
incident-mail-finding-other = Mục kiểm tra khác
incident-mail-more = - và { $count } mục khác
incident-mail-fill = Tôi xin bổ sung:
incident-mail-fill-what = - Việc đã xảy ra, từ khi nào:
incident-mail-fill-done = - Việc đã làm (đổi mật khẩu, ngắt mạng…):
incident-mail-fill-sender = - Họ tên, đơn vị, số điện thoại của tôi:
incident-mail-fill-phone = - Số điện thoại của tôi:
incident-mail-closing = Kính mong được hướng dẫn các bước tiếp theo.
incident-mail-thanks = Trân trọng cảm ơn.
incident-mail-signature = { $name }
