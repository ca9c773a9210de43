; The installer's own sentences, in Vietnamese (the default) and English. NSIS's built-in pages
; use its Vietnamese.nlf / English.nlf; these are the lines TựKiểm adds.

LangString msgWebView2Missing ${LANG_VIETNAMESE} "Máy tính này chưa có Microsoft Edge WebView2 Runtime, thành phần của Microsoft mà TựKiểm cần để hiện cửa sổ. Nếu cài bây giờ, TựKiểm sẽ không mở được.$\r$\n$\r$\nCách làm: cài $\"Microsoft Edge WebView2 Runtime$\" (miễn phí) từ trang của Microsoft: https://developer.microsoft.com/microsoft-edge/webview2/ — hoặc gọi đầu mối liên hệ ghi trong công văn của Sở để được hướng dẫn. Sau đó chạy lại tệp cài đặt này.$\r$\n$\r$\nWindows 10 và Windows 11 thường đã có sẵn thành phần này."
LangString msgWebView2Missing ${LANG_ENGLISH} "This computer does not have the Microsoft Edge WebView2 Runtime, the Microsoft component TựKiểm needs to show its window. If installed now, TựKiểm would not open.$\r$\n$\r$\nWhat to do: install $\"Microsoft Edge WebView2 Runtime$\" (free) from Microsoft's site: https://developer.microsoft.com/microsoft-edge/webview2/ — or call the contact point named in the Department's letter. Then run this installer again.$\r$\n$\r$\nWindows 10 and Windows 11 usually include it."

LangString pageDataTitle ${LANG_VIETNAMESE} "Dữ liệu của bạn"
LangString pageDataTitle ${LANG_ENGLISH} "Your data"
LangString pageDataSubtitle ${LANG_VIETNAMESE} "Giữ lại hay xóa dữ liệu TựKiểm trên máy này"
LangString pageDataSubtitle ${LANG_ENGLISH} "Keep or delete TựKiểm's data on this computer"
LangString pageDataText ${LANG_VIETNAMESE} "TựKiểm sẽ được gỡ khỏi máy. Dữ liệu của bạn (danh sách hệ thống đã đổi mật khẩu, lịch sử kiểm tra, ngôn ngữ đã chọn) được giữ lại, trừ khi bạn đánh dấu ô dưới đây, để khi cài lại bạn không phải làm lại từ đầu."
LangString pageDataText ${LANG_ENGLISH} "TựKiểm will be removed from this computer. Your data (the systems whose password you changed, the check history, your language) is kept, unless you tick the box below, so that a reinstall starts where you left off."
LangString deleteDataBox ${LANG_VIETNAMESE} "Xóa luôn dữ liệu của tôi"
LangString deleteDataBox ${LANG_ENGLISH} "Also delete my data"
