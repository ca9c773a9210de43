# Tổng hợp đơn vị: gộp phiếu tự kiểm tra của nhiều người (và bản tổng hợp của nhiều đơn vị).

nav-rollup = Tổng hợp đơn vị
rollup-title = BẢNG TỔNG HỢP KẾT QUẢ TỰ KIỂM TRA CỦA ĐƠN VỊ
rollup-self-assessment = Bảng tổng hợp các phiếu tự đánh giá, do đơn vị tự lập bằng ứng dụng TựKiểm; không phải biểu mẫu do { $issuer } ban hành.
# When the reports name no agency, or several.
rollup-issuer-any = cơ quan cấp trên
rollup-subtitle = { $people ->
        [0] Chưa có phiếu nào dùng được.
       *[other] Tổng hợp từ phiếu của { $people } người.
    }{ $refused ->
        [0] {""}
       *[other] { " " }Có { $refused } tệp không dùng được (xem cuối bảng).
    }
rollup-not-given = (không ghi)
rollup-not-checked = Chưa kiểm tra

rollup-col-number = STT
rollup-col-name = Họ và tên
rollup-col-unit = Đơn vị
rollup-col-machine = Máy tính
rollup-col-checked = Ngày kiểm tra
rollup-col-score = Điểm
rollup-col-antivirus = Phòng, chống mã độc
rollup-col-gov = Mật khẩu trang .gov.vn lưu trong trình duyệt
rollup-col-integrity = Tình trạng tệp
rollup-col-file = Tệp
rollup-col-reason = Lý do
rollup-col-replaced-by = Thay bằng phiếu mới hơn

rollup-av-ok = Đang bật, đã cập nhật
rollup-av-warning = Cần xem lại
rollup-av-off = Chưa bật
rollup-av-unknown = Chưa kiểm tra được
rollup-gov-none = Không lưu
rollup-gov-saved = Có lưu
rollup-gov-saved-count = Có lưu { $count } mật khẩu

rollup-system-done-on = Đã đổi ngày { $date }
# $days: the max_age_days of the profile the report was made with; 0 when the report does not say.
rollup-system-stale-on = Đã đổi ngày { $date }, { $days ->
        [0] đã đến lúc đổi lại
       *[other] quá { $days } ngày
    }
rollup-system-done = Đã đổi
rollup-system-undone = Chưa đổi
rollup-system-not-recorded = Không có dữ liệu
rollup-system-absent = Không có trong phiếu

rollup-integrity-intact = Nguyên vẹn
rollup-integrity-no-mark = Phiếu cũ, không có dấu kiểm tra
rollup-integrity-damaged = Tệp đã bị hỏng hoặc bị sửa, không tính vào tổng hợp
rollup-integrity-note = Mỗi phiếu lưu bằng TựKiểm có một dấu kiểm tra. Dấu này phát hiện tệp bị hỏng khi chép hoặc bị sửa tay, nhưng không chống được người cố tình làm giả. Phiếu bị hỏng hoặc bị sửa vẫn có trong danh sách nhưng không được tính vào các tỷ lệ.

rollup-share = { $count }/{ $total } người ({ $percent }%)
rollup-sum-people = Số người có phiếu
rollup-sum-counted = Số phiếu được tính
rollup-sum-damaged = Số phiếu bị hỏng hoặc bị sửa (không tính)
rollup-sum-no-mark = Số phiếu cũ không có dấu kiểm tra (vẫn tính)
rollup-sum-antivirus = Phần mềm phòng, chống mã độc đang bật và đã cập nhật
rollup-sum-gov-none = Không lưu mật khẩu trang .gov.vn trong trình duyệt
rollup-sum-system = Đã đổi mật khẩu { $system }
rollup-sum-replaced = Số phiếu cũ đã thay bằng phiếu mới hơn
rollup-sum-refused = Số tệp không dùng được
rollup-sum-staff = Người trong danh sách chưa có phiếu
rollup-staff-missing-count = { $missing }/{ $listed } người

rollup-section-summary = I. TỔNG HỢP
rollup-section-people = II. DANH SÁCH TỪNG NGƯỜI
rollup-section-missing = Người trong danh sách cán bộ chưa có phiếu
rollup-section-refused = Tệp không dùng được
rollup-section-replaced = Phiếu cũ đã được thay bằng phiếu mới hơn
rollup-section-files = III. CÁC TỆP KHÔNG ĐƯA VÀO BẢNG
rollup-none = Không có.
rollup-signer-maker = NGƯỜI TỔNG HỢP
rollup-generated = Bảng do ứng dụng TựKiểm tổng hợp từ các phiếu tự kiểm tra. TựKiểm không gửi thông tin nào ra ngoài máy tính.
rollup-file-name = tong-hop-don-vi-{ $date }

