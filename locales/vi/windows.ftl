# The native Windows message box TựKiểm shows when it cannot open its window
# (src-tauri/src/startup_alert.rs). Shown before any screen exists, so it is plain text.

windows-webview-missing-title = TựKiểm chưa mở được
windows-webview-missing-problem = Máy tính này thiếu thành phần “Microsoft Edge WebView2 Runtime” của Microsoft. TựKiểm cần nó để hiện cửa sổ.
windows-webview-missing-fix = Cách khắc phục: cài “Microsoft Edge WebView2 Runtime” (miễn phí) từ trang của Microsoft: https://developer.microsoft.com/microsoft-edge/webview2/ — hoặc gọi đầu mối liên hệ của Sở (ghi trong công văn) để được hướng dẫn. Sau đó mở lại TựKiểm.
windows-webview-missing-note = Windows 10 và Windows 11 thường có sẵn thành phần này. Dữ liệu của bạn trong TựKiểm không bị mất.

windows-window-failed-title = TựKiểm chưa mở được
windows-window-failed-problem = Windows không cho TựKiểm tạo cửa sổ.
windows-window-failed-fix = Cách khắc phục: khởi động lại máy tính rồi mở lại TựKiểm. Nếu vẫn không được, hãy báo đầu mối liên hệ của Sở (ghi trong công văn) và gửi kèm dòng chi tiết dưới đây.
windows-window-failed-detail = Chi tiết kỹ thuật: { $detail }
