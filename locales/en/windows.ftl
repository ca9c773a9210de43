# The native Windows message box TựKiểm shows when it cannot open its window
# (src-tauri/src/startup_alert.rs). Shown before any screen exists, so it is plain text.

windows-webview-missing-title = TựKiểm could not open
windows-webview-missing-problem = This computer is missing Microsoft's “Microsoft Edge WebView2 Runtime”. TựKiểm needs it to show its window.
windows-webview-missing-fix = What to do: install “Microsoft Edge WebView2 Runtime” (free) from Microsoft's site: https://developer.microsoft.com/microsoft-edge/webview2/ — or call the Department's contact point (named in the letter) for help. Then open TựKiểm again.
windows-webview-missing-note = Windows 10 and Windows 11 usually include it. Your TựKiểm data is not lost.

windows-window-failed-title = TựKiểm could not open
windows-window-failed-problem = Windows did not let TựKiểm create its window.
windows-window-failed-fix = What to do: restart the computer and open TựKiểm again. If it still fails, tell the Department's contact point (named in the letter) and send them the detail line below.
windows-window-failed-detail = Technical detail: { $detail }
