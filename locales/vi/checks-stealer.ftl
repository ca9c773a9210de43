# Kiểm tra máy tính: dấu vết phần mềm đánh cắp mật khẩu.

## Windows Defender đã phát hiện gì

check-stealer-title = Dấu vết phần mềm đánh cắp mật khẩu
check-stealer-found = Windows Defender đã phát hiện phần mềm đánh cắp mật khẩu { $threat } trên máy này { $days ->
    [0] hôm nay
    [1] hôm qua
   *[other] cách đây { $days } ngày
}. Dù đã bị chặn hay xóa, nó có thể đã kịp lấy mật khẩu.
check-stealer-found-undated = Windows Defender đã phát hiện phần mềm đánh cắp mật khẩu { $threat } trên máy này. Dù đã bị chặn hay xóa, nó có thể đã kịp lấy mật khẩu.
check-stealer-threat-active = Windows Defender còn thấy mối đe dọa chưa xử lý xong: { $names }.
check-stealer-none = Windows Defender chưa ghi nhận mối đe dọa nào trên máy này.
check-stealer-none-recent = { $count ->
    [1] Windows Defender đã ghi nhận 1 mối đe dọa, đã được xử lý.
   *[other] Windows Defender đã ghi nhận { $count } mối đe dọa, tất cả đã được xử lý.
} Trong 90 ngày qua không có phần mềm đánh cắp mật khẩu nào.
check-stealer-not-windows = TựKiểm chỉ xem được lịch sử phát hiện của Windows Defender trên máy Windows. Máy này không có lịch sử đó để xem.

check-stealer-advice-all-stolen = Hãy coi như mọi mật khẩu đã lưu hoặc đã gõ trên máy này đều đã bị lấy mất.
check-stealer-advice-other-device = Đổi các mật khẩu đó bằng một thiết bị khác (điện thoại hoặc máy tính khác), trước hết là mật khẩu các hệ thống .gov.vn và hộp thư công vụ.
check-stealer-advice-report = Báo ngay cho đầu mối liên hệ bằng nút “Báo sự cố” bên dưới. Đừng đăng nhập gì trên máy này cho đến khi được hướng dẫn.
check-stealer-advice-scan = Mở Bảo mật Windows và chạy “Quét toàn bộ” (Full scan).
check-stealer-advice-remove = Mở Bảo mật Windows, vào “Lịch sử bảo vệ”, bấm vào từng mối đe dọa rồi chọn xóa hoặc cách ly; không chọn “cho phép”.
check-stealer-advice-look-yourself = Mở phần mềm phòng, chống mã độc của máy và xem lịch sử phát hiện. Nếu thấy tên có chữ “PWS”, “Stealer”, Lumma hay RedLine, hãy báo ngay cho đầu mối liên hệ (ở mục Báo sự cố).

incident-mail-stealer = Windows Defender đã phát hiện phần mềm đánh cắp mật khẩu: { $threat }, ngày { $date }.
check-stealer-action-report = Báo sự cố
check-stealer-open-history = Mở Bảo mật Windows

check-stealer-reason = Không đọc được lịch sử phát hiện của Windows Defender: { $code ->
    [absent] máy này không có Windows Defender.
    [namespace-missing] máy này không có Windows Defender.
    [access-denied] Windows không cho phép đọc.
    [timed-out] Windows Defender không trả lời kịp.
    [com] Windows báo lỗi (mã { $detail }).
   *[other] Windows báo lỗi.
}
check-stealer-reason-defender-off = Windows Defender đang nhường cho một phần mềm phòng, chống mã độc khác, nên TựKiểm không đọc được lịch sử phát hiện.

## Tệp hosts

check-hosts-title = Tệp hosts (chỉ đường đến các trang web)
check-hosts-redirect = Tệp hosts của máy đang đưa { $host } đến một máy chủ lạ ({ $address }). { $count ->
    [1] Trang bạn mở có thể là trang giả để lấy mật khẩu.
   *[other] Có { $count } trang quan trọng bị đưa đi như vậy. Trang bạn mở có thể là trang giả để lấy mật khẩu.
}
check-hosts-clean = Tệp hosts không đưa trang web nào đi nơi khác.
check-hosts-unusual = Tệp hosts có { $count } dòng được thêm vào, nhưng không dòng nào đưa trang quan trọng đi nơi khác.
check-hosts-none = Máy không có tệp hosts: các trang web được tìm theo cách thông thường.
check-hosts-reason-no-path = Không biết thư mục Windows của máy nằm ở đâu để tìm tệp hosts.

