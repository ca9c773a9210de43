# Quiz. Question order, answer counts and the right answers are in crates/core/data/quiz.toml.
# Every question may use { $agency } (who issued the advice), { $contact } (the contact point)
# and { $min } (the minimum password length), taken from the organisation profile.

quiz-title = Quiz
quiz-intro = { $total } short questions on the official advice. Pick an answer to see why. Your answers are not kept.
quiz-progress = Question { $n } of { $total }
quiz-right = Correct!
quiz-wrong = Not quite
quiz-right-answer = The right answer is { $letter }.
quiz-chosen = Your answer
quiz-correct-tag = Right answer
quiz-next = Next question
quiz-finish = See the result
quiz-score-title = Result
quiz-score = { $right }/{ $total }
quiz-score-line = You answered { $right } of { $total } questions correctly.
quiz-band-great = Very good! You know the advice well.
quiz-band-good = Good. Look again at the questions you missed.
quiz-band-review = Read the advice again, then try once more.
quiz-again = Try again
quiz-read-advice = Read the advice
quiz-failed = This answer could not be marked. Press “Try again”.

quiz-q01 = According to the letter, what must a new password be like?
quiz-q01-a1 = At least 6 characters, as long as it is easy to remember
quiz-q01-a2 = At least { $min } characters, with upper-case and lower-case letters, digits and special characters
quiz-q01-a3 = Lower-case letters and digits are enough
quiz-q01-a4 = Keep the password the agency first gave you
quiz-q01-why = The letter requires at least { $min } characters, with upper-case and lower-case letters, digits and special characters such as * # @ $.

quiz-q02 = You have just been given an account with a default password. What should you do?
quiz-q02-a1 = Keep using it: the agency gave it to you, so it must be safe
quiz-q02-a2 = Change it when you have time
quiz-q02-a3 = Change the password right after the first login
quiz-q02-a4 = Ask a colleague you trust to keep the password for you
quiz-q02-why = Default passwords are known to many people and easy to guess. Not changing them is one of the two causes of the leaked accounts of the shared systems.

quiz-q03 = After you log in to a shared system, the browser offers to save the password. What do you choose?
quiz-q03-a1 = Do not save it
quiz-q03-a2 = Save it, so you do not have to type it next time
quiz-q03-a3 = Save it, the browser keeps passwords secret
quiz-q03-why = Information-stealing malware takes the passwords saved in browsers; that is the second cause of the leaked accounts. If you saved one already, delete it from the browser and change the password.

quiz-q04 = An e-mail says: “Your account will be locked, click here to log in again”. What should you do?
quiz-q04-a1 = Click the link and log in at once, before the account really is locked
quiz-q04-a2 = Do not click; open the system as usual, or ask the contact point
quiz-q04-a3 = Forward it to a colleague to try the link first, and follow if it looks fine
quiz-q04-why = This is a common scam: a fake page that looks exactly like the real one, made to collect passwords. The letter warns against such links and fake websites.

quiz-q05 = You need a Vietnamese keyboard tool and see an ad: “Free download, latest version”. What should you do?
quiz-q05-a1 = Download it from the ad, it is quicker
quiz-q05-a2 = Download a cracked version to save money
quiz-q05-a3 = Any site will do, the computer has anti-malware software
quiz-q05-a4 = Download only from the maker's official site
quiz-q05-why = Password-stealing malware often comes from ads, fake websites and cracked software. Install software from official sources only.

quiz-q06 = According to the letter, where is anti-malware software needed?
quiz-q06-a1 = Only on the agency's servers
quiz-q06-a2 = On user devices: computers, phones…
quiz-q06-a3 = Only on laptops
quiz-q06-a4 = Nowhere, if you are careful online and never open strange e-mails
quiz-q06-why = The letter asks for information security on end-user devices (computers, phones…), using anti-malware software that meets the requirements of the Prime Minister's Directive No. 14/CT-TTg of 25/5/2018.

