# Kiểm tra đường link: trang, dòng lệnh, và mật khẩu đã lưu cho trang giả mạo.
# Người đọc là cán bộ xã: câu ngắn, không dùng từ kỹ thuật.

links-title = Kiểm tra đường link
links-nav = Kiểm tra link
links-home-title = Kiểm tra đường link
links-home-body = Nhận được tin nhắn có đường link về phạt nguội, bảo hiểm xã hội, thuế, hộ chiếu? Dán vào đây để biết đó có phải địa chỉ chính thức của Nhà nước hay không.
links-home-open = Kiểm tra một đường link
links-intro = Dán một đường link (đường liên kết), hoặc cả tin nhắn (SMS, Zalo, thư điện tử), vào ô dưới đây. TựKiểm xem từng đường link có phải địa chỉ chính thức của Nhà nước hay không.
links-offline = TựKiểm không mở đường link và không gửi gì lên mạng: mọi việc kiểm tra diễn ra ngay trên máy này.
links-input-label = Đường link hoặc tin nhắn
links-check = Kiểm tra
links-empty = Hãy dán một đường link hoặc một tin nhắn vào ô trên rồi bấm “Kiểm tra”.
links-found = { $count ->
    [1] Tìm thấy 1 đường link.
   *[other] Tìm thấy { $count } đường link.
}
links-failed = Không kiểm tra được nội dung này. Hãy thử lại.
links-tip = Gợi ý của TựKiểm: khi cần vào trang của Nhà nước, hãy tự gõ địa chỉ bạn đã biết (ví dụ dichvucong.gov.vn) thay vì bấm vào đường link trong tin nhắn.

links-verdict-official = Chính thức
links-verdict-lookalike = Có dấu hiệu giả mạo
links-verdict-not-official = Không phải trang của Nhà nước
links-verdict-invalid = Không phải địa chỉ trang web

links-summary-official = Đây là địa chỉ chính thức.
links-summary-lookalike = Tên trang này được làm cho giống trang của Nhà nước, rất có thể là trang giả mạo. Đừng bấm vào, đừng nhập mật khẩu, mã OTP hay số tài khoản.
links-summary-not-official = Đây không phải trang của cơ quan nhà nước. Nếu trang này đòi mật khẩu tài khoản công vụ hoặc tài khoản VNeID, đó là trang lừa đảo.
links-summary-invalid = Đây không phải địa chỉ một trang web.

links-real-address = Địa chỉ thật là { $host }.
links-goes-to = Đường link này thực ra dẫn tới: { $host }
links-link-label = Đường link

links-reason-gov-vn = Tên trang kết thúc bằng “.gov.vn”. Chỉ cơ quan nhà nước mới đăng ký được tên như vậy.
links-reason-listed-official = Đây là địa chỉ chính thức của một hệ thống quốc gia.
links-reason-profile-official = Cơ quan của bạn ghi địa chỉ này là hệ thống của mình.
links-reason-userinfo-trick = Phần đứng trước dấu @ chỉ để đánh lừa người đọc. Trình duyệt sẽ mở trang đứng sau dấu @.
links-reason-gov-vn-not-at-end = Có “gov.vn” trong tên nhưng không nằm ở cuối. Tên thật của trang nhà nước kết thúc bằng “.gov.vn”, không có gì đứng sau.
links-reason-gov-vn-hyphenated = “gov.vn” bị viết thành “gov-vn” hoặc “govvn” cho giống địa chỉ của Nhà nước.
links-reason-gov-vn-mistyped = Phần cuối trông giống “.gov.vn” nhưng không phải “.gov.vn”.
links-reason-one-letter-from-official = Tên chỉ khác địa chỉ chính thức một chữ.
links-reason-name-in-subdomain = Tên một hệ thống của Nhà nước được gắn vào đầu tên của một trang khác.
links-reason-name-in-domain = Tên một hệ thống của Nhà nước được dùng cho một trang không phải của Nhà nước.
links-reason-typo-added = Tên thật bị thêm một chữ.
links-reason-typo-dropped = Tên thật bị bớt một chữ.
links-reason-typo-swapped = Hai chữ cạnh nhau trong tên thật bị đổi chỗ.
links-reason-typo-replaced = Một chữ trong tên thật bị thay bằng chữ khác (ví dụ số 0 thay cho chữ o).
links-reason-confusable-characters = Có chữ của bảng chữ cái khác (như chữ Nga, chữ Hy Lạp) trông giống hệt chữ cái Latinh quen thuộc.
links-reason-idn-renders-like-official = Tên có chữ đặc biệt nên trông giống tên chính thức, nhưng máy tính sẽ mở một trang khác.
links-reason-ip-address = Địa chỉ là một dãy số, không phải tên trang. Trang của Nhà nước không gửi đường link như vậy.
links-reason-name-in-path = Tên của trang Nhà nước chỉ nằm ở phần sau của đường link; trang sẽ mở là một nơi khác.
links-reason-not-gov-vn = Tên trang không kết thúc bằng “.gov.vn” và không có trong danh sách địa chỉ chính thức.
links-reason-no-link = Không thấy đường link nào trong nội dung này.
links-reason-not-web-scheme = Đường link không bắt đầu bằng http:// hay https://, nên không phải địa chỉ trang web.
links-reason-bad-host = Tên trang bị viết sai, trình duyệt không mở được.
links-reason-unknown-suffix = Phần cuối của tên không phải một tên miền có thật trên Internet.

# Dòng lệnh: tukiem-cli link
cli-help-link = Kiểm tra đường link trong tin nhắn: chính thức, giả mạo hay không phải của Nhà nước (đọc từ đầu vào chuẩn khi không có TEXT, mỗi dòng một tin nhắn)
cli-help-link-json = In mỗi đường link thành một đối tượng JSON trên một dòng
cli-help-link-text = Đường link hoặc tin nhắn cần kiểm tra

# Kiểm tra máy tính: mật khẩu đã lưu cho trang giả mạo.
check-browsers-lookalike-title = Mật khẩu đã lưu cho trang giả mạo
check-browsers-lookalike-summary = { $count ->
    [1] Trình duyệt đang lưu 1 mật khẩu cho trang giả mạo: { $hosts }. Nghĩa là mật khẩu đã từng được gõ vào một trang giả; kẻ xấu có thể đã có mật khẩu đó.
   *[other] Trình duyệt đang lưu { $count } mật khẩu cho trang giả mạo: { $hosts }. Nghĩa là mật khẩu đã từng được gõ vào trang giả; kẻ xấu có thể đã có các mật khẩu đó.
}
check-browsers-lookalike-real = { $fake } là trang giả của { $real }.
check-browsers-lookalike-advice-change = Đổi ngay mật khẩu đã gõ vào trang giả, trên trang thật và từ một máy tính sạch. Nếu dùng mật khẩu đó ở nơi khác, đổi luôn ở những nơi đó.
check-browsers-lookalike-advice-delete = Xóa mật khẩu đã lưu cho trang giả khỏi trình duyệt.
check-browsers-lookalike-advice-report = Báo cho đầu mối liên hệ (mục Báo sự cố) địa chỉ trang giả.
check-browsers-lookalike-action-report = Báo sự cố

# Máy mẫu cho tập huấn / Training machine
scenario-windows-lookalike = Windows 11, mật khẩu đã lưu cho trang giả mạo Cổng Dịch vụ công và Bảo hiểm xã hội
