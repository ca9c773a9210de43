# Mật khẩu đã bị lộ: bộ lọc danh sách mật khẩu bị lộ (password/leaked), mẫu số điện thoại, số
# định danh cá nhân, Telex gõ khi tắt bộ gõ; lệnh `tukiem-cli leaks`.

pw-warning-leaked = Mật khẩu này đã có trong các danh sách mật khẩu bị lộ. Kẻ xấu thử những mật khẩu này đầu tiên, dù trông nó khó đoán đến đâu.
pw-leaked-title = Mật khẩu này đã bị lộ
pw-leaked-body = Mật khẩu này đã có trong các danh sách mật khẩu bị lộ mà kẻ xấu dùng để dò. Đừng dùng nó cho bất kỳ tài khoản nào; hãy chọn mật khẩu khác.
pw-warning-mobile_number = Mật khẩu có một số điện thoại di động. Số điện thoại rất dễ tìm ra.
pw-warning-citizen_id = Mật khẩu có dạng số căn cước (12 chữ số). Số căn cước có trên nhiều giấy tờ nên dễ bị biết.
pw-warning-telex = Mật khẩu là chữ tiếng Việt gõ kiểu Telex khi tắt bộ gõ (như “Maatj khaaur”). Kẻ xấu thử cả cách gõ này.

leaks-refused-not-a-filter = Tệp { $file } không phải là bộ lọc mật khẩu bị lộ, nên không được dùng.
leaks-refused-version = Bộ lọc mật khẩu bị lộ { $file } là phiên bản { $found }, bản TựKiểm này chỉ đọc phiên bản { $expected }, nên không được dùng.
leaks-refused-truncated = Bộ lọc mật khẩu bị lộ { $file } bị thiếu một phần (tệp bị cắt ngắn), nên không được dùng.
leaks-refused-oversized = Bộ lọc mật khẩu bị lộ { $file } nặng { $megabytes } MB, quá mức { $max } MB cho phép, nên không được dùng.
leaks-refused-damaged = Bộ lọc mật khẩu bị lộ { $file } bị hỏng, nên không được dùng.
leaks-refused-still-builtin = TựKiểm vẫn dùng danh sách mật khẩu bị lộ có sẵn của mình.
leaks-department-filter = bộ lọc số { $number } của Sở
leaks-build-empty = Danh sách không có mật khẩu nào (mỗi dòng một mật khẩu).
leaks-build-too-many = Danh sách quá lớn: bộ lọc làm ra sẽ vượt mức cho phép. Hãy chia danh sách thành nhiều tệp.
leaks-build-failed = Không tạo được bộ lọc từ danh sách này. Hãy thử lại.

cli-help-leaks = Bộ lọc mật khẩu bị lộ cho gói của Sở: tạo từ một danh sách, hoặc kiểm tra một tệp bộ lọc.
cli-help-leaks-build = Tạo bộ lọc từ danh sách mật khẩu (mỗi dòng một mật khẩu). Bộ lọc chỉ giữ mã băm có muối, không giữ mật khẩu.
cli-help-leaks-from = Tệp danh sách mật khẩu, mỗi dòng một mật khẩu.
cli-help-leaks-out = Tệp bộ lọc sẽ tạo ra.
cli-help-leaks-check = Cho biết một tệp bộ lọc có dùng được không, và nếu không thì vì sao.
cli-help-leaks-file = Tệp bộ lọc cần kiểm tra.
cli-leaks-written = Đã lưu bộ lọc vào { $path }
cli-leaks-summary = Bộ lọc giữ { $count } mật khẩu khác nhau, nặng { $kilobytes } KB.
cli-leaks-usable = Bộ lọc { $path } dùng được: { $count } mật khẩu.
