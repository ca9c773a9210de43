# Đổi mật khẩu: các yêu cầu của công văn, từng yêu cầu một.

rule-length = Ít nhất { $min } ký tự
rule-upper = Có chữ in hoa (A–Z)
rule-lower = Có chữ thường (a–z)
rule-digit = Có chữ số (0–9)
rule-special = Có ký tự đặc biệt, ví dụ { $sample }
rule-missing-length = chưa đủ { $min } ký tự
rule-missing-upper = thiếu chữ in hoa
rule-missing-lower = thiếu chữ thường
rule-missing-digit = thiếu chữ số
rule-missing-special = thiếu ký tự đặc biệt

pw-verdict-fails_rule = Chưa đủ yêu cầu của công văn
pw-verdict-weak = Yếu — dễ bị đoán
pw-verdict-fair = Tạm được
pw-verdict-strong = Mạnh
pw-verdict-too_long = Quá dài (hơn 256 ký tự)
pw-verdict-reused = Không nên dùng — đã dùng cho hệ thống khác

pw-warning-too_long = Mật khẩu dài quá 256 ký tự. Hãy dùng mật khẩu ngắn hơn.
pw-warning-vietnamese_letters = Mật khẩu có chữ tiếng Việt có dấu. Có thể Unikey (Telex/VNI) đang bật; trên máy khác bạn có thể không gõ lại được. Hãy chuyển bộ gõ sang tiếng Anh (E) khi gõ mật khẩu.
pw-warning-normal_form = Chữ có dấu có thể được lưu theo hai cách khác nhau, nên hệ thống có thể không nhận ra mật khẩu. Nên chỉ dùng chữ không dấu.
pw-warning-outer_spaces = Có dấu cách ở đầu hoặc cuối mật khẩu. Dấu cách này rất dễ bị bỏ sót khi gõ lại.
pw-warning-common_password = Đây là mật khẩu rất phổ biến ở Việt Nam. Kẻ xấu thử những mật khẩu này đầu tiên.
pw-warning-vietnamese_words = Mật khẩu có những từ hay gặp trong mật khẩu (như matkhau, admin, password, ubnd). Kẻ xấu thử những từ này trước.
pw-warning-name = Mật khẩu có họ hoặc tên người. Tên người rất dễ đoán.
pw-warning-place = Mật khẩu có tên tỉnh, thành phố. Tên địa danh rất dễ đoán.
pw-warning-agency_words = Mật khẩu có tên cơ quan hoặc tên hệ thống. Kẻ xấu sẽ thử những từ này.
pw-warning-personal_info = Mật khẩu có thông tin của chính bạn (tên, ngày sinh, số điện thoại).
pw-warning-year = Mật khẩu có một năm (như năm sinh, năm hiện tại). Năm rất dễ đoán.
pw-warning-date = Mật khẩu có một ngày tháng, như ngày sinh. Ngày tháng rất dễ đoán.
pw-warning-phone = Mật khẩu có dạng số điện thoại.
pw-warning-digit_sequence = Dãy số liên tiếp hoặc lặp lại (như 123, 2222) rất dễ đoán.
pw-warning-leet = Thay chữ bằng số hoặc ký hiệu (như @ thay a, 0 thay o) không làm mật khẩu khó đoán hơn.
pw-warning-default_shape = Dạng “Tên@123” hay “Tên@2024” là dạng mật khẩu mặc định hay gặp nhất, dù đủ yêu cầu.
pw-warning-keyboard_row = Các phím liền nhau trên bàn phím rất dễ đoán.
pw-warning-keyboard_pattern = Gõ theo hình trên bàn phím (như 1qaz, zxcv) rất dễ đoán.
pw-warning-repeats = Ký tự lặp lại (như “aaa”) rất dễ đoán.
pw-warning-repeated_pattern = Lặp lại một cụm (như “abcabc”) chỉ khó đoán hơn một chút.
pw-warning-top10 = Đây là một trong 10 mật khẩu phổ biến nhất thế giới.
pw-warning-top100 = Đây là một trong 100 mật khẩu phổ biến nhất thế giới.
pw-warning-common = Đây là mật khẩu rất phổ biến.
pw-warning-similar_to_common = Mật khẩu này gần giống một mật khẩu phổ biến.
pw-warning-sequence = Dãy liên tiếp như “abc” hay “6543” rất dễ đoán.
pw-warning-recent_year = Những năm gần đây rất dễ đoán.
pw-warning-single_word = Chỉ một từ thì rất dễ đoán.
pw-warning-dates = Ngày tháng thường rất dễ đoán.
pw-warning-names_alone = Chỉ có họ hoặc tên thì rất dễ đoán.
pw-warning-common_names = Họ và tên phổ biến rất dễ đoán.

