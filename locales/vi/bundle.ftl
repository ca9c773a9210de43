# Gói hồ sơ cơ quan (*.tukiem) của Sở: hồ sơ cơ quan, công văn, danh sách trang giả mạo đã được báo,
# trang chính thức, họ mã độc, bộ lọc mật khẩu đã lộ, có chữ ký của Sở (docs/bundle.md).
# Lý do từ chối chỉ nêu tên tệp, tên mục và vấn đề, không bao giờ nêu nội dung.

## Vì sao một gói bị từ chối

bundle-damaged = Tệp { $path } bị hỏng hoặc bị cắt ngang, không phải gói hồ sơ cơ quan đọc được.
bundle-bad-entry-name = Tệp { $path } có một mục mang tên không được phép (trỏ ra ngoài gói hoặc sai dạng), nên TựKiểm không dùng.
bundle-not-plain-entry = Tệp { $path } có một mục không phải tệp thường (liên kết, thư mục hoặc thiết bị), nên TựKiểm không dùng.
bundle-duplicate-entry = Tệp { $path } có mục { $entry } xuất hiện hai lần, nên TựKiểm không dùng.
bundle-entry-too-large = Mục { $entry } trong tệp { $path } lớn hơn mức cho phép, nên TựKiểm không dùng.
bundle-too-many-entries = Tệp { $path } có quá nhiều mục so với một gói hồ sơ cơ quan, nên TựKiểm không dùng.
bundle-missing-entry = Tệp { $path } thiếu mục { $entry }, nên TựKiểm không dùng.
bundle-unlisted-entry = Tệp { $path } có mục { $entry } không ghi trong bản kê đã ký, nên TựKiểm không dùng.
bundle-unknown-format = Tệp { $path } là gói dạng số { $found }, phiên bản TựKiểm này chưa đọc được. Hãy cài phiên bản TựKiểm mới hơn.
bundle-bad-manifest = Bản kê trong tệp { $path } sai dạng, nên TựKiểm không dùng.
bundle-no-trusted-key = Máy này chưa có khóa công khai nào của Sở, nên TựKiểm không kiểm tra được chữ ký của tệp { $path } và không dùng tệp này. Khóa được cài cùng TựKiểm bằng bộ cài do Sở gửi.
bundle-untrusted = Tệp { $path } không được ký bằng khóa của Sở đã cài trên máy này, hoặc đã bị sửa sau khi ký, nên TựKiểm không dùng. Hồ sơ đang dùng vẫn giữ nguyên.
bundle-entry-mismatch = Mục { $entry } trong tệp { $path } đã bị thay đổi sau khi ký, nên TựKiểm không dùng.
bundle-profile-invalid = Hồ sơ cơ quan trong tệp { $path } không hợp lệ. { $where } { $reason }
bundle-bad-list = Danh sách { $entry } trong tệp { $path } sai dạng{ $line ->
    [0] .
   *[other] {" "}ở dòng { $line }.
  }
bundle-not-newer = Tệp { $path } là phiên bản { $version }, không mới hơn phiên bản { $installed } đang dùng, nên TựKiểm không thay.
bundle-no-data-folder = Không tìm thấy thư mục dữ liệu của TựKiểm để cài gói hồ sơ.
bundle-write-failed = Không cài được gói hồ sơ vào { $path } ({ $detail }). Hồ sơ đang dùng vẫn giữ nguyên.
bundle-bad-input = Không đưa được tệp { $path } vào gói: { $reason }
bundle-bad-key-file = Tệp { $path } không phải tệp khóa của TựKiểm.
bundle-input-not-text = tệp không phải văn bản UTF-8.
bundle-input-bad-line = dòng { $line } sai dạng.
bundle-input-bad-name = tên tệp chỉ được gồm chữ thường không dấu, chữ số, dấu gạch ngang và gạch dưới, và không được trùng.
bundle-input-too-large = gói làm ra lớn hơn 64 MB.

## Gói mới thay đổi gì so với hồ sơ đang dùng

bundle-change-agency = Cơ quan: { $before } → { $after }
bundle-change-contact = Đầu mối liên hệ: { $before } → { $after }
bundle-change-systems = Số hệ thống thông tin dùng chung: { $before } → { $after }
bundle-change-reported-fakes = Số trang giả mạo đã được báo: { $before } → { $after }
bundle-change-official-hosts = Số trang chính thức của cơ quan: { $before } → { $after }
bundle-change-stealer-families = Số loại mã độc đánh cắp thông tin Sở bổ sung: { $before } → { $after }
bundle-change-leak-filters = Số bộ lọc mật khẩu đã lộ: { $before } → { $after }
bundle-change-none = Không có gì khác so với hồ sơ đang dùng.

