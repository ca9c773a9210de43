# Lời của các việc dùng chung (crates/core/src/app/, crates/core/src/dates.rs).

date-unknown = không rõ ngày
summary-last-unknown = Không rõ lần kiểm tra gần nhất là khi nào: đồng hồ của máy có vẻ bị sai.
summary-system-stale-on = Đã đổi ngày { $date }, quá { $days } ngày
summary-card-action = { $action } ({ $gain })
pw-clock-unknown = Đồng hồ của máy đang chỉ một ngày không thể đúng, nên TựKiểm chưa ghi được ngày đổi. Hãy chỉnh lại ngày giờ của máy rồi đánh dấu lại.
summary-score-not-counted = Điểm này chưa tính lần kiểm tra máy ngày { $date }, vì TựKiểm không giữ chi tiết kết quả sau khi đóng. Hãy kiểm tra lại máy.