# Gợi ý cách làm mật khẩu tốt hơn (mã ổn định, dịch từ gợi ý của zxcvbn). Không có gợi ý “không cần
# ký hiệu, chữ số, chữ in hoa”: công văn yêu cầu có những thứ đó.
pw-suggestions-title = Gợi ý:
pw-suggestion-use_a_few_words = Ghép vài từ không liên quan đến nhau. Tránh câu quen thuộc.
pw-suggestion-add_another_word = Thêm một hai từ nữa. Từ càng ít gặp càng tốt.
pw-suggestion-capitalization = Chỉ viết hoa chữ cái đầu thì không khó đoán hơn bao nhiêu.
pw-suggestion-all_uppercase = Viết hoa cả từ cũng dễ đoán gần như viết thường.
pw-suggestion-reversed_words = Viết ngược một từ không làm nó khó đoán hơn bao nhiêu.
pw-suggestion-predictable_substitutions = Thay chữ bằng ký hiệu quen thuộc (như @ thay a) không giúp được bao nhiêu.
pw-suggestion-keyboard_pattern = Tránh gõ các phím liền nhau hay theo hình trên bàn phím.
pw-suggestion-avoid_repeats = Tránh lặp lại từ hoặc ký tự.
pw-suggestion-avoid_sequences = Tránh dãy liên tiếp như abc hay 123.
pw-suggestion-avoid_recent_years = Tránh dùng các năm gần đây.
pw-suggestion-avoid_personal_years = Tránh năm gắn với bạn, như năm sinh.
pw-suggestion-avoid_personal_dates = Tránh ngày tháng gắn với bạn, như ngày sinh.

# Thời gian để đoán ra mật khẩu, nếu kẻ xấu lấy được cơ sở dữ liệu mật khẩu của hệ thống
# (giả định trong crates/core/src/password/crack_time.rs).
pw-crack-time = Máy tính của kẻ xấu cần { $time } để đoán ra mật khẩu này.
pw-crack-less_than_second = dưới 1 giây
pw-crack-seconds = khoảng { $count } giây
pw-crack-minutes = khoảng { $count } phút
pw-crack-hours = khoảng { $count } giờ
pw-crack-days = khoảng { $count } ngày
pw-crack-months = khoảng { $count } tháng
pw-crack-years = khoảng { $count } năm
pw-crack-centuries = hàng thế kỷ

history-no-keyring = Trên máy này, TựKiểm không thể cảnh báo khi bạn dùng lại một mật khẩu cũ (hệ điều hành thiếu chỗ cất khóa an toàn). Các phần khác vẫn dùng bình thường.
history-unavailable = Lúc này TựKiểm không cảnh báo được khi bạn dùng lại một mật khẩu cũ. Các phần khác vẫn dùng bình thường.
history-file-problem = Không đọc hoặc ghi được tệp { $file }. TựKiểm tạm không cảnh báo dùng lại mật khẩu.

pw-checklist-unreadable = Không đọc được tệp { $file }, nên chưa biết hệ thống nào đã đổi mật khẩu.
pw-checklist-unsaved = Không lưu được tệp { $file }. Lần sau TựKiểm có thể không nhớ việc này.
pw-assess-failed = TựKiểm chưa đánh giá được mật khẩu này. Hãy thử gõ lại.
pw-generate-failed = TựKiểm chưa tạo được mật khẩu. Hãy bấm lại.
pw-unknown-system = Hồ sơ cơ quan không có hệ thống này.

