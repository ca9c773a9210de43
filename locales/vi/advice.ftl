# Khuyến cáo chính thức, theo công văn ghi trong hồ sơ cơ quan, đúng thứ tự của công văn.
# Viết cho người đọc một lần là hiểu. Chỉ nói thay Sở những gì công văn nói; gợi ý riêng ghi rõ là của TựKiểm.

advice-title = Khuyến cáo của { $issuer } — công văn ngày { $date }

advice-summary-title = Tóm tắt: ba việc công văn đề nghị
advice-summary-password = Đổi mật khẩu ngay sau lần đăng nhập đầu tiên. Mật khẩu đủ dài, có đủ các loại ký tự.
advice-summary-antimalware = Dùng phần mềm phòng, chống mã độc. Cảnh giác với đường liên kết và trang web giả mạo.
advice-summary-report = Báo ngay cho đầu mối, { $contact }, khi máy nhiễm mã độc hoặc tài khoản bị lộ, bị chiếm.

advice-what-happened-title = Chuyện gì đã xảy ra
advice-what-happened = Qua giám sát an toàn thông tin trên không gian mạng, { $agency } phối hợp với Trung tâm Ứng cứu khẩn cấp không gian mạng Việt Nam (VNCERT/CC) phát hiện tài khoản, mật khẩu người dùng của một số hệ thống thông tin dùng chung của { $province } bị lộ lọt.
advice-what-happened-named = Qua giám sát an toàn thông tin trên không gian mạng, { $agency } phối hợp với Trung tâm Ứng cứu khẩn cấp không gian mạng Việt Nam (VNCERT/CC) phát hiện tài khoản, mật khẩu người dùng của một số hệ thống thông tin dùng chung của { $province } bị lộ lọt, như: { $systems }.
advice-what-happened-notified = { $agency } đã báo cho đầu mối của các cơ quan, đơn vị có tài khoản bị lộ để kịp thời khắc phục.

advice-risks-title = Kẻ xấu có thể làm gì với tài khoản bị lộ
advice-risks-intro = Khi đã chiếm được tài khoản, mật khẩu, kẻ xấu có thể:
advice-risk-data = Thu thập trái phép dữ liệu nhạy cảm, kể cả thông tin cá nhân trong hệ thống.
advice-risk-scams = Dùng thông tin cá nhân nhạy cảm để lừa đảo, hoặc đăng tải trái phép nội dung không phù hợp.
advice-risk-sale = Rao bán thông tin cá nhân trên mạng để trục lợi.
advice-risk-money = Trực tiếp làm thất thoát tài sản của cá nhân, tổ chức bị lộ thông tin.
advice-risk-escalation = Dò tìm điểm yếu của hệ thống, chiếm quyền rồi tấn công sang các hệ thống bên cạnh.

advice-causes-title = Vì sao tài khoản bị lộ
advice-causes-intro = { $agency } và VNCERT/CC xác định hai nguyên nhân:
advice-cause-default-password = Cán bộ, công chức, viên chức nhận tài khoản nhưng không đổi mật khẩu, vẫn dùng mật khẩu mặc định.
advice-cause-stealer = Máy tính của người dùng nhiễm mã độc đánh cắp thông tin đăng nhập lưu trong trình duyệt.

advice-actions-title = Ba việc công văn đề nghị
advice-action-password-title = 1. Đổi mật khẩu ngay sau lần đăng nhập đầu tiên
advice-action-password = Đổi mật khẩu ngay sau lần đầu đăng nhập các ứng dụng, phần mềm.
advice-action-password-named = Đổi mật khẩu ngay sau lần đầu đăng nhập các ứng dụng, phần mềm. Các hệ thống công văn nêu là bị lộ: { $systems }.
advice-action-password-others = TựKiểm gợi ý: cũng nên đổi mật khẩu { $systems }.
advice-rule-length = Công văn yêu cầu mật khẩu mới tối thiểu { $min } ký tự, gồm:
advice-rule-length-only = Công văn yêu cầu mật khẩu mới tối thiểu { $min } ký tự.
advice-rule-upper = chữ in hoa (A–Z);
advice-rule-lower = chữ thường (a–z);
advice-rule-digit = chữ số (0–9);
advice-rule-special = ký tự đặc biệt, ví dụ: { $sample }
advice-rule-example = Công văn lấy ví dụ { $example } để chỉ cách kết hợp. Lưu ý của TựKiểm: đừng dùng đúng mật khẩu ví dụ này.
advice-action-antimalware-title = 2. Bảo vệ máy tính, điện thoại bằng phần mềm phòng, chống mã độc
advice-action-antimalware = Dùng phần mềm phòng, chống mã độc đáp ứng yêu cầu tại Chỉ thị số 14/CT-TTg ngày 25/5/2018 của Thủ tướng Chính phủ về việc nâng cao năng lực phòng, chống phần mềm độc hại.
advice-action-links = Cảnh giác trước các đường liên kết, quảng cáo, trang web giả mạo, có dấu hiệu lừa đảo.
advice-action-report-title = 3. Báo ngay khi có sự cố
advice-action-report = Báo ngay cho { $agency } khi máy bị nhiễm mã độc, hoặc tài khoản, mật khẩu đăng nhập các phần mềm dùng chung bị lộ hay bị chiếm đoạt.
advice-action-report-how = Mục “Báo sự cố” có sẵn số điện thoại và thư soạn sẵn.

advice-contact-title = Đầu mối liên hệ
advice-contact-name = Người liên hệ
advice-contact-role = Chức danh
advice-contact-agency = Cơ quan
advice-contact-phone = Điện thoại
advice-contact-email = Thư điện tử

advice-source = Nguồn: công văn của { $issuer } ngày { $day2 }/{ $month2 }/{ $year }, do { $signer_title } { $signer } ký.

advice-original-open = Xem nguyên văn công văn
advice-original-close = Đóng nguyên văn
advice-original-title = Nguyên văn công văn
advice-original-note = Đúng từng chữ như công văn in (kể cả lỗi đánh máy); chỉ nối lại các dòng bị ngắt.
advice-original-none = Hồ sơ cơ quan không kèm nguyên văn công văn.
