<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name />
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="198" />
        <source>Chưa nhập: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="25" />
        <source>Tổng quan chỉ số</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="29" />
        <source>Làm mới (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="32" />
        <source>Tỷ lệ giải quyết đúng hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="33" />
        <source>Tỷ lệ hài lòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="34" />
        <source>Tỷ lệ số hóa hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="35" />
        <source>Tỷ lệ hồ sơ trực tuyến</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="36" />
        <source>Tỷ lệ thanh toán trực tuyến</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="37" />
        <source>Hồ sơ đang giải quyết theo lĩnh vực</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="38" />
        <source>Trong hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="38" />
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="41" />
        <source>Quá hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="40" />
        <source>Hồ sơ đã giải quyết theo tháng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="41" />
        <source>Trước/đúng hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="43" />
        <source>Hồ sơ tiếp nhận 30 ngày gần nhất</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="44" />
        <source>Số hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="45" />
        <source>Đánh giá mức độ hài lòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="46" />
        <source>Số lượt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="72" />
        <source>Đang tính…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="94" />
        <source>Từ ngày %1 đến ngày %2 · Tiếp nhận %3 · Đã giải quyết %4 · Đang giải quyết %5 (quá hạn %6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="98" />
        <source>%1 trước/đúng hạn trên %2 đã giải quyết</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="102" />
        <source>%1 hài lòng trên %2 lượt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="105" />
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="108" />
        <source>%1 trên %2 hồ sơ tiếp nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="111" />
        <source>%1 trên %2 lượt nộp phí</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="120" />
        <source>Hài lòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="120" />
        <source>Chấp nhận được</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dashboard/screen.py" line="121" />
        <source>Không hài lòng</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailScreen</name>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="66" />
        <source>← Danh sách (Alt+←)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="90" />
        <source>Người nộp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="91" />
        <source>Số định danh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="92" />
        <source>Ngày sinh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="93" />
        <source>Điện thoại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="94" />
        <source>Địa chỉ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="95" />
        <source>Thư điện tử</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="96" />
        <source>Hình thức nộp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="97" />
        <source>Tiếp nhận / giải quyết</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="98" />
        <source>Phí, lệ phí</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="99" />
        <source>Người đang xử lý</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="100" />
        <source>Đánh giá</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="106" />
        <source>Thông tin hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="121" />
        <source>Quá trình giải quyết</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="127" />
        <source>Bản quét đính kèm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="131" />
        <source>Thao tác</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="143" />
        <source>In giấy tiếp nhận (01)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="144" />
        <source>In phiếu kiểm soát (06)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="149" />
        <source>Chức năng in chưa được cài đặt trong bản này.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="216" />
        <source>Hẹn trả: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="218" />
        <source>Chưa có ngày hẹn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="221" />
        <source>Hẹn ban đầu: %1 (đã hẹn lại %2 lần)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="225" />
        <source>Đang dừng tính thời gian từ %1 (chờ bổ sung).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="228" />
        <source>Kết thúc lúc %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="238" />
        <source> (giờ làm việc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="256" />
        <source>(chưa phân công)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="257" />
        <source>(chưa đánh giá)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="307" />
        <source>Chưa chọn ngày hẹn mới.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="312" />
        <source>ngày nghỉ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="313" />
        <source>Ngày %1 là ngày nghỉ (%2); hãy chọn ngày làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="319" />
        <source>Ngày hẹn mới phải sau ngày hẹn hiện tại (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="324" />
        <source>Ngày sinh phải theo dạng ngày/tháng/năm, ví dụ 05/02/1990.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="335" />
        <source>Chọn bản quét</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="336" />
        <source>Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="389" />
        <source>Không có thông tin nào thay đổi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="398" />
        <source>Đang lưu…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/screen.py" line="406" />
        <source>Đã ghi: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <location filename="../../commune_desk/ui/dossiers/model.py" line="40" />
        <source>Mã hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/model.py" line="41" />
        <source>Người nộp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/model.py" line="42" />
        <source>Thủ tục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/model.py" line="43" />
        <source>Lĩnh vực</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/model.py" line="44" />
        <source>Trạng thái</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/model.py" line="45" />
        <source>Ngày nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/model.py" line="46" />
        <source>Hẹn trả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/model.py" line="47" />
        <source>Thời hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/model.py" line="48" />
        <source>Người xử lý</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DossierListScreen</name>
    <message>
        <location filename="../../commune_desk/ui/dossiers/screen.py" line="60" />
        <source>Mọi trạng thái</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/screen.py" line="61" />
        <source>Đang mở (chưa xong)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/screen.py" line="70" />
        <source>Nhận từ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/screen.py" line="79" />
        <source>Bỏ lọc việc cần làm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/screen.py" line="114" />
        <source>đến</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/screen.py" line="159" />
        <source>Mọi thủ tục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/screen.py" line="160" />
        <source>Mọi lĩnh vực</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/screen.py" line="161" />
        <source>Mọi người xử lý</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/screen.py" line="216" />
        <source>Việc cần làm: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/screen.py" line="237" />
        <source>Không sắp xếp được theo cột này.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/screen.py" line="264" />
        <source>Đang tải…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/screen.py" line="267" />
        <source>%1 hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/dossiers/screen.py" line="278" />
        <source>Lỗi khi tải danh sách</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="88" />
        <source>Người nộp hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="90" />
        <source>Họ và tên *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="91" />
        <source>Số định danh cá nhân *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="92" />
        <source>Ngày sinh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="93" />
        <source>Điện thoại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="94" />
        <source>Địa chỉ *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="95" />
        <source>Thư điện tử</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="100" />
        <source>Thủ tục hành chính *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="112" />
        <source>Giấy tờ đã nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="112" />
        <source>Bản chính</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="112" />
        <source>Số lượng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="121" />
        <source>Giấy tờ (Dấu cách để đánh dấu)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="125" />
        <source>Số bộ hồ sơ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="137" />
        <source>Tiếp nhận và trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="139" />
        <source>Hình thức nộp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="140" />
        <source>Hình thức trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="141" />
        <source>Đơn vị tiếp nhận *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="142" />
        <source>Cơ quan giải quyết *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="165" />
        <source>Phí, lệ phí</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="167" />
        <source>Quy định</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="168" />
        <source>Số bản</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="169" />
        <source>Số trang mỗi bản</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="170" />
        <source>Mức của tỉnh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="171" />
        <source>Miễn phí</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="172" />
        <source>Số tiền</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="173" />
        <source>Hình thức nộp phí</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="183" />
        <source>Hẹn trả kết quả (tính trước khi lưu)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="189" />
        <source>Lưu hồ sơ (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="193" />
        <source>In giấy tiếp nhận (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="196" />
        <source>Mở hồ sơ vừa lưu (Ctrl+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="198" />
        <source>Xóa trắng (Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="279" />
        <source>Chức năng in giấy tiếp nhận chưa được cài đặt trong bản này.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="433" />
        <source>Không</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="436" />
        <source>Lĩnh vực: %1 · Thời hạn: %2 · Mã: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="532" />
        <source>Chọn thủ tục để tính ngày hẹn trả.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="538" />
        <source>Không tính được ngày hẹn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="541" />
        <source>Hẹn trả: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="586" />
        <source>Chưa lưu được — còn %1 lỗi: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="599" />
        <source>Đang lưu…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="609" />
        <source>Đã lưu hồ sơ %1 — hẹn trả %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/intake/screen.py" line="623" />
        <source>Chưa lưu được: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="52" />
        <source>Bàn làm việc một cửa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="73" />
        <source>Điều hướng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="80" />
        <source>Việc cần làm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="81" />
        <source>Danh sách hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="82" />
        <source>Tiếp nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="83" />
        <source>Tổng quan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="84" />
        <source>Báo cáo, sổ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="85" />
        <location filename="../../commune_desk/ui/main_window.py" line="151" />
        <source>Đồng bộ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="86" />
        <location filename="../../commune_desk/ui/main_window.py" line="151" />
        <source>Vướng mắc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="87" />
        <location filename="../../commune_desk/ui/main_window.py" line="152" />
        <source>Tài khoản</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="88" />
        <source>Cài đặt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="101" />
        <source>Tìm hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="150" />
        <source>trạng thái đồng bộ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="150" />
        <source>Báo cáo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="154" />
        <source>Không mở được phần “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="201" />
        <source>Đang xử lý…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/main_window.py" line="210" />
        <source>Có lỗi</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <location filename="../../commune_desk/ui/intake/picker.py" line="28" />
        <source>Gõ tên hoặc mã thủ tục, ví dụ: khai sinh, chung thuc</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="178" />
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="179" />
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="180" />
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="181" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="182" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="183" />
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="184" />
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="185" />
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="186" />
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="187" />
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="188" />
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="189" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="190" />
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="191" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="192" />
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="193" />
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="194" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="164" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="165" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="166" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="167" />
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="168" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="169" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="170" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="146" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="147" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="148" />
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="149" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="150" />
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="151" />
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="152" />
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="153" />
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="154" />
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="155" />
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="156" />
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="157" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="158" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="159" />
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="160" />
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="161" />
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="162" />
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="163" />
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="171" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="172" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="173" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="174" />
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="175" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="176" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="177" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../commune_desk/ui/dossiers/search.py" line="35" />
        <source>Tìm: tên, mã hồ sơ, số định danh, điện thoại… (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="85" />
        <source>Lưu thông tin bàn làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="87" />
        <source>Đơn vị và bàn làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="89" />
        <source>Tên xã, phường</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="90" />
        <source>Mã xã (5 chữ số)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="91" />
        <source>Mã định danh cơ quan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="92" />
        <source>Số bàn (1–9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="93" />
        <source>Đơn vị tiếp nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="99" />
        <source>Mùa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="99" />
        <source>Từ ngày (ngày/tháng)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="100" />
        <source>Các buổi (07:00-11:30, 13:30-17:00)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="105" />
        <source>Thêm mùa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="106" />
        <source>Lưu giờ làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="108" />
        <source>Giờ làm việc theo mùa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="121" />
        <location filename="../../commune_desk/ui/settings/screen.py" line="144" />
        <source>Ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="121" />
        <location filename="../../commune_desk/ui/settings/screen.py" line="145" />
        <source>Loại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="122" />
        <location filename="../../commune_desk/ui/settings/screen.py" line="146" />
        <source>Tên</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="122" />
        <source>Văn bản căn cứ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="133" />
        <source>ví dụ: Nghỉ bù Quốc khánh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="135" />
        <source>ví dụ: Thông báo 123/TB-UBND ngày 01/8/2026</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="136" />
        <source>Thêm ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="137" />
        <source>Xóa ngày đã chọn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="140" />
        <source>Lịch làm việc: ngày nghỉ, ngày làm bù</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="147" />
        <source>Văn bản căn cứ *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="158" />
        <source>Nhập danh mục thủ tục từ tệp Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="160" />
        <source>Danh mục thủ tục hành chính</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="169" />
        <source>Ngôn ngữ giao diện</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="171" />
        <source>Ngôn ngữ (áp dụng khi mở lại)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="177" />
        <source>Chỉ quản trị viên được sửa thông tin bàn làm việc và giờ làm việc; lịch và danh mục theo quyền của tài khoản.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="249" />
        <source>Đang dùng: %1 (phiên bản %2, hiệu lực từ %3, %4 thủ tục)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="285" />
        <source>Tên xã, phường không được để trống.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="290" />
        <source>Đã lưu thông tin bàn làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="302" />
        <source>Mùa mới</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="313" />
        <source>Đã lưu giờ làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="319" />
        <source>Chưa nhập tên ngày (ví dụ: Nghỉ bù Quốc khánh).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="321" />
        <source>Chưa nhập văn bản căn cứ (số, ngày của thông báo).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="326" />
        <source>Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="338" />
        <source>Đã thêm ngày %1 vào lịch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="347" />
        <source>Hãy chọn một ngày trong bảng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="351" />
        <source>Đã xóa ngày %1 khỏi lịch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="354" />
        <source>Chọn tệp danh mục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="355" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="362" />
        <source>Đang nhập danh mục…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="364" />
        <source>Đã nhập danh mục thủ tục.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/settings/screen.py" line="368" />
        <source>Ngôn ngữ sẽ được áp dụng khi mở lại phần mềm.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../commune_desk/ui/detail/timeline.py" line="21" />
        <source>Thời điểm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/timeline.py" line="22" />
        <source>Bước</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/timeline.py" line="23" />
        <source>Người thực hiện</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/timeline.py" line="24" />
        <source>Nội dung</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorklistScreen</name>
    <message>
        <location filename="../../commune_desk/ui/worklist/screen.py" line="22" />
        <source>Quá hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/worklist/screen.py" line="23" />
        <source>Đã qua hẹn trả, chưa có kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/worklist/screen.py" line="24" />
        <source>Đến hạn hôm nay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/worklist/screen.py" line="25" />
        <source>Hẹn trả trong ngày hôm nay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/worklist/screen.py" line="26" />
        <source>Đến hạn trong 1 ngày làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/worklist/screen.py" line="27" />
        <source>Hẹn trả đến hết ngày làm việc kế tiếp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/worklist/screen.py" line="28" />
        <source>Chờ bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/worklist/screen.py" line="29" />
        <source>Đang dừng tính thời gian, chờ công dân bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/worklist/screen.py" line="31" />
        <source>Được giao cho tôi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/worklist/screen.py" line="32" />
        <source>Hồ sơ đang mở tôi phụ trách</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/worklist/screen.py" line="92" />
        <source>+  Tiếp nhận hồ sơ mới (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/worklist/screen.py" line="128" />
        <source>Việc cần làm — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/worklist/screen.py" line="130" />
        <source>Hôm nay là ngày làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/worklist/screen.py" line="131" />
        <source>Hôm nay là ngày nghỉ (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/worklist/screen.py" line="146" />
        <source>Đang mở: %1 hồ sơ · Toàn bộ lưu trữ: %2 hồ sơ</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="64" />
        <source>Chuyển / phân công</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="65" />
        <source>Chuyển cho (tên đăng nhập)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="66" />
        <location filename="../../commune_desk/ui/detail/actions.py" line="77" />
        <location filename="../../commune_desk/ui/detail/actions.py" line="88" />
        <location filename="../../commune_desk/ui/detail/actions.py" line="93" />
        <location filename="../../commune_desk/ui/detail/actions.py" line="104" />
        <source>Ghi chú</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="68" />
        <source>Yêu cầu bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="70" />
        <source>Nội dung cần bổ sung (mỗi dòng một mục)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="71" />
        <location filename="../../commune_desk/ui/detail/actions.py" line="99" />
        <source>Lý do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="72" />
        <source>Căn cứ pháp lý</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="74" />
        <source>Lãnh đạo duyệt yêu cầu lần hai (nếu có)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="76" />
        <source>Nhận hồ sơ bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="78" />
        <source>Từ chối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="79" />
        <source>Lý do từ chối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="81" />
        <source>Xin lỗi, hẹn lại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="82" />
        <source>Ngày hẹn mới</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="83" />
        <source>Lý do chậm trễ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="84" />
        <source>Người ký văn bản xin lỗi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="86" />
        <source>Có kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="87" />
        <source>Kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="90" />
        <source>Trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="91" />
        <source>Hình thức trả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="95" />
        <source>Dừng / rút hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="96" />
        <source>Căn cứ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="97" />
        <source>Theo đề nghị của công dân</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="98" />
        <source>Theo quy định của pháp luật</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="100" />
        <source>Xử lý giấy tờ, phí đã nộp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="102" />
        <source>Đánh giá hài lòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="103" />
        <source>Mức độ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="106" />
        <source>Đính chính thông tin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="107" />
        <source>Họ và tên</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="108" />
        <source>Số định danh cá nhân</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="109" />
        <source>Ngày sinh (dd/mm/yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="110" />
        <source>Điện thoại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="111" />
        <source>Địa chỉ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="112" />
        <source>Thư điện tử</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="113" />
        <source>Lý do đính chính</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/detail/actions.py" line="115" />
        <source>Đính kèm bản quét…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="103" />
        <source>Miễn phí</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../commune_desk/ui/i18n.py" line="122" />
        <source>%n ngày</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../commune_desk/ui/i18n.py" line="124" />
        <source>%n giờ</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../commune_desk/ui/i18n.py" line="126" />
        <source>%n phút</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="127" />
        <source>0 phút</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="128" />
        <source>quá hạn %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/i18n.py" line="128" />
        <source>còn %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="12" />
        <source>Đã tiếp nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="13" />
        <source>Đang giải quyết</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="14" />
        <source>Chờ bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="15" />
        <source>Đã có kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="16" />
        <location filename="../../commune_desk/ui/labels.py" line="57" />
        <source>Từ chối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="17" />
        <source>Đã trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="18" />
        <source>Dừng, rút hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="21" />
        <source>Trước hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="22" />
        <source>Đúng hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="23" />
        <location filename="../../commune_desk/ui/labels.py" line="25" />
        <source>Quá hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="24" />
        <source>Trong hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="28" />
        <source>Trực tiếp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="29" />
        <location filename="../../commune_desk/ui/labels.py" line="34" />
        <source>Bưu chính</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="30" />
        <location filename="../../commune_desk/ui/labels.py" line="35" />
        <source>Trực tuyến</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="33" />
        <source>Tại quầy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="38" />
        <source>Tiền mặt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="39" />
        <source>Chuyển khoản</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="40" />
        <source>Thanh toán trực tuyến</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="41" />
        <source>Miễn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="44" />
        <source>Hài lòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="45" />
        <source>Chấp nhận được</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="46" />
        <source>Không hài lòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="49" />
        <source>Giải quyết (chấp thuận)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="50" />
        <source>Không chấp thuận (có lý do)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="53" />
        <source>Tiếp nhận hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="54" />
        <source>Phân công / chuyển hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="55" />
        <source>Yêu cầu bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="56" />
        <source>Nhận hồ sơ bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="58" />
        <source>Xin lỗi, hẹn lại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="59" />
        <source>Có kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="60" />
        <source>Trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="61" />
        <source>Dừng giải quyết, rút hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="62" />
        <source>Đánh giá mức độ hài lòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="63" />
        <source>Đính chính thông tin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../commune_desk/ui/labels.py" line="64" />
        <source>Đính kèm bản quét</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>