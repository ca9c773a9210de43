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

; Windows 7 and 8.1 without WebView2: Microsoft ended both (and WebView2 on them), so there is
; nothing to install that would help; the computer itself is the risk.
LangString msgWindowsUnsupported ${LANG_VIETNAMESE} "Máy tính này chạy Windows 7 hoặc Windows 8.1, các phiên bản Microsoft đã ngừng hỗ trợ (Windows 7 từ ngày 14/01/2020, Windows 8.1 từ ngày 10/01/2023). Máy không còn nhận bản vá bảo mật nào, và Microsoft Edge WebView2, thành phần TựKiểm cần để hiện cửa sổ, cũng không còn cho các phiên bản này. Vì vậy TựKiểm không cài được trên máy này.$\r$\n$\r$\nChính máy tính này là điểm yếu: mã độc lợi dụng những lỗ hổng sẽ không bao giờ được vá. Hãy báo lãnh đạo đơn vị hoặc người đã gửi tệp cài đặt này để chuyển máy sang phiên bản Windows còn được Microsoft hỗ trợ. TựKiểm gợi ý: trong lúc chờ, đừng đăng nhập các hệ thống của cơ quan trên máy này."
LangString msgWindowsUnsupported ${LANG_ENGLISH} "This computer runs Windows 7 or Windows 8.1, which Microsoft no longer supports (Windows 7 since 14 January 2020, Windows 8.1 since 10 January 2023). It gets no more security fixes, and Microsoft Edge WebView2, the component TựKiểm needs to show its window, is no longer made for these versions. So TựKiểm cannot be installed on this computer.$\r$\n$\r$\nThe computer itself is the weak point: malware uses flaws that will never be fixed. Tell your unit's head, or whoever sent you this installer, so that the computer is moved to a Windows version Microsoft still supports. TựKiểm suggests: until then, do not sign in to your agency's systems on this computer."

; The Department's key and bundle beside the installer could not be copied into %ProgramData%\TuKiem.
LangString msgDepartmentFilesNotCopied ${LANG_VIETNAMESE} "TựKiểm đã được cài, nhưng không chép được khóa và hồ sơ của đơn vị (các tệp .pub và .tukiem đặt cạnh tệp cài đặt) vào thư mục chung của máy ($SystemDir). Khi chưa có các tệp này, TựKiểm dùng hồ sơ lấy ví dụ theo công văn năm 2023, không phải hồ sơ của đơn vị bạn.$\r$\n$\r$\nHãy báo người đã gửi tệp cài đặt này."
LangString msgDepartmentFilesNotCopied ${LANG_ENGLISH} "TựKiểm is installed, but the unit's key and profile (the .pub and .tukiem files beside the installer) could not be copied into the computer's shared folder ($SystemDir). Until they are there, TựKiểm uses the example profile from the 2023 letter, not your unit's.$\r$\n$\r$\nTell whoever sent you this installer."
