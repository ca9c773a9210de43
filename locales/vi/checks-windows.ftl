# Kiểm tra máy tính: bản thân Windows (gợi ý của TựKiểm, không phải yêu cầu của công văn),
# dấu vết ở hộp Run, và trạng thái "không áp dụng cho máy này".

## Không áp dụng cho máy này

check-status-not-applicable = Không áp dụng
check-summary-not-applicable = Mục này không áp dụng cho máy này, nên không được tính điểm.
checks-overall-not-applicable = Không mục nào áp dụng cho máy này.
checks-not-applicable-heading = Không áp dụng cho máy này
cli-check-mark-not-applicable = [–]
cli-check-overall-not-applicable = Tổng kết: không mục nào áp dụng cho máy này.
cli-check-not-applicable-heading = Các mục không áp dụng cho máy này (không tính điểm):

## Lý do chung

posture-reason-registry = Không đọc được khóa { $key } trong registry: { $code ->
    [access-denied] Windows không cho phép đọc.
    [timed-out] Windows không trả lời kịp.
   *[other] lỗi { $detail }.
}
posture-reason-key-missing = Máy không có khóa { $key } trong registry, nơi Windows thường ghi thông tin này.
posture-reason-value-type = Giá trị { $value } trong khóa { $key } có kiểu dữ liệu Windows không dùng ở đó, nên TựKiểm không dựa vào nó.
posture-reason-clock = Đồng hồ của máy không cho ra một ngày hợp lệ, nên không so được với ngày hết hỗ trợ.
posture-reason-no-mtime = Không biết tệp { $path } được sửa lần cuối khi nào.

## Windows còn được hỗ trợ

# The title's id is the finding id (`windows-support`), as scripts know it.
windows-support = Hệ điều hành còn được cập nhật bảo mật (TựKiểm gợi ý)
posture-support-supported = { $system } còn được nhận bản vá bảo mật đến hết ngày { $ends } (theo bảng ngày hết hỗ trợ TựKiểm lập ngày { $table }).
posture-support-ended = { $system } đã hết được nhận bản vá bảo mật từ ngày { $ends } (theo bảng ngày hết hỗ trợ TựKiểm lập ngày { $table }). Lỗ hổng mới phát hiện sẽ không được vá nữa.
posture-support-ended-long-ago = { $system } đã hết được nhận bản vá bảo mật từ nhiều năm trước. Lỗ hổng mới phát hiện sẽ không được vá nữa.
posture-support-advice-upgrade = Nâng cấp lên phiên bản Windows còn được hỗ trợ (vào Cài đặt › Windows Update), hoặc nhờ đầu mối liên hệ nếu máy không nâng cấp được.
posture-support-advice-esu = Nếu máy là Windows 10 và cơ quan đã đăng ký gói cập nhật bảo mật mở rộng (ESU), máy vẫn được vá: gói cho cá nhân đến ngày { $consumer }, gói cho tổ chức tối đa đến ngày { $commercial }. TựKiểm không xem được máy đã đăng ký hay chưa: hãy hỏi Sở.
posture-support-advice-meanwhile = Trong lúc chờ nâng cấp: không lưu mật khẩu trong trình duyệt và không chạy tệp tải về lạ.
posture-support-advice-ending-soon = Chỉ còn { $days } ngày là hết hỗ trợ: nên lên kế hoạch nâng cấp ngay.
posture-support-reason-build = Không đọc được số bản dựng (build) của Windows trong registry.
posture-support-reason-edition = TựKiểm không biết phiên bản Windows “{ $edition }” nên không đoán ngày hết hỗ trợ của nó.
posture-support-reason-newer = { $system } (bản dựng { $build }) mới hơn bảng ngày hết hỗ trợ TựKiểm lập ngày { $table }, nên TựKiểm chưa biết ngày hết hỗ trợ của nó. Hãy dùng phiên bản TựKiểm mới hơn.
posture-support-reason-not-listed = Bảng ngày hết hỗ trợ TựKiểm lập ngày { $table } không có { $system } (bản dựng { $build }).
posture-support-reason-newer-linux = { $system } mới hơn bảng ngày hết hỗ trợ TựKiểm lập ngày { $table }, nên TựKiểm chưa biết ngày hết hỗ trợ của nó.
posture-support-reason-no-table = TựKiểm không có bảng ngày hết hỗ trợ có nguồn cho { $system }.
posture-support-reason-no-os-release = Máy không có tệp hệ thống cho biết đây là bản Linux nào và phiên bản mấy.

