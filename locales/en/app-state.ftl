# Words of the shared use cases (crates/core/src/app/, crates/core/src/dates.rs).

date-unknown = unknown date
summary-last-unknown = It is not clear when this computer was last checked: its clock looks wrong.
summary-system-stale-on = Changed on { $date }, over { $days } days ago
summary-card-action = { $action } ({ $gain })
pw-clock-unknown = This computer's clock shows a date that cannot be right, so TựKiểm could not record the change date. Please set the date and time, then mark it again.
summary-score-not-counted = This score leaves out the computer check of { $date }: TựKiểm keeps no details of it once closed. Check the computer again.
