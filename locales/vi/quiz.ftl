# Câu hỏi ôn tập. Thứ tự câu, số đáp án và đáp án đúng ở crates/core/data/quiz.toml.
# Mọi câu đều có thể dùng { $agency } (cơ quan ra khuyến cáo), { $contact } (người đầu mối)
# và { $min } (độ dài tối thiểu của mật khẩu) lấy từ hồ sơ cơ quan.

quiz-title = Câu hỏi ôn tập
quiz-intro = Gồm { $total } câu hỏi ngắn theo khuyến cáo. Chọn một đáp án để xem giải thích. Câu trả lời không được lưu lại.
quiz-progress = Câu { $n }/{ $total }
quiz-right = Đúng rồi!
quiz-wrong = Chưa đúng
quiz-right-answer = Đáp án đúng là { $letter }.
quiz-chosen = Bạn chọn
quiz-correct-tag = Đáp án đúng
quiz-next = Câu tiếp theo
quiz-finish = Xem kết quả
quiz-score-title = Kết quả
quiz-score = { $right }/{ $total }
quiz-score-line = Bạn trả lời đúng { $right } trên { $total } câu.
quiz-band-great = Rất tốt! Bạn đã nắm vững khuyến cáo.
quiz-band-good = Khá tốt. Hãy xem lại những câu chưa đúng.
quiz-band-review = Nên đọc lại khuyến cáo rồi làm lại.
quiz-again = Làm lại
quiz-read-advice = Đọc khuyến cáo
quiz-failed = Không chấm được câu trả lời này. Hãy bấm “Làm lại”.

quiz-q01 = Theo công văn, mật khẩu mới phải thế nào?
quiz-q01-a1 = Ít nhất 6 ký tự, miễn là dễ nhớ
quiz-q01-a2 = Ít nhất { $min } ký tự, có chữ in hoa, chữ thường, chữ số và ký tự đặc biệt
quiz-q01-a3 = Chỉ cần chữ thường và chữ số
quiz-q01-a4 = Giữ nguyên mật khẩu cơ quan cấp lúc đầu
quiz-q01-why = Công văn yêu cầu mật khẩu tối thiểu { $min } ký tự, có đủ chữ in hoa, chữ thường, chữ số và ký tự đặc biệt như * # @ $.

quiz-q02 = Bạn vừa được cấp tài khoản kèm mật khẩu mặc định. Nên làm gì?
quiz-q02-a1 = Cứ dùng mật khẩu đó, vì cơ quan đã cấp thì chắc là an toàn
quiz-q02-a2 = Khi nào rảnh thì đổi
quiz-q02-a3 = Đổi mật khẩu ngay sau lần đăng nhập đầu tiên
quiz-q02-a4 = Nhờ một đồng nghiệp thân tín giữ hộ mật khẩu cho chắc
quiz-q02-why = Mật khẩu mặc định nhiều người biết và dễ đoán. Không đổi mật khẩu mặc định là một trong hai nguyên nhân làm lộ tài khoản các hệ thống dùng chung.

quiz-q03 = Đăng nhập hệ thống dùng chung xong, trình duyệt hỏi có lưu mật khẩu không. Bạn chọn gì?
quiz-q03-a1 = Không lưu
quiz-q03-a2 = Lưu, để lần sau khỏi phải gõ
quiz-q03-a3 = Lưu, vì trình duyệt đã giữ kín mật khẩu
quiz-q03-why = Mã độc đánh cắp thông tin lấy được mật khẩu lưu trong trình duyệt; đó là nguyên nhân thứ hai làm lộ tài khoản. Nếu đã lỡ lưu, hãy xóa mật khẩu đã lưu rồi đổi mật khẩu.

quiz-q04 = Bạn nhận thư: “Tài khoản sắp bị khóa, bấm vào đây để đăng nhập lại”. Nên làm gì?
quiz-q04-a1 = Bấm vào đường liên kết và đăng nhập ngay, kẻo tài khoản bị khóa thật
quiz-q04-a2 = Không bấm; tự mở trang hệ thống như mọi ngày, hoặc hỏi đầu mối
quiz-q04-a3 = Chuyển thư cho đồng nghiệp bấm thử trước, không sao thì mình bấm theo
quiz-q04-why = Đây là kiểu lừa đảo hay gặp: trang giả mạo giống hệt trang thật để lấy mật khẩu. Công văn nhắc cảnh giác với đường liên kết và trang web giả mạo.

