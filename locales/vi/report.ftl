# Điểm tự đánh giá, màn hình tổng quan, phiếu tự kiểm tra (HTML, PDF, JSON) và lệnh tukiem-cli report.

## Điểm tự đánh giá: các phần và trạng thái

score-part-antivirus = Phần mềm phòng, chống mã độc đang bật và đã cập nhật
score-part-gov-passwords = Trình duyệt không lưu mật khẩu trang cơ quan nhà nước (.gov.vn)
score-part-other-passwords = Trình duyệt không lưu mật khẩu nào khác
score-part-remote-access = Không có phần mềm điều khiển máy từ xa
score-part-system = Đã đổi mật khẩu { $system } (tự khai)

score-state-full = Đạt
score-state-partial = Đạt một phần
score-state-none = Chưa đạt
score-state-unknown = Chưa kiểm tra được
score-state-not-checked = Chưa kiểm tra

## Việc làm để tăng điểm

score-action-run-check = Kiểm tra máy tính này
score-action-recheck = Kiểm tra lại máy tính: có mục chưa kiểm tra được
score-action-antivirus = Bật và cập nhật phần mềm phòng, chống mã độc
score-action-gov-passwords = Xóa mật khẩu trang cơ quan nhà nước đã lưu trong trình duyệt
score-action-other-passwords = Xóa các mật khẩu khác đã lưu trong trình duyệt
score-action-remote-access = Gỡ hoặc tắt phần mềm điều khiển từ xa không dùng đến
score-action-change-password = Đổi mật khẩu { $system }
score-action-renew-password = Đổi lại mật khẩu { $system }: hồ sơ cơ quan đề nghị đổi sau mỗi { $days } ngày
score-gain = +{ $points } điểm

## Phiếu tự kiểm tra (bản in)

report-nation = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
report-motto = Độc lập - Tự do - Hạnh phúc
report-title = PHIẾU TỰ KIỂM TRA AN TOÀN TÀI KHOẢN VÀ MÁY TÍNH
report-subtitle = Tự đánh giá theo khuyến cáo của { $issuer } (công văn ngày { $date })
report-place-date = ……………, ngày { $day2 } tháng { $month2 } năm { $year }

report-section-general = I. THÔNG TIN CHUNG
report-field-person = Người tự kiểm tra
report-field-unit = Đơn vị công tác
report-field-agency = Cơ quan ra khuyến cáo
report-field-machine = Tên máy tính
report-field-os = Hệ điều hành
report-field-checked = Thời điểm kiểm tra máy
report-field-date = Ngày lập phiếu
report-not-given = ……………………………………
report-not-checked = Chưa kiểm tra
report-machine-unknown = Không rõ
report-machine-scenario = Máy mẫu “{ $name }” (dùng để tập huấn, không phải máy này)
report-os-windows = Windows
report-os-linux = Linux
report-os-macos = macOS

report-section-score = II. ĐIỂM TỰ ĐÁNH GIÁ
report-score = Tổng điểm: { $score }/100
report-score-note = Điểm từng mục cộng lại rồi quy về thang 100. Điểm do TựKiểm tự tính, chỉ dùng để tự đánh giá. Mục chưa kiểm tra được không được tính điểm. Mục phần mềm phòng, chống mã độc chỉ cho biết phần mềm đang bật và đã cập nhật, không xác nhận phần mềm đáp ứng Chỉ thị số 14/CT-TTg.
report-col-item = Nội dung
report-col-result = Kết quả
report-col-points = Điểm
report-points = { $earned }/{ $possible }

report-section-findings = III. KẾT QUẢ KIỂM TRA MÁY TÍNH
report-findings-none = Máy tính chưa được kiểm tra khi lập phiếu.
report-col-check = Mục kiểm tra
report-col-status = Đánh giá
report-col-detail = Nhận xét

report-section-systems = IV. ĐỔI MẬT KHẨU CÁC HỆ THỐNG DÙNG CHUNG
report-col-system = Hệ thống
report-col-changed = Ngày đổi
report-system-done = Đã đổi (tự khai)
report-system-stale = Đã đổi (tự khai), quá { $days } ngày
report-system-undone = Chưa đổi
report-system-not-recorded = Không có dữ liệu
report-systems-not-recorded = Phiếu này lập bằng dòng lệnh, không có danh sách đổi mật khẩu của ứng dụng.

report-section-actions = V. VIỆC CẦN LÀM TIẾP
report-actions-none = Không còn việc nào cần làm. TựKiểm gợi ý: kiểm tra lại mỗi tháng một lần.