## tukiem-cli bundle

cli-help-bundle = Gói hồ sơ cơ quan của Sở: tạo khóa, làm gói, kiểm tra, cài, xem gói đang dùng (docs/bundle.md)
cli-help-bundle-keygen = Tạo cặp khóa mới để Sở ký gói hồ sơ
cli-help-bundle-secret-out = Tệp khóa bí mật sẽ tạo (giữ kín, chỉ trên máy ký của Sở)
cli-help-bundle-public-out = Tệp khóa công khai sẽ tạo (*.pub, gửi kèm bộ cài)
cli-help-bundle-build = Làm và ký một gói hồ sơ từ hồ sơ cơ quan (--profile) và các danh sách
cli-help-bundle-reported-fakes = Danh sách trang giả mạo đã được báo (TSV: tên miền, trang bị giả, ngày, nguồn)
cli-help-bundle-official-hosts = Danh sách trang chính thức của cơ quan, mỗi dòng một tên miền
cli-help-bundle-stealer-families = Các loại mã độc đánh cắp thông tin Sở bổ sung (TOML)
cli-help-bundle-leaks = Tệp bộ lọc mật khẩu đã lộ (có thể nêu nhiều lần)
cli-help-bundle-version = Số phiên bản của gói (mặc định: thời điểm làm gói, tính bằng giây)
cli-help-bundle-valid-until = Ngày mà sau đó gói bị coi là cũ (YYYY-MM-DD, mặc định: 180 ngày sau hôm nay)
cli-help-bundle-secret = Tệp khóa bí mật dùng để ký
cli-help-bundle-out = Tệp gói sẽ tạo (*.tukiem)
cli-help-bundle-verify = Kiểm tra một gói bằng các khóa máy này tin cậy và cho biết nội dung
cli-help-bundle-install = Cài một gói cho người dùng này, kiểm tra giống hệt màn hình cập nhật hồ sơ
cli-help-bundle-file = Tệp gói (*.tukiem)
cli-help-bundle-show = Cho biết gói hồ sơ nào đang được dùng và lấy từ đâu

cli-bundle-need-profile = Hãy nêu tệp hồ sơ cơ quan cần đưa vào gói bằng tùy chọn --profile.
cli-bundle-exists = Tệp { $path } đã có, TựKiểm không ghi đè.
cli-bundle-keygen-done = Đã tạo cặp khóa, mã khóa { $id }.
cli-bundle-keygen-secret = Khóa bí mật: { $path } (giữ kín, chỉ để trên máy ký của Sở)
cli-bundle-keygen-public = Khóa công khai: { $path } (đặt cạnh setup.exe để bộ cài chép vào máy)
cli-bundle-built = Đã làm gói { $path }.
cli-bundle-verified = Gói { $path } có chữ ký hợp lệ của một khóa máy này tin cậy.
cli-bundle-issuer = Cơ quan ban hành: { $issuer }
cli-bundle-version = Phiên bản: { $version }
cli-bundle-made = Ngày làm gói: { $date }
cli-bundle-old-after = Coi là cũ sau ngày: { $date }
cli-bundle-is-old = Gói đã quá ngày này: các danh sách trong gói đã cũ, hãy xin Sở gói mới.
cli-bundle-key = Mã khóa đã ký: { $id }
cli-bundle-contents = Nội dung: { $systems } hệ thống thông tin dùng chung, { $fakes } trang giả mạo đã được báo, { $hosts } trang chính thức, { $families } loại mã độc đánh cắp thông tin, { $filters } bộ lọc mật khẩu đã lộ.
cli-bundle-letter = Có nguyên văn công văn.
cli-bundle-changes = Thay đổi so với hồ sơ đang dùng:
cli-bundle-would-refuse = Nếu cài: { $reason }
cli-bundle-installed = Đã cài gói hồ sơ. Từ nay TựKiểm nói theo hồ sơ của { $issuer }.
cli-bundle-show-none = Không có gói hồ sơ nào được dùng: TựKiểm dùng hồ sơ mẫu có sẵn.
cli-bundle-show-installed = Đang dùng gói hồ sơ do người dùng cài: { $path }
cli-bundle-show-machine-wide = Đang dùng gói hồ sơ trong thư mục chung của máy: { $path }
cli-bundle-show-refused = Bỏ qua một gói: { $reason }
cli-bundle-random-failed = Hệ điều hành không cấp được số ngẫu nhiên nên TựKiểm không tạo được khóa.
