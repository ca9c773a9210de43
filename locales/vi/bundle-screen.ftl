# "Cập nhật hồ sơ đơn vị": the screen where a clerk installs the unit's profile file (.tukiem),
# and the lines every screen that names the agency shows about the profile in use
# (crates/core/src/app/speaking.rs).

## What the profile in use is (home, advice, incident, and this screen)
speaking-embedded-example = Đây là hồ sơ lấy ví dụ: tên cơ quan và đầu mối chép từ công văn ngày { $date } của { $issuer }, không phải hồ sơ của đơn vị bạn. Muốn TựKiểm ghi đúng cơ quan và đầu mối của đơn vị mình, hãy xin người đã gửi TựKiểm cho bạn tệp hồ sơ đơn vị (tên kết thúc bằng “.tukiem”), rồi mở “Cập nhật hồ sơ đơn vị” ở trang chủ.
speaking-bundle-old = Hồ sơ đơn vị do { $issuer } gửi đã cũ: hồ sơ ghi chỉ dùng đến ngày { $date }. Cơ quan, đầu mối và danh sách trang giả mạo có thể đã thay đổi. Hãy xin bản mới hơn, rồi mở “Cập nhật hồ sơ đơn vị” ở trang chủ.
speaking-source-embedded = Hồ sơ lấy ví dụ có sẵn trong TựKiểm, chép từ công văn ngày { $date }.
speaking-source-file = Tệp hồ sơ { $file }, do người mở TựKiểm chỉ định.
speaking-source-installed = Hồ sơ của { $issuer }, phiên bản { $version }, lập ngày { $made }, đã cài trên máy này.
speaking-source-machine-wide = Hồ sơ của { $issuer }, phiên bản { $version }, lập ngày { $made }, có sẵn cho mọi tài khoản trên máy này.

## The screen
bundle-screen-home-title = Cập nhật hồ sơ đơn vị
bundle-screen-home-body = Cài tệp hồ sơ (.tukiem) mà đơn vị gửi, để TựKiểm ghi đúng cơ quan, đầu mối và các trang giả mạo đã được báo.
bundle-screen-title = Cập nhật hồ sơ đơn vị
bundle-screen-lead = Đơn vị có thể gửi cho bạn một tệp hồ sơ, tên kết thúc bằng “.tukiem”. Tệp này cho TựKiểm biết tên cơ quan, đầu mối liên hệ, các hệ thống dùng chung và các trang giả mạo đã được báo. TựKiểm chỉ nhận tệp được ký bằng khóa mà máy này tin cậy.
bundle-screen-current-title = Hồ sơ đang dùng
bundle-screen-current-agency = Cơ quan: { $agency }
bundle-screen-found-refused = Trên máy còn tệp hồ sơ không dùng được:
bundle-screen-pick = Chọn tệp hồ sơ (.tukiem)
bundle-screen-pick-other = Chọn tệp khác
bundle-screen-pick-title = Chọn tệp hồ sơ đơn vị
bundle-screen-filter = Tệp hồ sơ đơn vị (.tukiem)
bundle-screen-preview-title = Tệp này chứa gì
bundle-screen-file = Tệp
bundle-screen-issuer = Đơn vị gửi
bundle-screen-version = Phiên bản
bundle-screen-made = Ngày lập
bundle-screen-old-after = Dùng đến ngày
bundle-screen-changes-title = Khi cài, những gì sẽ thay đổi
bundle-screen-is-old = Tệp này đã quá ngày “dùng đến”. Vẫn cài được, nhưng TựKiểm sẽ ghi là hồ sơ đã cũ; nên xin bản mới hơn.
bundle-screen-install = Cài hồ sơ này
bundle-screen-cancel = Không cài
bundle-screen-refused-title = Không dùng được tệp này
bundle-screen-unchanged = Không có gì được cài. Nếu tệp này do đơn vị gửi, hãy báo lại cho người đã gửi.
bundle-screen-installed-title = Đã cài hồ sơ đơn vị
bundle-screen-installed = Đã cài hồ sơ của { $issuer }, phiên bản { $version }. Từ giờ trang chủ, khuyến cáo và mục Báo sự cố ghi theo hồ sơ này: { $agency }.
bundle-screen-installed-overridden = Đã cài hồ sơ của { $issuer }, phiên bản { $version }. Lần này TựKiểm được mở với một tệp hồ sơ chỉ định riêng, nên vẫn dùng tệp đó; hồ sơ vừa cài sẽ được dùng khi mở TựKiểm bình thường.
bundle-screen-go-home = Về trang chủ
bundle-screen-nothing-picked = Chưa chọn tệp hồ sơ nào.
bundle-screen-failed = Không làm được việc này ({ $detail }). Hồ sơ đang dùng vẫn giữ nguyên.