report-signer-person = NGƯỜI TỰ KIỂM TRA
report-signer-head = THỦ TRƯỞNG ĐƠN VỊ
report-sign-hint = (Ký, ghi rõ họ tên)
report-generated = Phiếu do ứng dụng TựKiểm lập ngay trên máy tính được kiểm tra. TựKiểm không gửi thông tin nào ra ngoài.
report-self-assessment = Đây là phiếu tự đánh giá, do người dùng tự lập bằng ứng dụng TựKiểm, không phải biểu mẫu do { $issuer } ban hành.
report-systems-self-declared = Các dòng đổi mật khẩu do người dùng tự khai trong TựKiểm; TựKiểm không xem được mật khẩu trên hệ thống.
report-page = Trang { $page }/{ $pages }
report-file-name = phieu-tu-kiem-tra-{ $date }

## Màn hình tổng quan

nav-summary = Tổng quan
summary-title = Tổng quan an toàn
summary-lead = Điểm tự đánh giá cho biết bạn đã làm được bao nhiêu việc theo khuyến cáo và gợi ý của TựKiểm. Làm các việc bên dưới để tăng điểm.
summary-score-label = Điểm tự đánh giá
summary-card-open = Xem tổng quan và lưu phiếu
summary-score-of = trên 100 điểm
summary-score-none = Chưa có điểm
summary-last-never = Máy này chưa được kiểm tra lần nào.
summary-last-days = { $days ->
        [0] Kiểm tra máy lần cuối: hôm nay.
        [1] Kiểm tra máy lần cuối: hôm qua.
       *[other] Kiểm tra máy lần cuối: { $days } ngày trước.
    }
summary-scenario = Điểm này tính trên máy mẫu, không phải máy này, và không ghi vào lịch sử.
summary-actions-title = Làm gì để tăng điểm
summary-actions-none = Bạn đã làm đủ các việc. TựKiểm gợi ý: kiểm tra lại mỗi tháng một lần.
summary-systems-title = Hệ thống còn phải đổi mật khẩu
summary-systems-none = Bạn đã đổi mật khẩu tất cả các hệ thống.
summary-breakdown-title = Điểm từng phần
summary-chart-title = Điểm qua các lần kiểm tra
summary-chart-empty = Chưa có lần kiểm tra nào để vẽ biểu đồ.
summary-chart-alt = Điểm các lần kiểm tra, cũ trước mới sau: { $points }.
summary-chart-point = { $date }: { $score } điểm
summary-history-skipped = Có { $count } dòng trong lịch sử bị hỏng nên đã bỏ qua.
summary-history-unreadable = Không đọc được lịch sử kiểm tra: { $detail }
summary-history-unsaved = Đã có kết quả, nhưng không ghi được vào lịch sử: { $detail }

summary-save-title = Lưu phiếu tự kiểm tra
summary-save-lead = Lưu phiếu để in và ký, khi đơn vị cần. Họ tên và đơn vị chỉ ghi vào phiếu, TựKiểm không lưu lại.
summary-save-name = Họ và tên (không bắt buộc)
summary-save-unit = Đơn vị công tác (không bắt buộc)
summary-save-pdf = Lưu PDF để in
summary-save-html = Lưu trang để mở bằng trình duyệt
summary-save-json = Lưu tệp dữ liệu để tổng hợp
summary-saved = Đã lưu phiếu vào { $path }
summary-save-failed = Không lưu được phiếu: { $detail }
summary-filter-pdf = Tài liệu PDF
summary-filter-html = Trang mở bằng trình duyệt (.html)
summary-filter-json = Tệp dữ liệu (.json)

## tukiem-cli report

cli-help-report = Lập phiếu tự kiểm tra: kiểm tra máy rồi in điểm và việc cần làm, hoặc lưu phiếu thành tệp JSON, HTML, PDF.
cli-help-report-json = In phiếu thành một tài liệu JSON (lược đồ tukiem.report/1).
cli-help-report-html = Lưu phiếu thành trang HTML để in, vào TỆP.
cli-help-report-pdf = Lưu phiếu thành tệp PDF, vào TỆP.
cli-help-report-name = Họ tên người tự kiểm tra, ghi vào phiếu.
cli-help-report-unit = Đơn vị công tác, ghi vào phiếu.
cli-help-data-dir = Thư mục dữ liệu của ứng dụng TựKiểm, để lấy danh sách hệ thống đã đổi mật khẩu. Không có thì phiếu ghi “không có dữ liệu”.
cli-report-score = Điểm tự đánh giá: { $score }/100
cli-report-actions = Việc cần làm để tăng điểm:
cli-report-written = Đã lưu phiếu vào { $path }
cli-report-write-failed = Không ghi được tệp { $path }: { $detail }
cli-report-checklist-unreadable = Không đọc được danh sách đổi mật khẩu trong { $path }: { $detail }
cli-report-pdf-failed = Không tạo được tệp PDF: { $detail }
