# Kiểm tra đường link: tên các cơ quan, hệ thống nhà nước mà trang giả mạo mượn, và các lý do mới.

links-reason-state-company = Đây là trang thật của một doanh nghiệp nhà nước (như EVN và các tổng công ty điện lực), không phải trang của cơ quan nhà nước.
links-reason-state-media = Đây là trang thật của một cơ quan báo chí nhà nước.
links-reason-reported-fake = Sở đã báo trang này là trang giả mạo.
links-reason-reported-fake-on = Sở đã báo trang này là trang giả mạo (ngày { $date }, nguồn: { $source }).
links-reason-gov-as-domain = “gov” được đăng ký làm tên riêng dưới một đuôi không phải “.gov.vn”; ai cũng đăng ký được tên như vậy.
links-reason-gov-glued = Chữ “gov” được gắn vào tên cho giống địa chỉ của Nhà nước, nhưng tên không kết thúc bằng “.gov.vn”.
links-reason-name-with-lure = Tên cơ quan nhà nước được ghép với một chữ dụ người đọc bấm vào (như tra cứu, đăng nhập, vay tiền).
links-reason-name-with-lure-word = Tên cơ quan nhà nước được ghép với chữ “{ $lure }”{ $lure ->
    [dangnhap] {" "}(đăng nhập)
    [xacthuc] {" "}(xác thực)
    [xacminh] {" "}(xác minh)
    [tracuu] {" "}(tra cứu)
    [dangky] {" "}(đăng ký)
    [capnhat] {" "}(cập nhật)
    [nop] {" "}(nộp)
    [lam] {" "}(làm)
    [cap] {" "}(cấp)
    [hotro] {" "}(hỗ trợ)
    [cskh] {" "}(chăm sóc khách hàng)
    [vay] {" "}(vay)
    [vaytien] {" "}(vay tiền)
    [hoantien] {" "}(hoàn tiền)
    [thanhtoan] {" "}(thanh toán)
    [nopphat] {" "}(nộp phạt)
    [nopphi] {" "}(nộp phí)
    [datlich] {" "}(đặt lịch)
    [dichvu] {" "}(dịch vụ)
    [nhantien] {" "}(nhận tiền)
    [chinhthuc] {" "}(chính thức)
    [khachhang] {" "}(khách hàng)
    [tracuuthongtin] {" "}(tra cứu thông tin)
    [kichhoat] {" "}(kích hoạt)
   *[other] {""}
} để dụ người đọc bấm vào.
links-reason-state-name-in-domain = Dùng { $form ->
    [short] tên viết tắt
   *[full] tên
} của { $body } ({ $word }) trên một tên miền không phải của Nhà nước.
links-reason-state-name-in-subdomain = Gắn { $form ->
    [short] tên viết tắt
   *[full] tên
} của { $body } ({ $word }) vào đầu địa chỉ của một trang không phải của Nhà nước.
links-reason-lists-old = Danh sách trang giả mạo do Sở gửi đã cũ: có thể thiếu những trang giả mạo mới xuất hiện.
links-reason-lists-old-after = Danh sách trang giả mạo do Sở gửi đã cũ (quá ngày { $date }): có thể thiếu những trang giả mạo mới xuất hiện.

