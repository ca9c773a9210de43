# Kiểm tra máy tính: phần mềm phòng, chống mã độc.
# TựKiểm chỉ xem phần mềm có đang bật và đã cập nhật hay không; không xác nhận phần mềm đáp ứng Chỉ thị 14/CT-TTg.

check-antivirus-title = Phần mềm phòng, chống mã độc

## Kết quả

check-av-ok = { $names } đang bật và đã được cập nhật.
check-av-stale-days = { $names } đang bật, nhưng đã { $days } ngày chưa cập nhật dữ liệu nhận diện mã độc.
check-av-stale = { $names } đang bật, nhưng dữ liệu nhận diện mã độc đã cũ.
check-av-unconfirmed = { $names } đang chạy, nhưng TựKiểm không xem được phần mềm này có đang bật và đã cập nhật hay chưa.
check-av-none = Không tìm thấy phần mềm phòng, chống mã độc nào đang bật. Mã độc có thể lấy cắp mật khẩu trên máy này.
check-av-off = Không có phần mềm phòng, chống mã độc nào đang bật. Máy có { $names } nhưng đang tắt.
check-av-mac-gatekeeper-off = Gatekeeper đang tắt: máy cho mở cả ứng dụng không rõ nguồn gốc.
check-av-mac-updates-off = XProtect (phần phòng, chống mã độc có sẵn của macOS) đang bị tắt tự cập nhật.

## Nên làm gì

check-av-advice-turn-on-defender = Mở Bảo mật Windows (Windows Security), chọn “Bảo vệ khỏi vi-rút và mối đe dọa”, rồi bật “Bảo vệ theo thời gian thực”.
check-av-advice-other-product = Nếu cơ quan dùng phần mềm khác (Bkav, CMC, Kaspersky…), hãy mở phần mềm đó và bật lại.
check-av-advice-renew = { $names } đã hết hạn bản quyền. Hãy hỏi đầu mối liên hệ trước khi gia hạn hoặc gỡ: phần mềm do cơ quan cài có thể đang được quản lý tập trung. Nếu được phép gỡ, Windows Defender sẽ tự bật lại.
check-av-advice-stale-too = Dữ liệu nhận diện mã độc của { $names } đã { $days } ngày chưa cập nhật. Sau khi bật, hãy cập nhật ngay (máy cần có mạng Internet).
check-av-advice-stale-too-undated = Dữ liệu nhận diện mã độc của { $names } đã cũ. Sau khi bật, hãy cập nhật ngay (máy cần có mạng Internet).
check-av-advice-update-defender = Mở Bảo mật Windows, chọn “Bảo vệ khỏi vi-rút và mối đe dọa”, bấm “Kiểm tra bản cập nhật”.
check-av-advice-update-product = Mở { $names } và bấm nút cập nhật.
check-av-advice-internet = Máy cần có mạng Internet khi cập nhật.
check-av-advice-open-product = Mở { $names } để xem phần mềm có đang bật và đã cập nhật chưa.
check-av-advice-look-yourself-windows = Mở Bảo mật Windows để tự xem phần mềm phòng, chống mã độc có đang bật không.
check-av-advice-directive-14 = TựKiểm chỉ xem phần mềm có đang bật và đã cập nhật hay không, không xác nhận phần mềm đáp ứng Chỉ thị số 14/CT-TTg. Đơn vị được dùng phần mềm nào, hãy hỏi đầu mối liên hệ.
check-av-advice-ask-support = Nếu không tự làm được, hãy gọi đầu mối liên hệ ghi ở mục “Báo sự cố”.
check-av-advice-mac-gatekeeper = Bật lại Gatekeeper để máy chỉ mở ứng dụng từ App Store và nhà phát triển đã xác minh.
check-av-advice-mac-updates = Bật lại tự cập nhật để Apple gửi dữ liệu nhận diện mã độc mới cho máy.

check-av-open-windows-security = Mở Bảo mật Windows
check-av-steps-update-label = Cách cập nhật
check-av-steps-install-label = Cách cài ClamAV (cần quyền quản trị)
check-av-steps-gatekeeper-label = Cách bật Gatekeeper

check-av-step-open-terminal = Mở cửa sổ dòng lệnh (Terminal).
check-av-step-freshclam = Gõ lệnh: sudo freshclam rồi nhấn Enter, nhập mật khẩu máy nếu được hỏi.
check-av-step-freshclam-busy = Nếu máy báo freshclam đang chạy, gõ: sudo systemctl restart clamav-freshclam
check-av-step-install-clamav = Gõ lệnh: sudo apt install clamav clamav-daemon rồi nhấn Enter.
check-av-step-mdatp-update = Gõ lệnh: sudo mdatp definitions update rồi nhấn Enter.
check-av-step-check-again = Chạy lại TựKiểm để kiểm tra.
check-av-step-mac-open-privacy = Mở Cài đặt hệ thống (System Settings), chọn Quyền riêng tư & Bảo mật (Privacy & Security).
check-av-step-mac-allow-identified = Ở mục Bảo mật, chọn cho phép ứng dụng từ “App Store và nhà phát triển đã xác minh”.
check-av-step-mac-open-software-update = Mở Cài đặt hệ thống, chọn Cài đặt chung, rồi Cập nhật phần mềm (Software Update).
check-av-step-mac-security-responses = Bấm nút (i) cạnh “Cập nhật tự động”, bật “Cài đặt phản hồi bảo mật và tệp hệ thống”.

## Vì sao không kiểm tra được

check-av-reason-security-center = Không đọc được Trung tâm bảo mật của Windows (Security Center): { $code ->
    [absent] máy này không có Trung tâm bảo mật.
    [namespace-missing] máy này không có Trung tâm bảo mật.
    [access-denied] Windows không cho phép đọc.
    [timed-out] Trung tâm bảo mật không trả lời kịp.
    [com] Windows báo lỗi (mã { $detail }).
   *[other] Windows báo lỗi.
}
check-av-reason-defender = Không đọc được trạng thái của Windows Defender: { $code ->
    [absent] máy này không có Windows Defender.
    [namespace-missing] máy này không có Windows Defender.
    [access-denied] Windows không cho phép đọc.
    [timed-out] Windows Defender không trả lời kịp.
    [com] Windows báo lỗi (mã { $detail }).
   *[other] Windows báo lỗi.
}
check-av-reason-defender-mode = Windows Defender báo một chế độ chạy mà TựKiểm không biết.
check-av-reason-xprotect-missing = Không tìm thấy XProtect, phần phòng, chống mã độc có sẵn của macOS.

## Tên các máy mẫu (chế độ tập huấn)

scenario-windows-healthy = Windows 11, Windows Defender đang bật
scenario-windows-bkav = Windows 10, Bkav đang bật, Windows Defender ở chế độ thụ động
scenario-windows-av-off = Windows 10, phần mềm phòng, chống mã độc bị tắt và lâu không cập nhật
scenario-windows-server = Windows Server 2022 dùng CMC Endpoint Security
scenario-windows-browsers = Windows 11, trình duyệt lưu mật khẩu hệ thống .gov.vn, UltraViewer đang chạy
scenario-linux-clamav = Linux có ClamAV, Chrome lưu mật khẩu gần như không mã hóa
scenario-all-timeouts = Máy Windows mà mọi lệnh kiểm tra đều không trả lời
