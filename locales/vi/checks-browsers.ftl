# Kiểm tra máy tính: mật khẩu lưu trong trình duyệt.
# Các câu dưới đây dùng chung tham số của câu gọi chúng ($browser, $variant, $more, $unreadable,
# $protection): một câu nhắc đến câu khác thì câu kia thấy cùng các tham số đó.

check-browsers-title = Mật khẩu lưu trong trình duyệt

check-browsers-browser-name =
    { $browser ->
        [chrome] Google Chrome
        [edge] Microsoft Edge
        [coccoc] Cốc Cốc
        [brave] Brave
        [opera] Opera
        [vivaldi] Vivaldi
        [chromium] Chromium
        [yandex] Yandex Browser
        [firefox] Firefox
       *[other] { $browser }
    }{ $variant ->
        [beta] {" "}Beta
        [dev] {" "}Dev
        [canary] {" "}Canary
        [gx] {" "}GX
        [snap] {" "}(snap)
        [flatpak] {" "}(Flatpak)
       *[none] {""}
    }

check-browsers-profile-title = { check-browsers-browser-name }, { $kind ->
        [default] hồ sơ mặc định
       *[named] hồ sơ “{ $profile }”
    }
check-browsers-location-title = { check-browsers-browser-name }

check-browsers-more-domains =
    { $more ->
        [0] {""}
       *[other] {" "}và { $more } trang khác
    }
check-browsers-unreadable-note =
    { $unreadable ->
        [0] {""}
       *[other] {" "}Có { $unreadable } hồ sơ trình duyệt không đọc được.
    }

check-browsers-none-found = Không tìm thấy trình duyệt nào trên máy này.
check-browsers-nothing-saved = Đã xem { $profiles } hồ sơ trình duyệt: không thấy mật khẩu nào được lưu.{ check-browsers-unreadable-note }
check-browsers-total-gov = Trình duyệt đang lưu { $saved } mật khẩu trong { $profiles } hồ sơ trình duyệt. Có { $gov } mật khẩu của hệ thống nhà nước: { $domains }{ check-browsers-more-domains }.{ check-browsers-unreadable-note }
check-browsers-total-saved = Trình duyệt đang lưu { $saved } mật khẩu trong { $profiles } hồ sơ trình duyệt. Không có mật khẩu nào của hệ thống nhà nước.{ check-browsers-unreadable-note }

check-browsers-profile-gov = Đang lưu { $saved } mật khẩu. Có { $gov } mật khẩu của hệ thống nhà nước: { $domains }{ check-browsers-more-domains }. { check-browsers-protection }
check-browsers-profile-saved = Đang lưu { $saved } mật khẩu, không có mật khẩu nào của hệ thống nhà nước. { check-browsers-protection }
check-browsers-protection =
    { $protection ->
        [plaintext_equivalent] Trên máy này, mật khẩu được lưu gần như không được bảo vệ: ai sao chép được tệp là đọc được hết.
        [dpapi] Mật khẩu được khóa bằng tài khoản Windows, nhưng mọi phần mềm chạy trên máy, kể cả mã độc, đều mở được.
        [app_bound] Mật khẩu được khóa chặt hơn (chỉ trình duyệt mở được), nhưng phần mềm đánh cắp mật khẩu mới vẫn vượt qua được.
        [os_keyring] Mật khẩu được hệ điều hành khóa lại, nhưng phần mềm chạy dưới tài khoản của bạn vẫn lấy được khi bạn đã đăng nhập máy.
        [keychain] Mật khẩu được khóa bằng Keychain của macOS, nhưng mã độc thường lừa bạn nhập mật khẩu máy để mở.
        [firefox_unknown_primary] Chưa kiểm tra Firefox có đặt Mật khẩu chính (Primary Password) hay không. Nếu không đặt, mã độc mở được mọi mật khẩu đã lưu.
        [not_checked] Chưa kiểm tra cách trình duyệt này khóa mật khẩu.
       *[other] Không rõ mật khẩu được khóa thế nào.
    }

check-browsers-advice-delete-gov = Xóa ngay các mật khẩu của hệ thống nhà nước (trang có đuôi .gov.vn) đã lưu trong trình duyệt.
check-browsers-advice-change-gov = Sau đó đổi mật khẩu của các hệ thống ấy. Mật khẩu đã lưu có thể đã bị mã độc lấy mất.
check-browsers-advice-delete-other = Xóa cả các mật khẩu khác đã lưu mà bạn không thật cần. Đổi mật khẩu của các tài khoản quan trọng, như thư điện tử.
check-browsers-advice-turn-off = Tắt chức năng đề nghị lưu mật khẩu để trình duyệt không hỏi lưu nữa.
check-browsers-advice-already-off = Trình duyệt đã tắt đề nghị lưu mật khẩu, nhưng các mật khẩu lưu từ trước vẫn còn và vẫn có thể bị lấy. Hãy xóa chúng.
check-browsers-advice-firefox-primary = Nếu vẫn giữ mật khẩu trong Firefox, hãy đặt Mật khẩu chính (Primary Password) để khóa chúng.
check-browsers-advice-retry = Đóng trình duyệt rồi kiểm tra lại. Nếu vẫn không được, hãy gọi đầu mối liên hệ ghi ở mục “Báo sự cố”.
check-browsers-advice-keep-off = Khi trình duyệt hỏi có lưu mật khẩu không, hãy chọn “Không bao giờ”. Tốt nhất là tắt hẳn chức năng đề nghị lưu mật khẩu.

