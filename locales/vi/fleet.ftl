# Ghi kết quả kiểm tra cho phần mềm giám sát của cơ quan (khi hồ sơ cơ quan bật).

fleet-fallback = Không ghi được kết quả vào thư mục chung { $folder } ({ $detail }), nên đã ghi vào { $fallback }. Phần mềm giám sát của cơ quan chưa thấy máy này: hãy báo người đã cài TựKiểm hoặc người quản lý thư mục chung của đơn vị để thư mục được mở quyền ghi.
fleet-failed = Không ghi được kết quả cho phần mềm giám sát của cơ quan vào { $folder }: { $detail }. Hãy báo người đã cài TựKiểm hoặc người quản lý thư mục chung của đơn vị để thư mục này được mở quyền ghi.
