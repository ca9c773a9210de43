# Computer check: passwords saved in browsers.

check-browsers-title = Passwords saved in browsers