check-hosts-advice-do-not-sign-in = Tạm thời đừng đăng nhập trang đó trên máy này.
check-hosts-advice-ask-support = Nhờ đầu mối liên hệ (ở mục Báo sự cố) hướng dẫn xóa các dòng lạ trong tệp { $path }.
check-hosts-advice-change-passwords = Nếu đã đăng nhập trên máy này, hãy đổi mật khẩu bằng một thiết bị khác và báo cho đầu mối liên hệ.

## Tiện ích trình duyệt

check-extensions-title = Tiện ích của trình duyệt
check-extensions-forced = Trình duyệt được cài bắt buộc (theo chính sách) tiện ích “{ $name }” (mã { $id }): bạn không tự gỡ được. Tiện ích loại này có thể đọc mọi trang bạn mở. Nếu không phải do cơ quan cài, đây là dấu hiệu đáng ngờ.{ $count ->
    [1] {""}
   *[other] {" "}Có { $count } tiện ích như vậy.
}
check-extensions-developer = Tiện ích “{ $name }” (mã { $id }) được nạp ở chế độ nhà phát triển, không qua cửa hàng tiện ích.{ $count ->
    [1] {""}
   *[other] {" "}Có { $count } tiện ích như vậy.
}
check-extensions-outside-store = Tiện ích “{ $name }” (mã { $id }) không được cài từ cửa hàng tiện ích.{ $count ->
    [1] {""}
   *[other] {" "}Có { $count } tiện ích như vậy.
}
check-extensions-none = Không thấy tiện ích nào được cài bắt buộc hoặc cài ngoài cửa hàng ({ $profiles } hồ sơ trình duyệt đã xem).
check-extensions-advice-ask = Hỏi đầu mối liên hệ (ở mục Báo sự cố) xem tiện ích này có phải do cơ quan cài không.
check-extensions-advice-remove = Nếu không phải, nhờ đầu mối liên hệ hướng dẫn gỡ nó, rồi đổi mật khẩu bằng một thiết bị khác.
check-extensions-reason = Không đọc được chính sách tiện ích của trình duyệt: { $code ->
    [absent] máy này không có phần Windows cần để đọc.
    [namespace-missing] máy này không có phần Windows cần để đọc.
    [access-denied] Windows không cho phép đọc.
    [timed-out] Windows không trả lời kịp.
    [com] Windows báo lỗi (mã { $detail }).
   *[other] Windows báo lỗi.
}
check-extensions-reason-unreadable = Không đọc được danh sách tiện ích trong { $path }.

## Máy chủ trung gian (proxy)

check-proxy-title = Máy chủ trung gian (proxy)
check-proxy-foreign = Trình duyệt đang gửi mọi trang web qua máy chủ { $hosts }. Máy chủ này không có trong danh sách của hồ sơ cơ quan. Nếu không phải do cơ quan cài đặt, máy chủ này có thể theo dõi hoặc đánh tráo các trang bạn mở để lấy mật khẩu.
check-proxy-none = Máy không dùng máy chủ trung gian (proxy).
check-proxy-organisation = Máy dùng máy chủ trung gian (proxy) của cơ quan.
check-proxy-advice-ask = Hỏi đầu mối liên hệ (ở mục Báo sự cố) xem máy có cần dùng máy chủ này không.
check-proxy-advice-windows = Nếu không cần: mở Cài đặt, chọn Mạng và Internet, chọn Proxy, rồi tắt “Dùng máy chủ proxy”.
check-proxy-open-settings = Mở cài đặt proxy
check-proxy-reason = Không đọc được cài đặt proxy của máy: { $code ->
    [absent] máy này không có phần Windows cần để đọc.
    [namespace-missing] máy này không có phần Windows cần để đọc.
    [access-denied] Windows không cho phép đọc.
    [timed-out] Windows không trả lời kịp.
    [com] Windows báo lỗi (mã { $detail }).
   *[other] Windows báo lỗi.
}

## Tên máy mẫu (chế độ tập huấn)

scenario-windows-stealer = Windows 10 sau khi bị phần mềm đánh cắp mật khẩu (Lumma) xâm nhập

## Điểm (phần của các kiểm tra này)

score-part-stealer = Không có dấu vết phần mềm đánh cắp mật khẩu
score-part-hosts = Tệp hosts không đưa trang quan trọng đi nơi khác
score-part-extensions = Không có tiện ích trình duyệt lạ
score-part-proxy = Không dùng máy chủ trung gian lạ
score-action-stealer = Xử lý dấu vết phần mềm đánh cắp mật khẩu và báo sự cố
score-action-hosts = Nhờ đầu mối liên hệ hướng dẫn xóa dòng lạ trong tệp hosts
score-action-extensions = Hỏi đầu mối liên hệ về tiện ích trình duyệt lạ
score-action-proxy = Hỏi đầu mối liên hệ về máy chủ trung gian (proxy) lạ