## Bản cập nhật đã được cài

# The title's id is the finding id (`windows-updates`).
windows-updates = Máy được cập nhật đều (TựKiểm gợi ý)
posture-updates-last = Bản cập nhật Windows mới nhất được cài ngày { $date } ({ $days ->
    [0] hôm nay
   *[other] cách đây { $days } ngày
}).
posture-updates-last-unknown = Không biết bản cập nhật Windows gần nhất được cài khi nào.
posture-updates-last-linux = Các gói phần mềm của máy được cài hoặc nâng cấp lần cuối ngày { $date } ({ $days ->
    [0] hôm nay
   *[other] cách đây { $days } ngày
}).
posture-updates-paused = Cập nhật Windows đang bị tạm dừng đến ngày { $until }.
posture-updates-off-by-policy = Cập nhật Windows bị tắt bằng chính sách nhóm ({ $value } trong { $key }): hãy hỏi đầu mối liên hệ vì sao.
posture-updates-service-disabled = Dịch vụ Windows Update đã bị vô hiệu hoá trên máy này.
posture-updates-advice-stale = Đã hơn { $days } ngày máy không cài bản cập nhật nào, trong khi Windows phát hành bản vá bảo mật mỗi tháng.
posture-updates-advice-run = Mở Windows Update, bấm “Kiểm tra cập nhật” và cài hết các bản vá.
posture-updates-advice-linux = Chạy trình cập nhật phần mềm của máy và cài hết các bản vá.
posture-updates-open = Mở Windows Update
posture-updates-reason-list = Không đọc được danh sách bản cập nhật đã cài (Win32_QuickFixEngineering): { $code ->
    [access-denied] Windows không cho phép đọc.
    [timed-out] Windows không trả lời kịp.
    [absent] máy này không có danh sách đó.
   *[other] lỗi { $detail }.
}
posture-updates-reason-no-date = Danh sách bản cập nhật đã cài không có ngày cài nào hợp lệ.
posture-updates-reason-bad-date = Ngày sửa của tệp { $path } không phải một ngày hợp lệ.
posture-updates-reason-no-source = TựKiểm không có nguồn đáng tin để biết { $system } được cập nhật lần cuối khi nào.

## Tường lửa

posture-firewall-title = Tường lửa của máy (TựKiểm gợi ý)
posture-firewall-on = Tường lửa của Windows đang bật cho cả ba loại mạng (miền, riêng tư, công cộng).
posture-firewall-off = Tường lửa của Windows đang tắt cho { $profiles }.
posture-firewall-profiles-1 = mạng { $p1 }
posture-firewall-profiles-2 = mạng { $p1 } và mạng { $p2 }
posture-firewall-profiles-3 = mạng { $p1 }, mạng { $p2 } và mạng { $p3 }
posture-firewall-profile-domain = miền (mạng cơ quan)
posture-firewall-profile-private = riêng tư
posture-firewall-profile-public = công cộng
posture-firewall-service-disabled = Dịch vụ Tường lửa của Windows đã bị vô hiệu hoá, nên mọi loại mạng đều không được bảo vệ.
posture-firewall-by-policy = Tường lửa bị tắt bằng chính sách nhóm ({ $key }): hãy hỏi đầu mối liên hệ vì sao.
posture-firewall-open = Mở cài đặt Tường lửa
posture-firewall-advice-other-product = Nếu máy dùng tường lửa của một phần mềm bảo mật khác thì việc này là bình thường; nếu không, hãy bật lại tường lửa.
posture-firewall-reason-value = Không đọc được trạng thái bật/tắt trong khóa { $key }.
posture-firewall-reason-no-source = TựKiểm không có nguồn đáng tin để xem tường lửa của { $system }.
posture-firewall-ufw-on = Tường lửa ufw được đặt để bật.
posture-firewall-ufw-off = Tường lửa ufw đang tắt.
posture-firewall-advice-ufw = Nhờ đầu mối liên hệ bật tường lửa của máy.
posture-firewall-reason-linux = Máy không dùng ufw; trạng thái của các tường lửa khác (nftables, firewalld) chỉ đọc được với quyền quản trị máy.
posture-firewall-reason-ufw-value = Tệp { $path } không nói rõ ufw bật hay tắt.

