# Ghi kết quả kiểm tra cho phần mềm giám sát của cơ quan (khi hồ sơ cơ quan bật).

fleet-fallback = Không ghi được kết quả vào thư mục chung { $folder } ({ $detail }), nên đã ghi vào { $fallback }. Phần mềm giám sát của cơ quan chưa thấy máy này: hãy nhờ cán bộ kỹ thuật cấp quyền ghi cho thư mục chung.
fleet-failed = Không ghi được kết quả cho phần mềm giám sát của cơ quan vào { $folder }: { $detail }. Hãy nhờ cán bộ kỹ thuật cấp quyền ghi cho thư mục này.