quiz-q05 = Bạn cần cài bộ gõ tiếng Việt và thấy quảng cáo “Tải miễn phí, bản mới nhất”. Nên làm gì?
quiz-q05-a1 = Tải ngay từ quảng cáo cho nhanh
quiz-q05-a2 = Tải bản bẻ khóa cho đỡ tốn tiền
quiz-q05-a3 = Tải ở trang nào cũng được, máy có phần mềm phòng, chống mã độc rồi
quiz-q05-a4 = Chỉ tải từ trang chính thức của nhà sản xuất
quiz-q05-why = Mã độc đánh cắp mật khẩu hay đến từ quảng cáo, trang web giả mạo và phần mềm bẻ khóa. Chỉ cài phần mềm từ nguồn chính thức.

quiz-q06 = Theo công văn, cần dùng phần mềm phòng, chống mã độc ở đâu?
quiz-q06-a1 = Chỉ trên máy chủ của cơ quan
quiz-q06-a2 = Trên thiết bị người dùng: máy tính, điện thoại…
quiz-q06-a3 = Chỉ trên máy tính xách tay
quiz-q06-a4 = Không cần, nếu mình dùng mạng cẩn thận và không mở thư lạ
quiz-q06-why = Công văn đề nghị bảo đảm an toàn thông tin trên thiết bị người dùng cuối (máy tính, điện thoại…), dùng phần mềm phòng, chống mã độc đáp ứng yêu cầu tại Chỉ thị số 14/CT-TTg ngày 25/5/2018 của Thủ tướng Chính phủ.

quiz-q07 = Máy tính nghi nhiễm mã độc, hoặc tài khoản bị người khác chiếm. Bạn báo cho ai?
quiz-q07-a1 = Không cần báo, tự xử lý là được
quiz-q07-a2 = Đăng lên nhóm Zalo của cơ quan để mọi người cùng biết mà tránh
quiz-q07-a3 = Đầu mối liên hệ, { $contact }
quiz-q07-a4 = Người vừa gọi điện đến, tự xưng là cán bộ kỹ thuật của Sở
quiz-q07-why = Công văn đề nghị kịp thời báo { $agency } khi máy nhiễm mã độc hoặc tài khoản bị lộ, bị chiếm; đầu mối liên hệ là { $contact }. Mục “Báo sự cố” có sẵn số điện thoại và thư soạn sẵn.

quiz-q08 = Bạn gõ mật khẩu mới khi bộ gõ tiếng Việt (Unikey, kiểu Telex) đang bật. Điều gì có thể xảy ra?
quiz-q08-a1 = Không sao cả, vì bộ gõ tiếng Việt không bao giờ ảnh hưởng đến ô mật khẩu
quiz-q08-a2 = Chữ có thể bị thêm dấu (“aa” thành “â”), nên mật khẩu bị sai đi
quiz-q08-a3 = Mật khẩu tự mạnh hơn
quiz-q08-why = Hãy tắt bộ gõ tiếng Việt (chuyển sang E) trước khi gõ mật khẩu. Mật khẩu lẫn chữ có dấu có thể không đăng nhập được ở máy khác.

quiz-q09 = Có người gọi điện, tự xưng là cán bộ kỹ thuật, nhờ bạn cài UltraViewer rồi đọc mã truy cập để “sửa lỗi tài khoản”. Bạn làm gì?
quiz-q09-a1 = Đọc mã để được hỗ trợ nhanh, vì người gọi nói rõ tên cơ quan và chức danh
quiz-q09-a2 = Đọc mã nhưng ngồi xem màn hình
quiz-q09-a3 = Không đọc mã; gọi lại đầu mối theo số điện thoại chính thức để hỏi
quiz-q09-why = Ai có mã truy cập là điều khiển được máy của bạn, xem được mật khẩu và tài liệu. Chỉ cho người khác điều khiển máy khi chính bạn gọi nhờ hỗ trợ qua số chính thức.

