# Phán định của chính trình duyệt về mật khẩu đã lưu (Kiểm tra mật khẩu của Chrome, Edge, Cốc Cốc,
# Brave): đã bị lộ trong một vụ rò rỉ dữ liệu, hoặc đã gõ vào trang lừa đảo.

check-browsers-leaked-title = { check-browsers-profile-title }: mật khẩu đã bị lộ
check-browsers-leaked-gov = Chính trình duyệt đã phát hiện { $gov } mật khẩu của hệ thống nhà nước bị lộ hoặc đã gõ vào trang lừa đảo: { $domains }{ check-browsers-more-domains }. Kẻ xấu có thể đã biết mật khẩu này. (Tổng cộng: { $leaked } mật khẩu bị lộ, { $phished } mật khẩu gõ vào trang lừa đảo.)
check-browsers-leaked-other = Chính trình duyệt đã phát hiện { $leaked } mật khẩu đã lưu bị lộ trong các vụ rò rỉ dữ liệu và { $phished } mật khẩu đã gõ vào trang lừa đảo. Các trang này không phải hệ thống nhà nước.
check-browsers-advice-leaked-change-gov = Đổi ngay mật khẩu của { $domains } trong mục “Đổi mật khẩu” của TựKiểm, sang một mật khẩu chưa dùng ở đâu.
check-browsers-advice-leaked-sign-out = Sau khi đổi, đăng xuất khỏi mọi phiên đăng nhập ở những hệ thống cho phép làm việc này: kẻ xấu lấy được phiên đăng nhập thì vẫn dùng được dù mật khẩu đã đổi.
check-browsers-advice-leaked-change-other = Đổi mật khẩu của các trang ấy, mỗi trang một mật khẩu khác nhau. Trình duyệt liệt kê chúng ở mục Kiểm tra mật khẩu.
check-browsers-leaked-steps-label = Cách xử lý mật khẩu bị lộ
check-browsers-leaked-step-open-change = Mở mục “Đổi mật khẩu” của TựKiểm.
check-browsers-leaked-step-change-gov = Đổi mật khẩu của từng hệ thống: { $domains }{ check-browsers-more-domains }. Dùng mật khẩu mới, chưa dùng ở đâu.
check-browsers-leaked-step-sign-out = Trong từng hệ thống, nếu có chức năng đăng xuất khỏi mọi thiết bị hoặc mọi phiên, hãy dùng nó.
check-browsers-leaked-step-others = Xóa mật khẩu cũ đã lưu trong trình duyệt, và không lưu mật khẩu mới vào trình duyệt.

# Tiện ích mà chính trình duyệt đã xác định là mã độc (trạng thái danh sách chặn trong Preferences).
check-extensions-malicious = Chính trình duyệt đã xác định tiện ích “{ $name }” (mã { $id }) là mã độc. Trong thời gian chạy, nó đọc được mọi trang bạn mở, kể cả lúc đăng nhập.{ $count ->
        [1] {""}
       *[other] {" "}Có { $count } tiện ích cần xem lại.
    }
check-extensions-advice-malicious-remove = Gỡ tiện ích này ngay trong trang quản lý tiện ích của trình duyệt, và báo cho đầu mối liên hệ ở mục Báo sự cố.
check-extensions-advice-malicious-change = Dùng một thiết bị khác để đổi mật khẩu các hệ thống đã đăng nhập trên trình duyệt này.

# Một hệ thống trong hồ sơ cơ quan nằm trong số mật khẩu bị lộ: tên hệ thống (hồ sơ ghi cả hai
# ngôn ngữ, mỗi ngôn ngữ lấy tên của mình: $vi ở đây, $en bên kia), lời khuyên và nút mở mục đổi
# mật khẩu có hướng dẫn của TựKiểm cho đúng hệ thống đó.
check-browsers-leaked-system-name = { $vi }
check-browsers-advice-leaked-system = Trong số đó có mật khẩu của “{ $system }”. Đổi mật khẩu hệ thống này trước, theo hướng dẫn từng bước của TựKiểm.
check-browsers-leaked-open-change = Đổi mật khẩu “{ $system }”