## SmartScreen

posture-smartscreen-title = SmartScreen cảnh báo tệp và trang lạ (TựKiểm gợi ý)
posture-smartscreen-on = SmartScreen đang bật cho ứng dụng tải về và cho Microsoft Edge.
posture-smartscreen-on-default = SmartScreen đang để như mặc định của Windows (bật) cho ứng dụng tải về và cho Microsoft Edge.
posture-smartscreen-off-apps = SmartScreen đang tắt cho ứng dụng tải về: Windows không cảnh báo trước khi chạy chương trình lạ.
posture-smartscreen-off-edge = SmartScreen đang tắt trong Microsoft Edge: Edge không cảnh báo trang lừa đảo đã biết.
posture-smartscreen-off-both = SmartScreen đang tắt cho cả ứng dụng tải về và Microsoft Edge.
posture-smartscreen-by-policy = SmartScreen bị tắt bằng chính sách nhóm ({ $value } trong { $key }): hãy hỏi đầu mối liên hệ vì sao.
posture-smartscreen-advice-turn-on = Mở Bảo mật Windows › Kiểm soát ứng dụng và trình duyệt, bật lại SmartScreen.
posture-smartscreen-open = Mở Kiểm soát ứng dụng và trình duyệt
posture-smartscreen-reason-not-windows = SmartScreen chỉ có trên Windows.
posture-smartscreen-reason-old-windows = Windows trên máy này (bản dựng { $build }) cũ hơn Windows 8 nên không có SmartScreen cho ứng dụng tải về.

## Hộp Run (Win+R)

posture-runbox-title = Lệnh dán vào hộp Run (Win+R)
posture-runbox-empty = Hộp Run của tài khoản này chưa chạy lệnh nào.
posture-runbox-clean = Hộp Run còn ghi { $count } lệnh đã chạy, không lệnh nào tải hay chạy mã từ nơi khác.
posture-runbox-found = Hộp Run còn ghi { $count } lệnh dùng { $programs } để tải hoặc chạy mã. Đây là cách các trang “xác minh bạn không phải robot” giả cài phần mềm đánh cắp mật khẩu.
posture-runbox-found-domains = Hộp Run còn ghi { $count } lệnh dùng { $programs } để tải hoặc chạy mã từ { $domains }. Đây là cách các trang “xác minh bạn không phải robot” giả cài phần mềm đánh cắp mật khẩu.
posture-runbox-found-dated = Hộp Run còn ghi { $count } lệnh dùng { $programs } để tải hoặc chạy mã; { $count ->
    [1] lệnh này được chạy ngày { $date }.
   *[other] lệnh gần nhất được chạy ngày { $date }.
} Đây là cách các trang “xác minh bạn không phải robot” giả cài phần mềm đánh cắp mật khẩu.
posture-runbox-found-domains-dated = Hộp Run còn ghi { $count } lệnh dùng { $programs } để tải hoặc chạy mã từ { $domains }; { $count ->
    [1] lệnh này được chạy ngày { $date }.
   *[other] lệnh gần nhất được chạy ngày { $date }.
} Đây là cách các trang “xác minh bạn không phải robot” giả cài phần mềm đánh cắp mật khẩu.
posture-runbox-advice-what = Nếu bạn từng được một trang web bảo nhấn Win+R rồi dán và chạy một lệnh, hãy coi như máy đã nhiễm mã độc đánh cắp thông tin.
posture-runbox-reason-not-windows = Hộp Run (Win+R) chỉ có trên Windows.