check-browsers-steps-label = Cách xóa mật khẩu đã lưu trong { check-browsers-browser-name }
check-browsers-step-open-chrome = Mở Google Chrome. Gõ chrome://password-manager/passwords vào thanh địa chỉ rồi nhấn Enter. (Hoặc bấm nút ⋮ ở góc trên bên phải, chọn “Mật khẩu và tự động điền”, rồi “Trình quản lý mật khẩu của Google”.)
check-browsers-step-open-edge = Mở Microsoft Edge. Gõ edge://settings/passwords vào thanh địa chỉ rồi nhấn Enter.
check-browsers-step-open-coccoc = Mở Cốc Cốc và vào trang Cài đặt. Gõ “mật khẩu” vào ô tìm kiếm của trang Cài đặt, rồi mở mục quản lý mật khẩu.
check-browsers-step-open-brave = Mở Brave. Gõ brave://settings/passwords vào thanh địa chỉ rồi nhấn Enter.
check-browsers-step-open-opera = Mở Opera. Gõ opera://settings/passwords vào thanh địa chỉ rồi nhấn Enter.
check-browsers-step-open-vivaldi = Mở Vivaldi và vào trang Cài đặt. Gõ “mật khẩu” vào ô tìm kiếm của trang Cài đặt, rồi mở mục quản lý mật khẩu.
check-browsers-step-open-chromium = Mở Chromium. Gõ chrome://password-manager/passwords vào thanh địa chỉ rồi nhấn Enter.
check-browsers-step-open-yandex = Mở Yandex Browser và vào trang Cài đặt. Gõ “mật khẩu” vào ô tìm kiếm của trang Cài đặt, rồi mở mục quản lý mật khẩu.
check-browsers-step-open-firefox = Mở Firefox. Gõ about:logins vào thanh địa chỉ rồi nhấn Enter.
check-browsers-step-delete-gov = Với từng trang có đuôi .gov.vn ({ $domains }{ check-browsers-more-domains }): bấm vào trang đó, chọn Xóa, rồi xác nhận.
check-browsers-step-delete-other = Xóa luôn các mật khẩu khác mà bạn không thật cần lưu.
check-browsers-step-turn-off-chromium = Trong phần Cài đặt của trình quản lý mật khẩu, tắt mục “Đề xuất lưu mật khẩu”.
check-browsers-step-turn-off-firefox = Gõ about:preferences#privacy vào thanh địa chỉ. Ở mục Mật khẩu, bỏ dấu chọn ở ô hỏi có lưu mật khẩu cho trang web hay không.
check-browsers-step-primary = Cũng ở mục Mật khẩu đó, chọn dùng Mật khẩu chính (Primary Password) và đặt một mật khẩu mạnh mà chỉ bạn biết.
check-browsers-step-change-gov = Đăng nhập từng hệ thống .gov.vn vừa xóa và đổi sang mật khẩu mới. Không lưu mật khẩu mới vào trình duyệt.
check-browsers-step-change = Đổi mật khẩu của các tài khoản quan trọng vừa xóa, như thư điện tử. Không lưu mật khẩu mới vào trình duyệt.

check-browsers-reason-no-home = Không biết thư mục của người dùng trên máy này (thiếu biến môi trường { $var }).
check-browsers-reason-db-empty = Tệp { $path } trống rỗng, không giống kho mật khẩu của trình duyệt.
check-browsers-reason-db-corrupt = Tệp { $path } bị hỏng hoặc không phải cơ sở dữ liệu ({ $detail }).
check-browsers-reason-db-schema = Tệp { $path } không có cấu trúc như mong đợi (thiếu { $detail }).
check-browsers-reason-db-changing = Trình duyệt đang ghi vào tệp { $path } trong lúc kiểm tra.
check-browsers-reason-db-in-use = Trình duyệt đang dùng hoặc đang khôi phục tệp { $path } (còn thay đổi chưa ghi xong) nên chưa đếm được. Hãy mở trình duyệt, đóng lại, rồi kiểm tra lại.
check-browsers-reason-db-odd-values = Tệp { $path } có giá trị mà trình duyệt không ghi như vậy ({ $detail }) nên TựKiểm không biết trong đó có những mật khẩu đã lưu nào.
check-browsers-reason-db-other = Không đọc được tệp { $path }: { $detail }
check-browsers-reason-file-corrupt = Tệp { $path } bị hỏng, không đọc được ({ $detail }).
check-browsers-reason-some-unreadable = Không đọc được { $count } hồ sơ trình duyệt hoặc thư mục trình duyệt.