quiz-q07 = Your computer may have malware, or someone has taken over your account. Whom do you tell?
quiz-q07-a1 = Nobody, you can handle it yourself
quiz-q07-a2 = Post it in the office's Zalo group so everyone knows to watch out
quiz-q07-a3 = The contact point, { $contact }
quiz-q07-a4 = Whoever just called you saying they are IT staff of the Department
quiz-q07-why = The letter asks you to tell { $agency } promptly when a computer has malware or an account was leaked or taken over; the contact point is { $contact }. “Report a problem” has the phone number and a ready-made e-mail.

quiz-q08 = You type a new password while the Vietnamese input method (Unikey, Telex) is on. What can happen?
quiz-q08-a1 = Nothing at all, the Vietnamese input method never affects a password box
quiz-q08-a2 = Letters may get accents (“aa” becomes “â”), so the password is wrong
quiz-q08-a3 = The password becomes stronger by itself
quiz-q08-why = Turn the Vietnamese input method off (switch to E) before typing a password. A password with accented letters may not work on another computer.

quiz-q09 = A caller says they are IT staff and asks you to install UltraViewer and read out the access code “to fix your account”. What do you do?
quiz-q09-a1 = Read the code out to get help quickly, since the caller named an agency and a job title
quiz-q09-a2 = Read the code out, but watch the screen
quiz-q09-a3 = Do not give the code; call the contact point back on the official number to ask
quiz-q09-why = Whoever has the access code controls your computer and can see passwords and documents. Only let someone control your computer when you yourself called for help on the official number.

quiz-q10 = The password “Ubndxa@2024” has upper-case and lower-case letters, digits and a special character. Is it safe?
quiz-q10-a1 = No: an agency name plus a year is what attackers try first
quiz-q10-a2 = Yes, it has upper-case and lower-case letters, digits and a special character
quiz-q10-a3 = Yes, if you change it to 2025 next year
quiz-q10-a4 = Yes, if you only use it at work
quiz-q10-why = Meeting the requirements does not make a password strong. Agency names, places, birthdays, years and “@123” are all on attackers' lists of guesses. Use a long phrase that has nothing to do with you.

quiz-q11 = Should you use one password for your official e-mail, the document management system and your personal Facebook?
quiz-q11-a1 = Yes, it is easier to remember
quiz-q11-a2 = No: a different password for each system
quiz-q11-a3 = Yes, if the password is long enough and has every kind of character
quiz-q11-why = When one place leaks, attackers try that password everywhere else at once. One password per system keeps an incident from spreading.

quiz-q12 = You think your computer has malware. What should you do first?
quiz-q12-a1 = Reinstall Windows at once to clean it, then put the old software back
quiz-q12-a2 = Change your passwords on that same computer
quiz-q12-a3 = Keep using it and see if anything odd happens
quiz-q12-a4 = Disconnect it, tell the contact point, change passwords elsewhere
quiz-q12-why = Malware on the computer can read even the new password you type, so change passwords on another computer. Reinstalling wipes the traces whoever handles the incident needs to find the cause.

quiz-q13 = You get a text: “Your vehicle has a traffic fine; look it up and pay at dichvucongs.top/vn before 5 pm today”. What should you do?
quiz-q13-a1 = Press the link at once to pay before the deadline
quiz-q13-a2 = Press it to have a look, just don't type a password
quiz-q13-a3 = Don't press it; type dichvucong.gov.vn yourself to look it up, or paste the message into TựKiểm's “Check a link”
quiz-q13-a4 = Forward the text to a colleague so they can pay for you
quiz-q13-why = “dichvucongs.top” only looks like the National Public Service Portal: the real name is dichvucong.gov.vn. Most government sites end in “.gov.vn”; a few other official ones (such as chinhphu.vn) are on TựKiểm's list. Scammers say “due today” so that you press in a hurry.

quiz-q14 = Which of these addresses really belongs to a government body?
quiz-q14-a1 = dichvucong.gov.vn.tracuu-online.com
quiz-q14-a2 = baohiemxahoi.gov.vn
quiz-q14-a3 = bhxh.co
quiz-q14-a4 = dichvucong-gov-vn.com
quiz-q14-why = A name that ends exactly in “.gov.vn” is one only state bodies can register. “gov.vn” in the middle of a name, written as “gov-vn”, or a short name on another ending such as “.co” are all signs of a fake site.
