# Writing check results for the organisation's monitoring software (when the profile turns it on).

fleet-fallback = The result could not be written to the shared folder { $folder } ({ $detail }), so it was written to { $fallback }. The organisation's monitoring software does not see this computer yet: tell whoever installed TựKiểm, or whoever manages the unit's shared folder, so that users may write to it.
fleet-failed = The result for the organisation's monitoring software could not be written to { $folder }: { $detail }. Tell whoever installed TựKiểm, or whoever manages the unit's shared folder, so that users may write to this folder.