rollup-sheet-people = Danh sách
rollup-sheet-summary = Tổng hợp
rollup-sheet-files = Tệp không dùng

rollup-refused-not-json = Tệp { $path } không phải phiếu của TựKiểm (không phải JSON).
rollup-refused-truncated = Tệp { $path } bị cắt dở (có thể tải về chưa xong).
rollup-refused-foreign = Tệp { $path } là JSON nhưng không phải phiếu của TựKiểm.
rollup-refused-version = Tệp { $path } là phiếu của một phiên bản TựKiểm khác ({ $schema }). Hãy cập nhật TựKiểm.
rollup-refused-invalid = Tệp { $path } thiếu thông tin hoặc thông tin sai kiểu, không đọc được.
rollup-refused-recorded = Tệp { $path } là phiếu của máy mẫu hoặc phiếu tập huấn, không phải máy thật, nên không tính.
rollup-refused-too-deep = Thư mục { $path } nằm sâu hơn { $depth } cấp nên không đọc.
rollup-refused-too-many = Thư mục { $path } có quá nhiều tệp: chỉ đọc { $files } tệp đầu.
rollup-refused-carried = Tệp { $path } không dùng được.
rollup-xlsx-failed = Không tạo được tệp Excel: { $detail }
rollup-col-systems = Hệ thống đã đổi mật khẩu
rollup-systems-changed = { $changed }/{ $total } hệ thống

cli-help-rollup = Tổng hợp đơn vị: đọc các phiếu tự kiểm tra (tệp JSON, hoặc thư mục chứa chúng) và bản tổng hợp của đơn vị khác, rồi in bảng tổng hợp hoặc lưu thành tệp Excel, PDF, HTML.
cli-help-rollup-json = In bản tổng hợp thành một tài liệu JSON (lược đồ tukiem.rollup/1); tài liệu này lại đọc được như một phiếu để tổng hợp tiếp.
cli-help-rollup-xlsx = Lưu bảng tổng hợp thành tệp Excel (.xlsx), vào TỆP.
cli-help-rollup-pdf = Lưu bảng tổng hợp thành tệp PDF để ký, vào TỆP.
cli-help-rollup-html = Lưu bảng tổng hợp thành trang HTML để in, vào TỆP.
cli-help-rollup-staff = Danh sách cán bộ (tệp văn bản hoặc CSV, mỗi dòng một người), để biết ai chưa nộp phiếu.
cli-help-rollup-paths = Các tệp phiếu hoặc thư mục chứa phiếu (đọc cả thư mục con).
cli-rollup-written = Đã lưu bảng tổng hợp vào { $path }

home-rollup-title = Tổng hợp đơn vị
home-rollup-body = Gộp phiếu tự kiểm tra của mọi người trong đơn vị thành một bảng, để lãnh đạo đơn vị nắm tình hình, hoặc gửi cấp trên khi được yêu cầu.
rollup-screen-title = Tổng hợp đơn vị
rollup-screen-lead = Chép các phiếu tự kiểm tra (tệp .json) mọi người gửi qua hộp thư công vụ, thư mục chung hoặc USB vào một thư mục, rồi chọn thư mục đó. TựKiểm đọc cả thư mục con. Bản tổng hợp của đơn vị khác cũng đọc được.
rollup-pick-folder = Chọn thư mục phiếu
rollup-pick-files = Chọn từng tệp phiếu
rollup-pick-title = Chọn phiếu tự kiểm tra để tổng hợp
rollup-save-title = Lưu bảng tổng hợp
rollup-save-lead = Lưu bảng để gửi cấp trên (Excel), in và ký (PDF, HTML), hoặc để cấp trên tổng hợp tiếp (JSON).
rollup-save-xlsx = Lưu Excel
rollup-save-pdf = Lưu PDF để ký
rollup-save-html = Lưu trang để mở bằng trình duyệt (.html)
rollup-save-json = Lưu tệp dữ liệu (.json) để tổng hợp tiếp
rollup-saved = Đã lưu bảng tổng hợp vào { $path }
rollup-filter-xlsx = Bảng tính Excel
rollup-screen-failed = Không tổng hợp được: { $detail }
rollup-nothing-picked = Hãy chọn thư mục hoặc tệp phiếu trước.
rollup-empty = Chưa chọn phiếu nào.
