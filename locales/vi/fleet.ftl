# Ghi kết quả kiểm tra cho phần mềm giám sát của cơ quan (khi hồ sơ cơ quan bật).

fleet-fallback = Không ghi được kết quả vào thư mục chung { $folder } ({ $detail }), nên đã ghi vào { $fallback }. Phần mềm giám sát của cơ quan chưa thấy máy này: hãy báo đầu mối liên hệ để thư mục chung được mở quyền ghi.
fleet-failed = Không ghi được kết quả cho phần mềm giám sát của cơ quan vào { $folder }: { $detail }. Hãy báo đầu mối liên hệ để thư mục này được mở quyền ghi.
