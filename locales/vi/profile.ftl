# Lỗi khi đọc tệp hồ sơ cơ quan. Dòng thứ nhất chỉ chỗ sai, dòng thứ hai nói sai gì.

profile-error-at-field = Tệp hồ sơ { $file }, dòng { $line }, mục “{ $field }”:
profile-error-at-line = Tệp hồ sơ { $file }, dòng { $line }:
profile-error-in-field = Tệp hồ sơ { $file }, mục “{ $field }”:
profile-error-in-file = Tệp hồ sơ { $file }:

profile-reason-not-found = không tìm thấy tệp này.
profile-reason-permission = không có quyền đọc tệp này.
profile-reason-unreadable = không đọc được tệp.
profile-reason-not-utf8 = tệp không phải văn bản UTF-8. Hãy lưu lại tệp với bảng mã UTF-8.
profile-reason-syntax = tệp viết sai cú pháp TOML.
profile-reason-missing = thiếu mục này.
profile-reason-unknown-field = định dạng hồ sơ không có mục này. Có thể tên mục bị gõ sai.
profile-reason-wrong-type = giá trị không đúng kiểu.
profile-reason-empty = mục này đang để trống.
profile-reason-bad-id = mã chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang.
profile-reason-duplicate-id = mã này trùng với mã của một hệ thống khác.
profile-reason-no-systems = cần có ít nhất một hệ thống.
profile-reason-bad-date = ngày phải viết theo dạng năm-tháng-ngày, ví dụ 2023-11-02.
profile-reason-bad-url = địa chỉ phải bắt đầu bằng https:// hoặc http://, hoặc để trống.
profile-reason-bad-email = địa chỉ thư điện tử không hợp lệ.
profile-reason-bad-phone = số điện thoại chỉ gồm 8 đến 15 chữ số, có thể có dấu cách, dấu chấm, dấu gạch ngang hoặc dấu + ở đầu.
profile-reason-min-length = độ dài tối thiểu phải từ { $floor } đến { $ceiling } ký tự.
profile-reason-no-specials = cần liệt kê các ký tự đặc biệt được dùng.
profile-reason-specials-not-symbols = chỉ liệt kê ký hiệu, không có chữ cái, chữ số hay dấu cách.
profile-reason-bad-host = phải là một tên miền, ví dụ qlvb.namdinh.vn: không có https://, đường dẫn hay số cổng, và không phải địa chỉ IP.

profile-reason-max-age = số ngày phải từ 1 đến { $ceiling }, hoặc bỏ hẳn mục này.
profile-reason-bad-file-name = chỉ ghi tên một tệp .txt nằm cùng thư mục với hồ sơ (không có thư mục, không có “..”).

# Hồ sơ đã cũ (hơn một năm): cơ quan và đầu mối có thể đã thay đổi.
profile-ageing = { $source ->
        [letter] Tên cơ quan và đầu mối trong TựKiểm lấy từ công văn ngày { $date }.
       *[other] Tên cơ quan và đầu mối trong TựKiểm ghi theo thông tin ngày { $date }.
    } Năm 2025, các sở và các tỉnh đã được sắp xếp lại, nhiệm vụ bảo đảm an toàn thông tin mạng cũng chuyển sang cơ quan khác, nên cơ quan và người phụ trách có thể đã thay đổi. Nếu không liên lạc được với { $contact } (điện thoại { $phone }), hãy hỏi lãnh đạo đơn vị xem đầu mối hiện nay là ai.
# The contact inside a sentence: "ông Phạm Văn An". The profile gives the honorific in each
# language, so the code passes both forms and each language takes its own ($vi here, $en there).
profile-contact-in-sentence = { $vi }
profile-note = Ghi chú của hồ sơ cơ quan: { $note }
profile-reason-too-long = nội dung này dài hơn { $limit } ký tự.
profile-reason-too-many-systems = một hồ sơ chỉ được liệt kê tối đa { $limit } hệ thống.
profile-reason-hidden-characters = nội dung này có ký tự ẩn (dấu đổi chiều chữ, ký tự vô hình hoặc ký tự điều khiển) có thể làm nó trông khác với thực tế. Hãy gõ lại mà không có các ký tự đó.
profile-reason-not-a-file = đây không phải là một tệp bình thường nên không được mở.
profile-reason-too-large = tệp lớn hơn { $megabytes } MB, lớn hơn nhiều so với một hồ sơ.
