# Link check: the names of state bodies and systems that fake sites borrow, and the new reasons.

links-reason-state-company = This is the real site of a state-owned company (such as EVN and its power corporations), not of a state body.
links-reason-state-media = This is the real site of a state newspaper or broadcaster.
links-reason-reported-fake = The Department reported this site as a fake.
links-reason-reported-fake-on = The Department reported this site as a fake ({ $date }, source: { $source }).
links-reason-gov-as-domain = “gov” is registered as a name under an ending that is not “.gov.vn”; anyone can register such a name.
links-reason-gov-glued = “gov” is stuck onto the name to look like a government address, but the name does not end in “.gov.vn”.
links-reason-name-with-lure = The name of a state body is glued to a word that lures the reader into clicking (such as look-up, log-in, loan).
links-reason-name-with-lure-word = The name of a state body is glued to the word “{ $lure }”{ $lure ->
    [dangnhap] {" "}(“log in”)
    [xacthuc] {" "}(“verify”)
    [xacminh] {" "}(“verify”)
    [tracuu] {" "}(“look up”)
    [dangky] {" "}(“register”)
    [capnhat] {" "}(“update”)
    [nop] {" "}(“submit”)
    [lam] {" "}(“apply for”)
    [cap] {" "}(“issue”)
    [hotro] {" "}(“support”)
    [cskh] {" "}(“customer care”)
    [vay] {" "}(“borrow”)
    [vaytien] {" "}(“borrow money”)
    [hoantien] {" "}(“refund”)
    [thanhtoan] {" "}(“pay”)
    [nopphat] {" "}(“pay a fine”)
    [nopphi] {" "}(“pay a fee”)
    [datlich] {" "}(“book an appointment”)
    [dichvu] {" "}(“service”)
    [nhantien] {" "}(“receive money”)
    [chinhthuc] {" "}(“official”)
    [khachhang] {" "}(“customer”)
    [tracuuthongtin] {" "}(“look up information”)
    [kichhoat] {" "}(“activate”)
   *[other] {""}
} to lure the reader into clicking.
links-reason-state-name-in-domain = Uses the { $form ->
    [short] short name
   *[full] name
} of { $body } ({ $word }) on a domain that is not the State's.
links-reason-state-name-in-subdomain = Puts the { $form ->
    [short] short name
   *[full] name
} of { $body } ({ $word }) at the start of the address of a site that is not the State's.
links-reason-lists-old = The Department's list of fake sites is old: newer fakes may be missing from it.
links-reason-lists-old-after = The Department's list of fake sites is old (past { $date }): newer fakes may be missing from it.

links-body-dvcqg = the National Public Service Portal
links-body-vneid = the VNeID electronic identification application
links-body-dancu = the Ministry of Public Security's population database and residence registration
links-body-bhxh = Viet Nam Social Security
links-body-thue = the tax authority (Tax Department)
links-body-csgt = the Traffic Police Department
links-body-gplx = the driving-licence system of the Viet Nam Road Administration
links-body-xnc = the Immigration Department
links-body-evisa = the Immigration Department's e-visa portal
links-body-haiquan = the Customs Department
links-body-dangkiem = Viet Nam Register
links-body-khobac = the State Treasury
links-body-ncsc = the National Cyber Security Centre
links-body-cancuoc = the identity card issued by the Ministry of Public Security
links-body-div = Deposit Insurance of Vietnam
links-body-kiemtoan = the State Audit Office
links-body-thongke = the General Statistics Office
links-body-mattran = the Vietnam Fatherland Front
links-body-chinhphu = the Government (Government Portal)
links-body-congthongtin = a state body's e-portal
links-body-bocongan = the Ministry of Public Security
links-body-botaichinh = the Ministry of Finance
links-body-boyte = the Ministry of Health
links-body-bocongthuong = the Ministry of Industry and Trade
links-body-bogtvt = the Ministry of Transport
links-body-boxaydung = the Ministry of Construction
links-body-bogiaoduc = the Ministry of Education and Training
links-body-bonoivu = the Ministry of Home Affairs
links-body-botuphap = the Ministry of Justice
links-body-bongoaigiao = the Ministry of Foreign Affairs
links-body-boquocphong = the Ministry of National Defence
links-body-bolaodong = the Ministry of Labour, Invalids and Social Affairs
links-body-bothongtin = the Ministry of Information and Communications
links-body-bokhoahoc = the Ministry of Science and Technology
links-body-sbv = the State Bank of Viet Nam
links-body-ubnd = a provincial People's Committee
links-body-soyte = a provincial Health Department (Sở Y tế)
links-body-sotaichinh = a provincial Finance Department (Sở Tài chính)
links-body-sotuphap = a provincial Justice Department (Sở Tư pháp)
links-body-sogiaoduc = a provincial Education and Training Department (Sở Giáo dục và Đào tạo)
links-body-sonoivu = a provincial Home Affairs Department (Sở Nội vụ)
links-body-evn = Viet Nam Electricity (EVN)
links-body-evnhanoi = Hanoi Power Corporation (EVNHANOI)
links-body-evnhcmc = Ho Chi Minh City Power Corporation (EVNHCMC)
links-body-evnnpc = Northern Power Corporation (EVNNPC)
links-body-evncpc = Central Power Corporation (EVNCPC)
links-body-evnspc = Southern Power Corporation (EVNSPC)
links-body-vnpost = Vietnam Post (VNPost)
links-body-vnr = Vietnam Railways (VNR)
links-body-lltp = the Ministry of Justice's criminal-record certificate system
links-body-dkkd = the National Business Registration Portal
links-body-datdai = a Land Registration Office
links-body-toaan = the People's Courts
links-body-vienkiemsat = the People's Procuracy
links-body-thads = the civil judgment enforcement authority
links-body-vbsp = the Vietnam Bank for Social Policies
links-body-vdb = the Vietnam Development Bank (VDB)
links-body-bonongnghiep = the Ministry of Agriculture and Environment
links-body-bonnptnt = the Ministry of Agriculture and Rural Development (now the Ministry of Agriculture and Environment)
links-body-botainguyen = the Ministry of Natural Resources and Environment (now the Ministry of Agriculture and Environment)
links-body-bovanhoa = the Ministry of Culture, Sports and Tourism
links-body-bokehoach = the Ministry of Planning and Investment (now part of the Ministry of Finance)
links-body-bodantoc = the Ministry of Ethnic and Religious Affairs
links-body-thanhtra = the Government Inspectorate
links-body-quochoi = the National Assembly
links-body-soxaydung = a provincial Construction Department (Sở Xây dựng)
links-body-socongthuong = a provincial Industry and Trade Department (Sở Công Thương)
links-body-sonongnghiep = a provincial Agriculture and Environment Department (Sở Nông nghiệp và Môi trường)
links-body-solaodong = a provincial Labour, Invalids and Social Affairs Department (Sở Lao động – Thương binh và Xã hội)
links-body-sokehoach = a provincial Planning and Investment Department (Sở Kế hoạch và Đầu tư)
links-body-sovanhoa = a provincial Culture, Sports and Tourism Department (Sở Văn hóa, Thể thao và Du lịch)
links-body-sokhoahoc = a provincial Science and Technology Department (Sở Khoa học và Công nghệ)
links-body-sogtvt = a provincial Transport Department (Sở Giao thông vận tải)
links-body-sotttt = a provincial Information and Communications Department (Sở Thông tin và Truyền thông)
