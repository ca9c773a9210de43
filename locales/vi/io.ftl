# Loại lỗi đọc, ghi tệp, đặt trong câu khác (crates/core/src/io_reason.rs).

io-not-found = không có tệp hay thư mục này
io-permission-denied = không có quyền ghi hoặc đọc
io-not-a-folder = một phần của đường dẫn là tệp, không phải thư mục
io-is-a-folder = đây là thư mục, không phải tệp
io-disk-full = ổ đĩa đã đầy
io-already-exists = đã có tệp trùng tên
io-timed-out = chờ quá lâu
io-closed = nơi nhận đã đóng
io-damaged = dữ liệu bị hỏng
io-database = không ghi được vào tệp dữ liệu
io-other = lỗi khác của hệ điều hành
