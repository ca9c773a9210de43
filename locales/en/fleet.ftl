# Writing check results for the organisation's monitoring software (when the profile turns it on).

fleet-fallback = The result could not be written to the shared folder { $folder } ({ $detail }), so it was written to { $fallback }. The organisation's monitoring software does not see this computer yet: tell the contact point so that users may write to the shared folder.
fleet-failed = The result for the organisation's monitoring software could not be written to { $folder }: { $detail }. Tell the contact point so that users may write to this folder.
