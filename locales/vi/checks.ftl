# Kiểm tra máy tính: phần chung (trạng thái, lý do không kiểm tra được) và công cụ điều khiển từ xa.

check-status-ok = Tốt
check-status-warning = Cần xem lại
check-status-critical = Nguy hiểm
check-status-unknown = Chưa kiểm tra được

check-summary-unknown = Không kiểm tra được mục này.

check-reason-timeout = Quá { $seconds } giây mà chưa xong nên đã dừng.
check-reason-crashed = TựKiểm gặp lỗi khi kiểm tra mục này. Các mục khác vẫn được kiểm tra.
check-reason-cancelled = Việc kiểm tra mục này đã bị dừng.
check-reason-no-result = Mục này chưa cho kết quả nào.
check-reason-command-missing = Máy không có chương trình { $command }.
check-reason-command-timeout = Chương trình { $command } không trả lời sau { $seconds } giây.
check-reason-command-exit = Chương trình { $command } báo lỗi (mã { $code }). { $detail }
check-reason-command-failed = Không chạy được chương trình { $command }: { $detail }
check-reason-bad-output = Không đọc được kết quả của { $command }: { $detail }
check-reason-unrecognized-output = { $command } có trả lời nhưng không theo dạng TựKiểm nhận ra được.
check-reason-unreadable = Không đọc được { $path }: { $detail }
check-reason-permission-denied = Không có quyền đọc { $path }.
check-reason-processes = Không xem được danh sách chương trình đang chạy: { $detail }
check-reason-unsupported-os = Mục này chưa hỗ trợ hệ điều hành của máy.

check-scenario-unreadable = Không đọc được máy mẫu { $path }: { $detail }
check-scenario-invalid = Tệp máy mẫu { $path } có lỗi: { $detail }
check-scenario-escapes = Máy mẫu trỏ tới { $path }, nằm ngoài thư mục của máy mẫu, nên không được dùng. Máy mẫu không bao giờ đọc dữ liệu của máy tính này.

check-remote-title = Phần mềm điều khiển máy từ xa
check-remote-none = Không thấy phần mềm điều khiển máy từ xa nào.
check-remote-running = Đang chạy: { $names }. Phần mềm này cho người khác điều khiển máy của bạn.
check-remote-installed = Đã cài: { $names }. Phần mềm này cho người khác điều khiển máy của bạn.
check-remote-advice-own = Nếu chính bạn cài, hoặc người quen trong cơ quan cài để giúp bạn, thì không sao. Hãy tắt phần mềm khi không dùng.
check-remote-advice-stranger = Kẻ lừa đảo hay gọi điện nhờ cài phần mềm này rồi lấy mật khẩu. Không đưa mã số và mật khẩu của phần mềm cho người lạ.
check-remote-steps-label = Nên làm gì
check-remote-step-close = Tắt phần mềm khi không có ai đang hỗ trợ bạn.
check-remote-step-never-share = Không đọc mã số (ID) và mật khẩu của phần mềm cho người gọi điện mà bạn không quen.
check-remote-step-unplug = Nếu bạn không cài hoặc thấy chuột tự di chuyển: rút dây mạng, tắt Wi-Fi.
check-remote-step-report = Báo ngay cho đầu mối liên hệ ghi ở mục “Báo sự cố”.

# Chế độ tập huấn.
training-banner = CHẾ ĐỘ TẬP HUẤN
training-banner-body = Đang kiểm tra máy mẫu, không phải máy này. TựKiểm không lưu gì.
training-scenario-label = Máy mẫu
training-start = Chế độ tập huấn
training-start-body = Dành cho giảng viên: chạy bộ kiểm tra trên các máy mẫu ghi sẵn, chữ to để chiếu lên màn hình.
training-exit = Thoát chế độ tập huấn
training-quiz = Câu hỏi ôn tập
training-not-active = Chế độ tập huấn chưa bật.
training-unknown-scenario = Không có máy mẫu { $name }.
training-unavailable = Không mở được chế độ tập huấn: { $detail }
training-scenario-untitled = Máy mẫu chưa đặt tên
