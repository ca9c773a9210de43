# Máy mẫu (scenario): phần giải thích chỗ ghi sai, đặt sau “ghi sai:” của check-scenario-invalid.

check-scenario-entry = mục “{ $entry }” không đúng dạng.