quiz-q10 = Mật khẩu “Ubndxa@2024” có chữ hoa, chữ thường, chữ số và ký tự đặc biệt. Nó có an toàn không?
quiz-q10-a1 = Không: ghép tên cơ quan với năm là kiểu kẻ xấu thử đầu tiên
quiz-q10-a2 = Có, vì đã có đủ chữ in hoa, chữ thường, chữ số và ký tự đặc biệt
quiz-q10-a3 = Có, nếu năm sau đổi thành 2025
quiz-q10-a4 = Có, nếu chỉ dùng ở cơ quan
quiz-q10-why = Đủ yêu cầu chưa chắc đã mạnh. Tên cơ quan, địa danh, ngày sinh, năm và “@123” đều nằm trong danh sách kẻ xấu đoán thử. Hãy dùng một cụm từ dài, không liên quan đến bạn.

quiz-q11 = Có nên dùng một mật khẩu cho cả thư công vụ, hệ thống quản lý văn bản và Facebook cá nhân?
quiz-q11-a1 = Có, cho dễ nhớ
quiz-q11-a2 = Không: mỗi hệ thống một mật khẩu riêng
quiz-q11-a3 = Có, nếu mật khẩu đủ dài và có đủ các loại ký tự
quiz-q11-why = Khi một nơi bị lộ, kẻ xấu thử ngay mật khẩu đó ở mọi nơi khác. Mỗi hệ thống một mật khẩu thì sự cố không lan rộng.

quiz-q12 = Bạn nghi máy tính đã nhiễm mã độc. Nên làm gì trước tiên?
quiz-q12-a1 = Cài lại Windows ngay cho sạch, rồi cài lại các phần mềm như cũ
quiz-q12-a2 = Đổi mật khẩu ngay trên chính máy đó
quiz-q12-a3 = Cứ dùng tiếp, chờ xem có gì lạ
quiz-q12-a4 = Ngắt mạng, báo đầu mối, đổi mật khẩu ở máy khác
quiz-q12-why = Mã độc trên máy đọc được cả mật khẩu mới gõ, nên hãy đổi mật khẩu ở máy khác. Cài lại máy sẽ xóa dấu vết mà người xử lý sự cố cần để tìm nguyên nhân.

quiz-q13 = Bạn nhận tin nhắn: “Xe của bạn bị phạt nguội, tra cứu và nộp phạt tại dichvucongs.top/vn trước 17h hôm nay”. Nên làm gì?
quiz-q13-a1 = Bấm vào ngay để nộp phạt cho kịp hạn
quiz-q13-a2 = Bấm vào xem thử, chỉ không nhập mật khẩu là được
quiz-q13-a3 = Không bấm vào; tự gõ dichvucong.gov.vn để tra cứu, hoặc dán tin nhắn vào mục “Kiểm tra đường link” của TựKiểm
quiz-q13-a4 = Chuyển tin nhắn cho đồng nghiệp để họ nộp giúp
quiz-q13-why = “dichvucongs.top” chỉ giống tên Cổng Dịch vụ công quốc gia: địa chỉ thật là dichvucong.gov.vn. Hầu hết trang của cơ quan nhà nước có tên kết thúc bằng “.gov.vn”; một số ít trang chính thức khác (như chinhphu.vn) có trong danh sách của TựKiểm. Kẻ xấu hay dọa “hết hạn hôm nay” để bạn vội bấm.

quiz-q14 = Địa chỉ nào dưới đây đúng là trang của cơ quan nhà nước?
quiz-q14-a1 = dichvucong.gov.vn.tracuu-online.com
quiz-q14-a2 = baohiemxahoi.gov.vn
quiz-q14-a3 = bhxh.co
quiz-q14-a4 = dichvucong-gov-vn.com
quiz-q14-why = Tên kết thúc đúng bằng “.gov.vn” là tên chỉ cơ quan nhà nước mới đăng ký được. “gov.vn” nằm giữa tên, bị viết thành “gov-vn”, hay tên viết tắt gắn với đuôi khác như “.co” đều là dấu hiệu trang giả.