## Điểm tự đánh giá

score-part-run-box = Không có lệnh lạ dán vào hộp Run
score-part-windows-support = Hệ điều hành còn được cập nhật bảo mật (TựKiểm gợi ý)
score-part-windows-updates = Máy được cập nhật đều (TựKiểm gợi ý)
score-part-firewall = Tường lửa bật (TựKiểm gợi ý)
score-part-smartscreen = SmartScreen bật (TựKiểm gợi ý)
score-action-run-box = Báo sự cố về lệnh lạ trong hộp Run
score-action-windows-support = Nâng cấp hệ điều hành lên phiên bản còn được hỗ trợ
score-action-windows-updates = Cài các bản cập nhật còn thiếu
score-action-firewall = Bật lại tường lửa của máy
score-action-smartscreen = Bật lại SmartScreen

## Máy mẫu

scenario-windows-10-esu = Windows 10 đã hết hỗ trợ, hết cả gói cập nhật mở rộng
scenario-windows-11-enterprise = Windows 11 Enterprise 24H2, còn được hỗ trợ
scenario-windows-updates-paused = Windows 11, cập nhật đang bị tạm dừng
scenario-windows-firewall-public-off = Windows 11, tường lửa tắt cho mạng công cộng
scenario-windows-smartscreen-policy = Windows 11, SmartScreen bị tắt bằng chính sách nhóm
scenario-windows-clickfix = Windows 11, lệnh lạ dán vào hộp Run sau trang “xác minh không phải robot” giả
scenario-windows-10-posture = Windows 10 hết hỗ trợ, tạm dừng cập nhật, tắt tường lửa và SmartScreen, có lệnh lạ trong hộp Run

## Tệp hosts không đọc được

check-hosts-reason-bad-utf16 = Tệp { $path } ghi là mã UTF-16 nhưng nội dung không đúng mã đó, nên TựKiểm không đọc được.
check-hosts-reason-binary = Tệp { $path } không phải văn bản TựKiểm đọc được (có ký tự rỗng, có thể là UTF-16 không có dấu nhận dạng).

## Chính sách buộc cài tiện ích

check-extensions-reason-settings = Chính sách ExtensionSettings ở { $key } không đọc được (không đúng dạng JSON), nên không biết chính sách buộc cài tiện ích nào.

## Máy chủ trung gian (proxy): các nguồn khác

check-proxy-reason-pac-path = Không hiểu đường dẫn tệp cấu hình proxy (PAC) mà { $source } chỉ đến.
check-proxy-reason-policy-json = Chính sách ProxySettings ở { $key } không đọc được (không đúng dạng JSON), nên không biết trình duyệt bị chỉ dùng proxy nào.
check-proxy-reason-firefox-json = Tệp chính sách { $path } của Firefox không đọc được (không đúng dạng JSON).
check-proxy-reason-firefox-ini = Tệp { $path } của Firefox không đọc được.

## The unit roll-up's posture columns

rollup-col-run-box = Lệnh lạ trong hộp Run (Win+R)
rollup-col-windows = Hệ điều hành, tường lửa, SmartScreen (TựKiểm gợi ý)
rollup-runbox-found = Có: cần báo sự cố
rollup-runbox-none = Không có
rollup-posture-not-applicable = Không áp dụng cho máy này
rollup-posture-fine = Ổn
rollup-posture-to-look = Cần xem lại: { $items }
rollup-posture-unknown = Chưa kiểm tra được: { $items }
rollup-posture-windows-support = thời hạn hỗ trợ
rollup-posture-windows-updates = cập nhật
rollup-posture-firewall = tường lửa
rollup-posture-smartscreen = SmartScreen