links-body-dvcqg = Cổng Dịch vụ công quốc gia
links-body-vneid = ứng dụng định danh điện tử VNeID
links-body-dancu = cơ sở dữ liệu dân cư và hệ thống quản lý cư trú của Bộ Công an
links-body-bhxh = Bảo hiểm xã hội Việt Nam
links-body-thue = cơ quan thuế (Cục Thuế)
links-body-csgt = Cục Cảnh sát giao thông
links-body-gplx = hệ thống giấy phép lái xe của Cục Đường bộ Việt Nam
links-body-xnc = Cục Quản lý xuất nhập cảnh
links-body-evisa = cổng thị thực điện tử của Cục Quản lý xuất nhập cảnh
links-body-haiquan = Cục Hải quan
links-body-dangkiem = Cục Đăng kiểm Việt Nam
links-body-khobac = Kho bạc Nhà nước
links-body-ncsc = Trung tâm Giám sát an toàn không gian mạng quốc gia
links-body-cancuoc = thẻ căn cước do Bộ Công an cấp
links-body-div = Bảo hiểm tiền gửi Việt Nam
links-body-kiemtoan = Kiểm toán nhà nước
links-body-thongke = Cục Thống kê (trước đây là Tổng cục Thống kê)
links-body-mattran = Mặt trận Tổ quốc Việt Nam
links-body-chinhphu = Chính phủ (Cổng Thông tin điện tử Chính phủ)
links-body-congthongtin = cổng thông tin điện tử của cơ quan nhà nước
links-body-bocongan = Bộ Công an
links-body-botaichinh = Bộ Tài chính
links-body-boyte = Bộ Y tế
links-body-bocongthuong = Bộ Công Thương
links-body-bogtvt = Bộ Giao thông vận tải
links-body-boxaydung = Bộ Xây dựng
links-body-bogiaoduc = Bộ Giáo dục và Đào tạo
links-body-bonoivu = Bộ Nội vụ
links-body-botuphap = Bộ Tư pháp
links-body-bongoaigiao = Bộ Ngoại giao
links-body-boquocphong = Bộ Quốc phòng
links-body-bolaodong = Bộ Lao động – Thương binh và Xã hội
links-body-bothongtin = Bộ Thông tin và Truyền thông
links-body-bokhoahoc = Bộ Khoa học và Công nghệ
links-body-sbv = Ngân hàng Nhà nước Việt Nam
links-body-ubnd = Ủy ban nhân dân tỉnh, thành phố
links-body-soyte = Sở Y tế tỉnh, thành phố
links-body-sotaichinh = Sở Tài chính tỉnh, thành phố
links-body-sotuphap = Sở Tư pháp tỉnh, thành phố
links-body-sogiaoduc = Sở Giáo dục và Đào tạo tỉnh, thành phố
links-body-sonoivu = Sở Nội vụ tỉnh, thành phố
links-body-evn = Tập đoàn Điện lực Việt Nam (EVN)
links-body-evnhanoi = Tổng công ty Điện lực TP Hà Nội (EVNHANOI)
links-body-evnhcmc = Tổng công ty Điện lực TP Hồ Chí Minh (EVNHCMC)
links-body-evnnpc = Tổng công ty Điện lực miền Bắc (EVNNPC)
links-body-evncpc = Tổng công ty Điện lực miền Trung (EVNCPC)
links-body-evnspc = Tổng công ty Điện lực miền Nam (EVNSPC)
links-body-vnpost = Tổng công ty Bưu điện Việt Nam (VNPost)
links-body-vnr = Tổng công ty Đường sắt Việt Nam
links-body-lltp = hệ thống cấp phiếu lý lịch tư pháp của Bộ Tư pháp
links-body-dkkd = Cổng thông tin quốc gia về đăng ký doanh nghiệp
links-body-datdai = Văn phòng đăng ký đất đai
links-body-toaan = Tòa án nhân dân
links-body-vienkiemsat = Viện kiểm sát nhân dân
links-body-thads = cơ quan thi hành án dân sự
links-body-vbsp = Ngân hàng Chính sách xã hội Việt Nam
links-body-vdb = Ngân hàng Phát triển Việt Nam (VDB)
links-body-bonongnghiep = Bộ Nông nghiệp và Môi trường
links-body-bonnptnt = Bộ Nông nghiệp và Phát triển nông thôn (nay là Bộ Nông nghiệp và Môi trường)
links-body-botainguyen = Bộ Tài nguyên và Môi trường (nay là Bộ Nông nghiệp và Môi trường)
links-body-bovanhoa = Bộ Văn hóa, Thể thao và Du lịch
links-body-bokehoach = Bộ Kế hoạch và Đầu tư (nay thuộc Bộ Tài chính)
links-body-bodantoc = Bộ Dân tộc và Tôn giáo
links-body-thanhtra = Thanh tra Chính phủ
links-body-quochoi = Quốc hội
links-body-soxaydung = Sở Xây dựng tỉnh, thành phố
links-body-socongthuong = Sở Công Thương tỉnh, thành phố
links-body-sonongnghiep = Sở Nông nghiệp và Môi trường tỉnh, thành phố
links-body-solaodong = Sở Lao động – Thương binh và Xã hội tỉnh, thành phố
links-body-sokehoach = Sở Kế hoạch và Đầu tư tỉnh, thành phố
links-body-sovanhoa = Sở Văn hóa, Thể thao và Du lịch tỉnh, thành phố
links-body-sokhoahoc = Sở Khoa học và Công nghệ tỉnh, thành phố
links-body-sogtvt = Sở Giao thông vận tải tỉnh, thành phố
links-body-sotttt = Sở Thông tin và Truyền thông tỉnh, thành phố