pw-title = Đổi mật khẩu
pw-lead = Không đổi mật khẩu mặc định là một trong hai nguyên nhân làm lộ tài khoản mà công văn nêu. Hãy đổi mật khẩu cho từng hệ thống dưới đây.
pw-progress = Đã đổi { $done }/{ $total } hệ thống
pw-state-todo = Chưa đổi
pw-state-done = Đã đổi ngày { $date }
pw-change = Đổi mật khẩu
pw-change-again = Đổi lại
pw-wizard-title = Đổi mật khẩu: { $system }
pw-why = Mật khẩu mặc định hoặc mật khẩu cũ có thể đã bị lộ. Kẻ xấu dùng chúng để vào hệ thống và lấy dữ liệu.
pw-step-open = Bước 1. Cách đổi mật khẩu trong hệ thống
pw-open-url = Địa chỉ trang: { $url }
pw-open = Mở trang trong trình duyệt
pw-open-failed = Không mở được trình duyệt. Hãy tự mở trình duyệt và gõ địa chỉ: { $url }
pw-open-no-url = Hồ sơ cơ quan chưa có địa chỉ trang của hệ thống này.
pw-no-url = Công văn không ghi địa chỉ trang. Hầu hết các hệ thống đều đổi mật khẩu theo các bước sau:
pw-step-type = Bước 2. Nghĩ ra mật khẩu mới và gõ thử vào đây
pw-ime-reminder = Trước khi gõ: chuyển Unikey hoặc EVKey sang chữ E (tiếng Anh). Nếu không, mật khẩu có thể bị thêm dấu mà bạn không biết.
pw-input-label = Mật khẩu mới (chỉ kiểm tra trên máy này, không lưu lại)
pw-show = Hiện
pw-hide = Ẩn
pw-generate = Tạo giúp tôi
pw-generated = Mật khẩu gợi ý, rất khó đoán. Hãy chép ra giấy cất kỹ hoặc lưu vào phần mềm quản lý mật khẩu. Đừng để trình duyệt lưu.
pw-rules-title = Yêu cầu của công văn
pw-verdict-empty = Gõ mật khẩu để xem đánh giá.
pw-reused = Bạn đã dùng mật khẩu này cho { $system } (ngày { $date }). Mỗi hệ thống nên có mật khẩu riêng.
pw-step-done = Bước 3. Đặt mật khẩu này trên hệ thống theo Bước 1, đăng nhập lại để chắc chắn, rồi đánh dấu đã đổi
pw-remember = Cảnh báo tôi nếu sau này dùng lại mật khẩu này (TựKiểm không lưu mật khẩu)
pw-mark-done = Tôi đã đổi xong
pw-back = Quay lại danh sách
pw-warning-reused = Mật khẩu này đã được dùng cho hệ thống khác. Lộ một nơi là mất cả hai.

pw-about-title = Thông tin của bạn (không bắt buộc)
pw-about-hint = Điền vào đây để TựKiểm cảnh báo khi mật khẩu chứa thông tin của bạn. Những thông tin này chỉ dùng để kiểm tra trên máy này và không được lưu.
pw-about-name = Họ và tên
pw-about-username = Tên đăng nhập
pw-about-birth = Ngày sinh
pw-about-phone = Số điện thoại
pw-about-old = Mật khẩu cũ hoặc mật khẩu được cấp
pw-warning-vietnamese_syllables = Phần chữ chỉ ghép vài âm tiết tiếng Việt thông dụng. Chương trình dò mật khẩu thử những âm tiết này trước tiên.
pw-warning-lucky_number = Có số “đẹp” (như 68, 86, 88, 888, 6868, 1368). Nhiều người chọn những số này nên chúng bị thử sớm.
pw-warning-short_number = Phần số quá ngắn: vài chữ số thì thử hết trong chớp mắt.

# Các bước chung để đổi mật khẩu ngay trong hệ thống (khi công văn không ghi địa chỉ trang), rồi người cần gọi.
pw-howto-login = Đăng nhập hệ thống như mọi ngày, bằng tên đăng nhập và mật khẩu đang dùng.
pw-howto-account = Bấm vào tên tài khoản của bạn (thường ở góc trên bên phải), chọn “Tài khoản” hoặc “Thông tin cá nhân”.
pw-howto-change = Chọn “Đổi mật khẩu”.
pw-howto-type = Gõ mật khẩu cũ, rồi gõ mật khẩu mới hai lần. Bấm “Lưu” hoặc “Cập nhật”.
pw-howto-confirm = Đăng xuất, rồi đăng nhập lại bằng mật khẩu mới để chắc là đã đổi được.
pw-howto-help = Không thấy mục đổi mật khẩu, hoặc làm theo mà không được? Hãy hỏi người đã cấp tài khoản cho bạn; nếu vẫn không được, gọi { $name }, điện thoại { $phone }. Nếu số này không còn liên lạc được, hãy hỏi lãnh đạo đơn vị xem đầu mối hiện nay là ai.
pw-howto-open-first = Mở trang của hệ thống bằng nút dưới đây, rồi làm theo các bước.
