# Đổi mật khẩu: các yêu cầu của quy định, từng yêu cầu một.

rule-length = Ít nhất { $min } ký tự
rule-upper = Có chữ in hoa (A–Z)
rule-lower = Có chữ thường (a–z)
rule-digit = Có chữ số (0–9)
rule-special = Có ký tự đặc biệt, ví dụ { $sample }
rule-missing-length = chưa đủ { $min } ký tự
rule-missing-upper = thiếu chữ in hoa
rule-missing-lower = thiếu chữ thường
rule-missing-digit = thiếu chữ số
rule-missing-special = thiếu ký tự đặc biệt
