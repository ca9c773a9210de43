# Đổi mật khẩu: các yêu cầu của quy định, từng yêu cầu một.

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

pw-verdict-fails_rule = Chưa đúng quy định
pw-verdict-weak = Yếu — dễ bị đoán
pw-verdict-fair = Tạm được
pw-verdict-strong = Mạnh
pw-verdict-too_long = Quá dài (hơn 256 ký tự)

pw-warning-too_long = Mật khẩu dài quá 256 ký tự. Hãy dùng mật khẩu ngắn hơn.
pw-warning-vietnamese_letters = Mật khẩu có chữ tiếng Việt có dấu. Có thể Unikey (Telex/VNI) đang bật; trên máy khác bạn có thể không gõ lại được. Hãy chuyển bộ gõ sang tiếng Anh (E) khi gõ mật khẩu.
pw-warning-normal_form = Chữ có dấu có thể được lưu theo hai cách khác nhau, nên hệ thống có thể không nhận ra mật khẩu. Nên chỉ dùng chữ không dấu.
pw-warning-outer_spaces = Có dấu cách ở đầu hoặc cuối mật khẩu. Dấu cách này rất dễ bị bỏ sót khi gõ lại.
pw-warning-common_password = Đây là mật khẩu rất phổ biến ở Việt Nam. Kẻ xấu thử những mật khẩu này đầu tiên.
pw-warning-vietnamese_words = Mật khẩu ghép từ những từ tiếng Việt thường gặp.
pw-warning-name = Mật khẩu có họ hoặc tên người. Tên người rất dễ đoán.
pw-warning-place = Mật khẩu có tên tỉnh, thành phố. Tên địa danh rất dễ đoán.
pw-warning-agency_words = Mật khẩu có tên cơ quan hoặc tên hệ thống. Kẻ xấu sẽ thử những từ này.
pw-warning-personal_info = Mật khẩu có thông tin của chính bạn (tên, ngày sinh, số điện thoại).
pw-warning-year = Mật khẩu có một năm (như năm sinh, năm hiện tại). Năm rất dễ đoán.
pw-warning-date = Mật khẩu có một ngày tháng, như ngày sinh. Ngày tháng rất dễ đoán.
pw-warning-phone = Mật khẩu có dạng số điện thoại.
pw-warning-digit_sequence = Dãy số liên tiếp hoặc lặp lại (như 123, 2222) rất dễ đoán.
pw-warning-leet = Thay chữ bằng số hoặc ký hiệu (như @ thay a, 0 thay o) không làm mật khẩu khó đoán hơn.
pw-warning-default_shape = Dạng “Từ@123” hay “Từ@năm” là dạng mật khẩu mặc định hay gặp nhất, dù đúng quy định.
pw-warning-keyboard_row = Các phím liền nhau trên bàn phím rất dễ đoán.
pw-warning-keyboard_pattern = Hình vẽ ngắn trên bàn phím rất dễ đoán.
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

history-no-keyring = Máy này chưa có kho khóa bí mật của hệ điều hành, nên TựKiểm không thể nhớ dấu vết mật khẩu để cảnh báo dùng lại. Các phần khác vẫn dùng bình thường.
history-unavailable = TựKiểm tạm thời không nhớ được dấu vết mật khẩu. Các phần khác vẫn dùng bình thường.
history-file-problem = Không đọc hoặc ghi được tệp { $file }. TựKiểm tạm không cảnh báo dùng lại mật khẩu.
