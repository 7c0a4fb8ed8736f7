<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Sao lưu và khôi phục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chọn thư mục sao lưu (ví dụ ổ USB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sao lưu Commune Desk (*.sqlite3);;Mọi tệp (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Xác nhận khôi phục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Các bản sao lưu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sao lưu ra thư mục…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Khôi phục bản đã chọn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Khôi phục từ tệp…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Các bản sao lưu tự động trong %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã sao lưu và kiểm tra: %1 (%2, %3 hồ sơ).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hãy chọn một bản sao lưu trong danh sách.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Khôi phục dữ liệu từ %1? Dữ liệu hiện tại được sao lưu trước (bản “trước khi khôi phục”), rồi thay bằng bản đã chọn. Sau khi khôi phục, bàn làm việc tạm dừng đồng bộ cho tới khi quản trị viên cho phép.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang khôi phục…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã khôi phục từ %1. Kỳ đồng bộ mới: %2; đồng bộ tạm dừng chờ quản trị viên cho phép.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Bấm vào một cột để xem các hồ sơ đó</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Đổi mật khẩu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hai lần nhập mật khẩu mới không giống nhau.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>Cơ sở dữ liệu bị hỏng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sao lưu Commune Desk (*.sqlite3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Khôi phục bản sao lưu tốt gần nhất</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chọn tệp sao lưu khác…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thoát</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang khôi phục từ %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Tổng quan chỉ số</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Làm mới (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kỳ xem chỉ số</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tuần này</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tháng này (kỳ báo cáo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quý này (kỳ báo cáo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Năm nay (kỳ báo cáo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>12 tháng gần nhất</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tùy chọn…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Từ ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đến ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tỷ lệ giải quyết đúng hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tỷ lệ hài lòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tỷ lệ số hóa hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tỷ lệ hồ sơ trực tuyến</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tỷ lệ thanh toán trực tuyến</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ đang giải quyết theo lĩnh vực</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trong hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quá hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ đang giải quyết theo người xử lý</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ đã giải quyết theo tháng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trước/đúng hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ tiếp nhận 30 ngày gần nhất</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đánh giá mức độ hài lòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số lượt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kỳ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang tính…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Từ ngày %1 đến ngày %2 · Tiếp nhận %3 · Đã giải quyết %4 · Đang giải quyết %5 (quá hạn %6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 trước/đúng hạn trên %2 đã giải quyết</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 hài lòng trên %2 lượt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 trên %2 hồ sơ tiếp nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 trên %2 lượt nộp phí</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(chưa phân công)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hài lòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chấp nhận được</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không hài lòng</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Gõ ngày dạng ngày/tháng/năm, ví dụ 05/02/2026</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailScreen</name>
    <message>
        <source>← Danh sách (Alt+←)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Người nộp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số định danh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Điện thoại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hình thức nộp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tiếp nhận / giải quyết</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phí, lệ phí</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Người đang xử lý</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đánh giá</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thông tin hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quá trình giải quyết</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bản quét đính kèm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thao tác</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In giấy tiếp nhận (01)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In phiếu kiểm soát (06)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In mẫu…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lập văn bản xin lỗi, hẹn lại (mẫu 04)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hẹn trả: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa có ngày hẹn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hẹn ban đầu: %1 (đã hẹn lại %2 lần)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang dừng tính thời gian từ %1 (chờ bổ sung).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kết thúc lúc %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (giờ làm việc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quá hạn. Việc phải làm: gửi công dân văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu số 04, Nghị định 61/2018/NĐ-CP), do người đứng đầu cơ quan giải quyết ký, ghi ngày hẹn mới.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(chưa phân công)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(chưa đánh giá)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mở một hồ sơ để %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang lưu thao tác trước…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chỉ lãnh đạo được %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chỉ %1 được %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ đang ở trạng thái “%1”: không thể %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa chọn ngày hẹn mới.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ngày nghỉ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày %1 là ngày nghỉ (%2); hãy chọn ngày làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày hẹn mới phải sau ngày hẹn hiện tại (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày sinh phải theo dạng ngày/tháng/năm, ví dụ 05/02/1990.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chọn bản quét</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gõ vài chữ của họ tên, chọn trong danh sách</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>người dùng đang hoạt động</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>người dùng có quyền %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” không phải %2; hãy gõ vài chữ của họ tên rồi chọn trong danh sách.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không có thông tin nào thay đổi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang lưu…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã ghi: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Xem và in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Xem và in mẫu số %1 — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Người nộp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thủ tục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hẹn trả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Người xử lý</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DossierListScreen</name>
    <message>
        <source>Quá hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đến hạn hôm nay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đến hạn trong 1 ngày làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chờ bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Được giao cho tôi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tìm hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang mở (chưa xong)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nhận từ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nhận từ ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nhận đến ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bỏ lọc việc cần làm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danh sách hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>đến</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mọi thủ tục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mọi lĩnh vực</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mọi người xử lý</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Việc cần làm: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chờ tôi duyệt/ký</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không sắp xếp được theo cột này.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang tải…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lỗi khi tải danh sách</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Tạo tài khoản quản trị đầu tiên</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa có tài khoản nào. Tài khoản quản trị quản lý người dùng, lịch làm việc, danh mục thủ tục và sao lưu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Họ và tên *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số định danh cá nhân *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CMND cũ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Giới tính</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Điện thoại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Địa chỉ *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thủ tục hành chính *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Giấy tờ đã nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bản chính</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số lượng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Giấy tờ (Dấu cách để đánh dấu)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số bộ hồ sơ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tiếp nhận và trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hình thức nộp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hình thức trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đơn vị tiếp nhận *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cơ quan giải quyết *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phí, lệ phí</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quy định</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số bản</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số trang mỗi bản</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mức của tỉnh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Miễn phí</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số tiền</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hình thức nộp phí</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hẹn trả kết quả (tính trước khi lưu)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lưu hồ sơ (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In giấy tiếp nhận (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mở hồ sơ vừa lưu (Ctrl+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Xóa trắng (Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ chưa lưu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ đang nhập chưa được lưu. Bỏ những gì đã nhập?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lĩnh vực: %1 · Thời hạn: %2 · Mã: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chọn thủ tục để tính ngày hẹn trả.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không tính được ngày hẹn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hẹn trả: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa lưu được — còn %1 lỗi: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nữ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Người nộp hồ sơ (quét mã QR thẻ căn cước để điền sẵn)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không đọc được thẻ căn cước, chưa điền gì: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã điền từ thẻ căn cước của %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(có thể là: %1 — hỏi người nộp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>đơn vị tiếp nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cơ quan giải quyết</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa chọn thủ tục hành chính.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa đánh dấu giấy tờ nào đã nhận.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang lưu…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã lưu hồ sơ %1 — hẹn trả %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa lưu được: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>tên đăng nhập</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đổi người dùng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quay lại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thoát phần mềm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bàn làm việc đã khóa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang làm việc: %1 (%2, %3). Nhập mật khẩu để mở khóa.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mở khóa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Người dùng khác đăng nhập để làm việc trên bàn này. Cơ sở dữ liệu vẫn mở, không cần nhập lại mật khẩu dữ liệu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Người đang làm việc: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã đăng xuất. Đăng nhập để làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hãy nhập mật khẩu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập và mật khẩu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quản trị viên đã đặt mật khẩu tạm; hãy đặt mật khẩu của riêng bạn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần đổi mật khẩu trước khi làm việc.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập — Commune Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bàn làm việc một cửa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tên đăng nhập</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thoát</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập và mật khẩu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quản trị viên đã đặt mật khẩu tạm; hãy đặt mật khẩu của riêng bạn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần đổi mật khẩu trước khi làm việc.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bàn làm việc một cửa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Điều hướng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Việc cần làm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danh sách hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tổng quan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Báo cáo, sổ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vướng mắc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tài khoản</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cài đặt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tìm hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hệ thống</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Khóa màn hình</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đổi người dùng…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bàn làm việc này chạy không có tài khoản đăng nhập.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sao lưu, khôi phục…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thoát</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chỉ quản trị viên được sao lưu, khôi phục.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa đăng ký máy chủ đồng bộ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã khôi phục dữ liệu. Phần mềm sẽ đóng lại; hãy mở lại để làm việc trên dữ liệu đã khôi phục.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Khôi phục không thành công, dữ liệu hiện tại giữ nguyên. Phần mềm sẽ đóng lại; hãy mở lại để tiếp tục làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sao lưu và khôi phục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trạng thái đồng bộ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Báo cáo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sao lưu, khôi phục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không mở được phần “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang xử lý…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Có lỗi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã tự khóa sau %1 phút không dùng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · bàn số %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoKeyringDialog</name>
    <message>
        <source>Mật khẩu cơ sở dữ liệu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu cơ sở dữ liệu:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nhập lại:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dùng mật khẩu này</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không mở phần mềm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu không đúng: không mở được cơ sở dữ liệu này (lần thử thứ %1). Hãy nhập lại, hoặc chọn “Không mở phần mềm”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ObstaclesScreen</name>
    <message>
        <source>Mô tả vướng mắc, việc cần tỉnh hỗ trợ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ghi và gửi lên tỉnh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lĩnh vực:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thủ tục:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vướng mắc do:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số hồ sơ bị ảnh hưởng:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mô tả:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Báo vướng mắc mới</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hiện cả vướng mắc đã đóng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Các vướng mắc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Từ ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vướng mắc do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mô tả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trả lời của tỉnh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đóng vướng mắc đã xong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chờ tỉnh trả lời</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã đóng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hãy chọn một vướng mắc đang mở để đóng.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PaperSettingsPage</name>
    <message>
        <source>A4 (mặc định)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A5 (in thu nhỏ từ mẫu A4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Địa chỉ tra cứu hồ sơ trên Cổng dịch vụ công của tỉnh, in trong mã QR của Mẫu 01; {code} được thay bằng mã hồ sơ. Để trống: mã QR chỉ chứa mã hồ sơ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lưu cài đặt giấy tờ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Giấy tờ in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Khổ phiếu Mẫu 01–05</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Địa chỉ tra cứu (mã QR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Báo cáo gửi (Kính gửi)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Người ký báo cáo&lt;/b&gt; (UBND xã)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thẩm quyền ký</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chức vụ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Người ký Mẫu 04, 05&lt;/b&gt; (Trung tâm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Người lập biểu (mặc định)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số điện thoại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thêm người</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Xóa người đã chọn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lưu danh bạ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danh bạ cán bộ in trên giấy tờ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Họ tên, số điện thoại in thay cho tên đăng nhập, kể cả cán bộ ở bàn khác (tỉnh gửi xuống khi đồng bộ). Tài khoản của bàn này dùng họ tên trong mục Tài khoản.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã lưu cài đặt giấy tờ; giấy in từ nay theo cài đặt mới.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hãy chọn một người trong danh bạ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã xóa %1 khỏi danh bạ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã lưu danh bạ (%1 người).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Lưu thành</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lưu thành…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phóng to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thu nhỏ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vừa khổ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không lưu được</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không ghi được tệp: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mẫu số %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không lập được mẫu</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <source>Thủ tục hành chính</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gõ tên hoặc mã thủ tục, ví dụ: khai sinh, chung thuc</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
<message><source>%1
Directory not found.
Please verify the correct directory name was given.</source><translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation></message><message><source>%1
File not found.
Please verify the correct file name was given.</source><translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation></message><message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Ghi đè lên tệp này?</translation></message><message><source>&amp;Delete</source><translation>&amp;Xóa</translation></message><message><source>&amp;Look in:</source><translation>&amp;Tìm trong:</translation></message><message><source>&amp;New Folder</source><translation>Thư mục &amp;mới</translation></message><message><source>&amp;Rename</source><translation>Đổi &amp;tên</translation></message><message><source>'%1' is write protected.
Do you want to delete it anyway?</source><translation>“%1” đang được bảo vệ chống ghi.
Vẫn xóa?</translation></message><message><source>All files (*)</source><translation>Mọi tệp (*)</translation></message><message><source>Alt+Left</source><translation>Alt+Left</translation></message><message><source>Alt+Right</source><translation>Alt+Right</translation></message><message><source>Alt+Up</source><translation>Alt+Up</translation></message><message><source>Are you sure you want to delete '%1'?</source><translation>Xóa “%1”?</translation></message><message><source>Change to detail view mode</source><translation>Chuyển sang dạng chi tiết</translation></message><message><source>Change to list view mode</source><translation>Chuyển sang dạng danh sách</translation></message><message><source>Could not delete directory.</source><translation>Không xóa được thư mục.</translation></message><message><source>Create a New Folder</source><translation>Tạo một thư mục mới</translation></message><message><source>Delete</source><translation>Xóa</translation></message><message><source>Directories</source><translation>Thư mục</translation></message><message><source>Directory:</source><translation>Thư mục:</translation></message><message><source>Files</source><translation>Tệp</translation></message><message><source>Files of &amp;type:</source><translation>&amp;Loại tệp:</translation></message><message><source>Find Directory</source><translation>Chọn thư mục</translation></message><message><source>Forward</source><translation>Tiến tới</translation></message><message><source>Go back</source><translation>Quay lại</translation></message><message><source>Go forward</source><translation>Tiến tới</translation></message><message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message><message><source>List of places and bookmarks</source><translation>Các nơi và dấu trang</translation></message><message><source>New Folder</source><translation>Thư mục mới</translation></message><message><source>Recent Places</source><translation>Nơi mở gần đây</translation></message><message><source>Remove</source><translation>Bỏ</translation></message><message><source>Save As</source><translation>Lưu thành</translation></message><message><source>Show </source><translation>Hiện </translation></message><message><source>Show &amp;hidden files</source><translation>Hiện tệp &amp;ẩn</translation></message><message><source>Sidebar</source><translation>Thanh bên</translation></message></context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
<message><source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source><translation>&lt;b&gt;Không dùng được tên “%1”.&lt;/b&gt;&lt;p&gt;Hãy đặt tên khác, ngắn hơn hoặc không có dấu câu.</translation></message><message><source>Computer</source><translation>Máy tính</translation></message><message><source>Invalid filename</source><translation>Tên tệp không hợp lệ</translation></message><message><source>Kind</source><translation>Loại</translation></message><message><source>My Computer</source><translation>Máy tính</translation></message></context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
<message><source>Copy &amp;Link Location</source><translation>Sao chép địa chỉ &amp;liên kết</translation></message></context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
<message><source>Copy &amp;Link Location</source><translation>Sao chép địa chỉ &amp;liên kết</translation></message></context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Tình hình giải quyết TTHC (Biểu II.06a)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sổ theo dõi hồ sơ (Mẫu 07)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Báo cáo nhanh tuần (lãnh đạo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tính lại, bỏ qua số liệu đã chốt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kỳ đã kết thúc được chốt số liệu ở lần lập đầu tiên; đánh dấu để tính lại từ dữ liệu hiện tại.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lập báo cáo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dừng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lưu &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lưu &amp;Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loại báo cáo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kỳ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Từ ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đến ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tháng %1 năm %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quý %1 năm %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>6 tháng đầu năm %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>9 tháng năm %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Năm %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tuần %1 năm %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa chọn kỳ báo cáo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Từ %1 đến %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Báo cáo nhanh tuần cần chọn một tuần.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang lập báo cáo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tiếp nhận %1, đã giải quyết %2, đang giải quyết %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số liệu tạm tính (kỳ chưa kết thúc).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số liệu chốt lúc %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã lập: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã dừng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lưu thành</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không ghi được tệp: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã lưu %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Tìm: tên, mã hồ sơ, số định danh, điện thoại… (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Buổi làm việc “%1” phải có dạng 07:00-11:30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mỗi mùa phải có ít nhất một buổi làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày bắt đầu mùa “%1” phải có dạng ngày/tháng, ví dụ 16/4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lưu thông tin bàn làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đơn vị và bàn làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tên xã, phường</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã xã (5 chữ số)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã định danh cơ quan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số bàn (1–9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đơn vị tiếp nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mùa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Từ ngày (ngày/tháng)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Các buổi (07:00-11:30, 13:30-17:00)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thêm mùa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lưu giờ làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Giờ làm việc theo mùa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tên</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Văn bản căn cứ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ví dụ: Nghỉ bù Quốc khánh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ví dụ: Thông báo 123/TB-UBND ngày 01/8/2026</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thêm ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Xóa ngày đã chọn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lịch làm việc: ngày nghỉ, ngày làm bù</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Văn bản căn cứ *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nhập danh mục thủ tục từ tệp Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danh mục thủ tục hành chính</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngôn ngữ giao diện</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngôn ngữ (áp dụng khi mở lại)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cỡ chữ (chữ lớn cho người khó nhìn)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> phút</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tự khóa màn hình sau số phút không dùng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phiên làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tự khóa khi không dùng sau</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mở khóa bằng mật khẩu của người đang làm việc; không cần mật khẩu dữ liệu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chỉ quản trị viên được sửa thông tin bàn làm việc và giờ làm việc; lịch và danh mục theo quyền của tài khoản.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang dùng: %1 (phiên bản %2, hiệu lực từ %3, %4 thủ tục)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã xã không được để trống.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã lưu thông tin bàn làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mùa mới</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã lưu giờ làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa nhập tên ngày (ví dụ: Nghỉ bù Quốc khánh).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa nhập văn bản căn cứ (số, ngày của thông báo).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã thêm ngày %1 vào lịch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hãy chọn một ngày trong bảng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã xóa ngày %1 khỏi lịch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chọn tệp danh mục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang nhập danh mục…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã nhập danh mục thủ tục.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cỡ chữ %1 % đã được áp dụng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngôn ngữ sẽ được áp dụng khi mở lại phần mềm.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Cài đặt máy lần đầu — Commune Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quay lại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thoát</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gõ vài chữ, không cần dấu, ví dụ: my ly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Xã, phường</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tìm xã, phường</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chọn đơn vị theo danh mục chính thức từ 01/7/2025 (34 tỉnh, thành phố; 3.321 xã, phường, đặc khu).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã định danh cơ quan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số bàn của máy này (1–9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mùa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Từ ngày (ngày/tháng)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Các buổi (07:00-11:30, 13:30-17:00)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Địa chỉ máy chủ đồng bộ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã đăng ký máy (dùng một lần)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không bắt buộc. Cán bộ tin học của tỉnh cấp địa chỉ và mã đăng ký cho từng máy. Bỏ trống nếu chưa có: máy vẫn làm việc bình thường và đăng ký sau trong Cài đặt. Nếu máy chủ không liên lạc được, việc cài đặt vẫn hoàn tất và máy làm việc ngoại tuyến.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. Đơn vị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2. Mã cơ quan và số bàn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3. Giờ làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4. Máy chủ đồng bộ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã cài đặt xong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bắt đầu làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cài đặt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Giờ làm việc mặc định của {0}; sửa nếu xã làm việc khác. Hạn giải quyết tính theo các buổi này.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hãy chọn xã, phường trong danh sách.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần cả địa chỉ máy chủ và mã đăng ký (hoặc bỏ trống cả hai để đăng ký sau).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang cài đặt…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đơn vị tiếp nhận: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã định danh cơ quan: %1; bàn số %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã đăng ký với máy chủ đồng bộ %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa đăng ký máy chủ đồng bộ: máy làm việc ngoại tuyến.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bước tiếp theo: tạo tài khoản quản trị viên đầu tiên.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã định danh điện tử của cơ quan tiếp nhận (Quyết định 20/2020/QĐ-TTg), các cấp cách nhau bằng dấu chấm, cấp thấp nhất trước, kết thúc bằng một chữ cái và 2 chữ số, ví dụ 000.00.04.H40. Mã này đứng đầu mọi mã hồ sơ; hỏi Văn phòng UBND tỉnh nếu chưa có.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mỗi máy của cùng một xã phải có số bàn khác nhau (1–9): số bàn quyết định dải mã hồ sơ của máy. Khi có máy chủ, máy chủ từ chối số đã có máy khác dùng. Khi cài đặt không có máy chủ, chương trình không biết các máy khác: hãy tự ghi lại số đã dùng cho từng máy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>Đang kiểm tra cơ sở dữ liệu…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng nên mọi thao tác ghi đã bị chặn; hãy khôi phục bản sao lưu. Chi tiết: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang sao lưu hằng ngày…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng: đã chặn mọi thao tác ghi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã sao lưu hằng ngày: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sao lưu hằng ngày không thành công.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sao lưu hằng ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa sao lưu được cơ sở dữ liệu hôm nay: </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncLoop</name>
    <message>
        <source>Máy chưa đăng ký với máy chủ đồng bộ (commune-desk enroll).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không đọc được trạng thái đồng bộ: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang đồng bộ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy chủ từ chối: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã đồng bộ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Còn %1 sự kiện chờ máy chủ xác nhận</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Tiếp nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chuyển xử lý</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Có kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Từ chối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rút hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Báo vướng mắc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tỉnh trả lời</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đóng vướng mắc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy chủ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chờ gửi:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đồng bộ xong gần nhất:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đồng bộ ngay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời điểm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chiều</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loại sự kiện</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lý do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đăng ký máy với máy chủ đồng bộ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đăng ký</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Địa chỉ máy chủ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã đăng ký máy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lần đồng bộ không thành công gần đây:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sự kiện bị giữ lại (không mất, cần cán bộ xem xét):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy chủ từ chối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nhận về không ghi được</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã sự kiện: %1
Hồ sơ: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy chưa đăng ký: nhập địa chỉ máy chủ và mã đăng ký máy rồi bấm “Đăng ký”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần cả địa chỉ máy chủ và mã đăng ký máy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang đăng ký…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã đăng ký với máy chủ {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chưa đăng ký (commune-desk enroll)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sự kiện</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy vừa được khôi phục từ bản sao lưu: đồng bộ tạm dừng chờ quản trị viên cho phép.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy này chưa được đăng ký với máy chủ đồng bộ, nên chưa gửi và nhận hồ sơ (hồ sơ vẫn được ghi trên máy này và sẽ gửi lên sau khi đăng ký). Chỉ quản trị viên được đăng ký máy: quản trị viên đăng nhập (Hệ thống › Đổi người dùng…), mở màn hình Đồng bộ (Ctrl+5) rồi nhập địa chỉ máy chủ và mã đăng ký máy do tỉnh cấp, bấm “Đăng ký”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Trực tuyến</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngoại tuyến</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang đồng bộ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tạm dừng đồng bộ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa đăng ký máy chủ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lỗi đồng bộ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đồng bộ ngay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 chờ gửi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bị giữ lại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>đồng hồ máy lệch</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Thời điểm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bước</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thêm tài khoản</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vai trò:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu (tạm):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nhập lại:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>Tên đăng nhập</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vai trò</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đăng nhập gần nhất</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tài khoản</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thêm tài khoản…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Khóa / mở khóa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đặt lại mật khẩu…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đổi vai trò</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chỉ quản trị viên xem và quản lý được tài khoản.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã khóa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hoạt động</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tạm khóa đến %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hãy chọn một tài khoản trong danh sách.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã thêm tài khoản %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã mở khóa tài khoản %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã khóa tài khoản %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã đặt lại mật khẩu của %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã đổi vai trò của %1 thành %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorklistScreen</name>
    <message>
        <source>Quá hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã qua hẹn trả, chưa có kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đến hạn hôm nay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hẹn trả trong ngày hôm nay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đến hạn trong 1 ngày làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hẹn trả đến hết ngày làm việc kế tiếp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chờ bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang dừng tính thời gian, chờ công dân bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Được giao cho tôi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ đang mở tôi phụ trách</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chờ tôi duyệt/ký</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ được chuyển đến tôi để duyệt, ký kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+  Tiếp nhận hồ sơ mới (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Việc cần làm — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hôm nay là ngày làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hôm nay là ngày nghỉ (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang mở: %1 hồ sơ · Toàn bộ lưu trữ: %2 hồ sơ</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Chuyển / phân công</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chuyển cho (tên đăng nhập)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yêu cầu bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nội dung cần bổ sung (mỗi dòng một mục)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lý do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Căn cứ pháp lý</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lãnh đạo duyệt yêu cầu lần hai (nếu có)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu của lãnh đạo duyệt (nếu không phải bạn)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nhận hồ sơ bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Từ chối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lý do từ chối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Xin lỗi, hẹn lại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày hẹn mới</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lý do chậm trễ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Người ký văn bản xin lỗi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu của người ký (nếu không phải bạn)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Có kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hình thức trả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dừng / rút hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Căn cứ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theo đề nghị của công dân</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theo quy định của pháp luật</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Xử lý giấy tờ, phí đã nộp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đánh giá hài lòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mức độ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đính chính thông tin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số định danh cá nhân</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày sinh (dd/mm/yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Điện thoại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lý do đính chính</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đính kèm bản quét…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— Chọn —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa nhập: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>Miễn phí</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n ngày</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n giờ</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phút</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>0 phút</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quá hạn %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>còn %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>đ</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phiếu từ chối tiếp nhận giải quyết hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Văn bản xin lỗi và hẹn lại ngày trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thông báo dừng giải quyết hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phiếu kiểm soát quá trình giải quyết hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sổ theo dõi hồ sơ (dòng của hồ sơ này)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Văn bản trả lời (không giải quyết hồ sơ)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Đã tiếp nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chờ bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã có kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Từ chối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dừng, rút hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trước hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quá hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trong hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bưu chính</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tại quầy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tiền mặt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chuyển khoản</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thanh toán trực tuyến</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Miễn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hài lòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chấp nhận được</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không hài lòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Giải quyết (chấp thuận)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không chấp thuận (có lý do)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tiếp nhận hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phân công / chuyển hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yêu cầu bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nhận hồ sơ bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Xin lỗi, hẹn lại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Có kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dừng giải quyết, rút hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đánh giá mức độ hài lòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đính chính thông tin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đính kèm bản quét</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cán bộ tiếp nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chuyên viên xử lý</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lãnh đạo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quản trị hệ thống</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tiếp nhận hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phân công, chuyển hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yêu cầu bổ sung hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duyệt yêu cầu bổ sung lần hai</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nhận hồ sơ bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>từ chối hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hẹn lại ngày trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ký văn bản xin lỗi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>giải quyết hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dừng giải quyết, rút hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ghi nhận mức độ hài lòng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>đính chính thông tin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>đính kèm bản quét</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>báo cáo vướng mắc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>xem báo cáo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sửa lịch làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sửa danh mục thủ tục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quản lý tài khoản</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sao lưu, khôi phục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cho phép đồng bộ lại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sửa cài đặt giấy tờ in và danh bạ cán bộ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thứ Hai</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thứ Ba</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thứ Tư</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thứ Năm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thứ Sáu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thứ Bảy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày lễ, Tết</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày nghỉ bù, hoán đổi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày làm bù</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chồng chéo trách nhiệm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thiếu hướng dẫn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thiếu nhân lực</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thiếu trang thiết bị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mạng, đường truyền</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Khác</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tháng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quý</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>6 tháng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>9 tháng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tuần</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tùy chọn</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Nhận hồ sơ lúc %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nhận ngoài giờ làm việc: tính từ %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời hạn giải quyết: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trong ngày: nhận trước %1 trả trong ngày làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trong ngày: nhận sau %1 trả vào ngày làm việc tiếp theo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; gia hạn xác minh %2 ngày làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ngày làm việc, không tính ngày nhận; hẹn cuối giờ làm việc của ngày làm việc thứ %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ngày làm việc = %2 giờ làm việc tính từ lúc nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 giờ làm việc tính từ lúc nhận, chỉ trong giờ hành chính</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ngày theo lịch, không tính ngày nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày thứ %1 kể từ ngày nhận: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày đó là ngày nghỉ (%1): lùi sang %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tính %1 ngày làm việc từ %2 đến %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không tính: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hẹn trả kết quả: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang tạm dừng từ %1 (chờ bổ sung).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tạm dừng %1 → %2: cộng %3 giờ %4 phút làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 là ngày làm việc (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (+%2 ngày làm việc nếu cần xác minh)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ngày làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 giờ làm việc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cuối tuần: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số định danh “%1” phải có 12 chữ số (hoặc 9 chữ số với CMND cũ), nhưng có %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số định danh “%1” chỉ được gồm chữ số.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số định danh “%1”: mã tỉnh nơi đăng ký khai sinh %2 không tồn tại.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số định danh “%1” ứng với năm sinh %2, không khớp ngày sinh %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số định danh “%1” không khớp giới tính đã khai.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Năm sinh %1 nằm ngoài khoảng mã hóa của số định danh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số điện thoại “%1” chỉ được gồm chữ số (có thể bắt đầu bằng +84).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số điện thoại “%1” không đúng dạng: di động 10 số bắt đầu bằng 03, 05, 07, 08, 09; cố định 11 số bắt đầu bằng 02.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tài khoản %1 (%2) không có quyền %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tài khoản %1 không có hoặc đã bị khóa: không được ghi thay đổi. Hãy đăng nhập lại bằng một tài khoản đang hoạt động.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã xảy ra lỗi ngoài dự kiến trong chương trình; thao tác chưa được thực hiện. Chi tiết kỹ thuật đã được ghi vào %1. Xin gửi tệp đó cho người hỗ trợ kỹ thuật.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tệp “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lỗi đọc/ghi tệp “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lỗi đọc/ghi tệp: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theo quy định của tỉnh: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; miễn: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theo quy định của HĐND tỉnh (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bản × %2 = %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bản × %2 trang: %3/bản (đã áp mức trần) = %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bản × %2 trang: %3/bản = %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy này không có kho khóa (keyring) của hệ điều hành nên không thể cất khóa mã hóa cơ sở dữ liệu. Quản trị viên hãy chọn: dùng mật khẩu cơ sở dữ liệu nhập mỗi lần khởi động (biến môi trường COMMUNE_DESK_DB_PASSPHRASE hoặc hộp thoại khi mở phần mềm), hoặc không mở phần mềm. Phần mềm không bao giờ tự lưu dữ liệu ở dạng không mã hóa.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Khóa trong kho khóa của hệ điều hành không mở được tệp này; có thể tệp được mã hóa bằng mật khẩu. Hãy nhập mật khẩu cơ sở dữ liệu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lưu ý: lịch nghỉ năm này chưa chính thức (dự kiến), có thể thay đổi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trong ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nhật ký của chương trình</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ngày nghỉ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ngày làm bù</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theo quy định của HĐND tỉnh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theo quy định của tỉnh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hộ nghèo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>người có công với cách mạng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>đăng ký đúng hạn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>người khuyết tật</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nộp hồ sơ trực tuyến</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trẻ em</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hình thức nộp “%1” không hợp lệ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ %1 đang do %2 xử lý.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loại sự kiện “%1” không được hỗ trợ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời điểm %1 trước lúc tiếp nhận hồ sơ (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ %1 đang ở trạng thái “%2”, %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày hẹn mới (%1) phải sau ngày hẹn hiện tại (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Văn bản xin lỗi và hẹn lại phải được lập trước khi hết hạn (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ %1 đã được tiếp nhận trước đó.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không tìm thấy hồ sơ %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không tìm thấy hồ sơ “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thư điện tử “%1” không hợp lệ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số CMND cũ “%1” phải có 9 chữ số.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thủ tục “%1” không còn áp dụng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thiếu %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chưa thể trả kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chưa thể đánh giá</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>không có yêu cầu bổ sung nào đang chờ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>không thể chuyển xử lý</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>không thể dừng giải quyết</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>không thể ghi nhận kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>không thể hẹn lại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>không thể từ chối</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>không thể yêu cầu bổ sung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>không thể đính chính</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>không thể đính kèm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thiếu mã hồ sơ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thiếu thủ tục hành chính.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thiếu họ tên người nộp hồ sơ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa chọn người nhận hồ sơ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần ghi rõ nội dung phải bổ sung, hoàn thiện.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần ghi rõ lý do yêu cầu bổ sung.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ đã được yêu cầu bổ sung một lần; lần tiếp theo cần lãnh đạo phê duyệt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần ghi rõ lý do từ chối.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần ghi rõ lý do chậm trễ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kết quả giải quyết phải là “giải quyết” hoặc “không giải quyết”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần chọn căn cứ dừng: theo đề nghị của công dân hoặc theo quy định.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần ghi rõ lý do dừng giải quyết.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mức độ hài lòng phải là hài lòng, chấp nhận được hoặc không hài lòng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không có thông tin nào được đính chính.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Họ tên người nộp không được để trống.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thông tin đính chính trùng với thông tin hiện có.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã băm SHA-256 của tệp đính kèm không hợp lệ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thiếu tên tệp đính kèm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ chưa được tiếp nhận.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời điểm có kết quả trước lúc tiếp nhận hồ sơ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa nhập họ tên người nộp hồ sơ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời điểm tiếp nhận không được ở tương lai.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời điểm nộp hồ sơ không được sau thời điểm tiếp nhận.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số bộ hồ sơ phải từ 1 trở lên.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời điểm có kết quả không được ở tương lai.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kích thước tệp không hợp lệ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nội dung tệp không khớp mã băm hoặc kích thước đã ghi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu phải có ít nhất %1 ký tự.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu không được chỉ gồm khoảng trắng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu không được trùng hoặc chứa tên đăng nhập.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu này nằm trong danh sách mật khẩu hay bị dùng (dễ đoán); hãy chọn một cụm từ dài hơn, riêng của mình.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu cần ít nhất %1 ký tự khác nhau.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tên đăng nhập hoặc mật khẩu không đúng (sau %1 lần sai liên tiếp, tài khoản bị tạm khóa %2 phút).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tên đăng nhập phải dài 2–32 ký tự, chỉ gồm chữ cái không dấu, chữ số và . _ - (đã nhập: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu mới phải khác mật khẩu cũ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không ghi được việc “%1” vào nhật ký tài khoản.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không có tài khoản %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vai trò không hợp lệ: %1. Chọn một trong: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tên đăng nhập %1 đã có.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Họ tên không được để trống.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần đăng nhập bằng tài khoản quản trị để thêm tài khoản.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tài khoản đầu tiên phải là tài khoản quản trị (admin).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không thể khóa tài khoản quản trị cuối cùng: sẽ không còn ai quản lý được phần mềm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không thể đổi vai trò của tài khoản quản trị cuối cùng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tài khoản %1 đã bị khóa bởi quản trị viên. Hãy liên hệ quản trị viên.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lỗi khi ghi %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ổ đĩa chứa %1 đã đầy. Hãy giải phóng chỗ trống hoặc chọn nơi khác.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp ghi vào %1 vượt giới hạn kích thước tệp của hệ thống hoặc ổ đĩa.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không có quyền ghi vào %1 (tệp hoặc thư mục chỉ đọc).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 bị hỏng (%2). Có thể khôi phục bản sao lưu tốt gần nhất: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 bị hỏng (%2). Không tìm thấy bản sao lưu tốt trong thư mục sao lưu; hãy chọn một tệp sao lưu (ví dụ trên USB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 bị hỏng (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không tìm thấy tệp cơ sở dữ liệu %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không tìm thấy tệp sao lưu %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa có cơ sở dữ liệu; sẽ tạo mới.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” không phải là tệp cơ sở dữ liệu; không khôi phục.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” không phải là tệp sao lưu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” không phải bản sao lưu của Commune Desk (thiếu bảng hồ sơ, sự kiện hoặc thông tin bàn làm việc); không khôi phục.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bản sao lưu “%1” được tạo bởi phiên bản Commune Desk mới hơn (lược đồ %2); phiên bản đang chạy không mở được. Hãy cài phiên bản mới nhất.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bản sao lưu thuộc xã %1, còn máy này làm việc cho xã %2; không khôi phục dữ liệu của xã khác.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bản sao lưu là của một bàn làm việc khác (mã bàn khác). Chỉ quản trị viên mới được chọn khôi phục dữ liệu của bàn khác (ví dụ máy mới thay máy cũ): dùng --other-desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không mở được bản sao lưu %1: sai khóa mã hóa hoặc tệp hỏng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không đọc được bản sao lưu %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp “%1” không phải cơ sở dữ liệu Commune Desk; không ghi đè lên nó.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa có thông tin bàn làm việc (desk).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa có thông tin bàn làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bản sao lưu %1 bị hỏng: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cơ sở dữ liệu nguyên vẹn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bản khôi phục không nguyên vẹn: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không giữ lại được bản hiện tại trước khi khôi phục nên chưa khôi phục: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>khi đóng phần mềm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hằng ngày</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trước khi khôi phục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trước khi nâng cấp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trước khi mã hóa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bản hỏng giữ lại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa có danh mục thủ tục.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không có thủ tục mã “%1” trong danh mục (phiên bản %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không có danh mục phiên bản %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không tìm thấy tệp “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không nhập danh mục: %1 dòng có lỗi (không dòng nào được nhập).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp không có thủ tục nào.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp “%1” không phải tệp Excel .xlsx hợp lệ (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp “%1” thiếu trang tính “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trang tính “%1” trống.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trang tính “%1” thiếu cột: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp “%1” bị hỏng hoặc không phải tệp Excel .xlsx hợp lệ (%2); không nhập gì.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dòng %1: mã thủ tục %2 trùng với dòng %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loại vướng mắc không hợp lệ: %1. Chọn một trong: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần ghi lĩnh vực.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần mô tả vướng mắc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mô tả quá dài (tối đa 4.000 ký tự).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày bắt đầu vướng mắc không được sau hôm nay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số hồ sơ bị ảnh hưởng không hợp lệ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không tìm thấy vướng mắc này trên máy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vướng mắc này đã đóng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa chọn người %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không có tài khoản “%1” trên bàn này: người %2 phải là một người dùng của phần mềm; hãy chọn trong danh sách.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tài khoản %1 (%2) đã bị khóa: không thể là người %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, %3) không có quyền %4: không thể là người %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần %1 nhập mật khẩu để xác nhận %2 (người %3); hoặc người đó tự thực hiện trên phiên đăng nhập của mình.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nhận hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không đọc được tệp “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp “%1” lớn hơn %2 MB; hãy quét với độ phân giải thấp hơn hoặc chia thành nhiều tệp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy vừa được khôi phục từ bản sao lưu: tạm dừng tiếp nhận hồ sơ mới (để không cấp lại mã hồ sơ đã in cho người khác) cho đến khi quản trị viên cho phép đồng bộ lại và máy đồng bộ xong với máy chủ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy vừa được khôi phục từ bản sao lưu: hãy đồng bộ với máy chủ một lần (lấy lại các mã hồ sơ đã cấp sau bản sao lưu) trước khi tiếp nhận hồ sơ mới.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần ghi người ký văn bản xin lỗi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần ghi lý do đính chính.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite không đọc được cơ sở dữ liệu: tệp bị hỏng (%1). Hãy khôi phục bản sao lưu tốt gần nhất (commune-desk restore).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite báo lỗi cấu trúc: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 dòng vi phạm ràng buộc khóa ngoại (bảng %2 …).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ %1 có trong bảng hồ sơ nhưng không có sự kiện nào.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ %1 có sự kiện nhưng thiếu trong bảng hồ sơ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ %1: bảng hồ sơ khác kết quả gộp sự kiện ở cột %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chỉ mục tìm kiếm không khớp bảng hồ sơ: %1. Hãy dựng lại chỉ mục.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ %1 không có sự kiện tiếp nhận nhưng có trong bảng hồ sơ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sự kiện %1: nội dung JSON hỏng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… (còn lỗi khác, chỉ liệt kê 20 lỗi đầu)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thư viện holidays (dự kiến)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danh mục nhập từ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mật khẩu cơ sở dữ liệu phải có ít nhất %1 ký tự.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kho khóa của hệ điều hành không có khóa của cơ sở dữ liệu này. Nếu tệp được mã hóa bằng mật khẩu, hãy nhập mật khẩu đó.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp %1 đã được mã hóa (hoặc không phải tệp SQLite).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không mở được tệp %1: sai khóa mã hóa hoặc tệp không phải cơ sở dữ liệu của phần mềm (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không mở được tệp %1: tệp hoặc thư mục chứa nó không đọc/ghi được (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không mã hóa được %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã chọn không mở phần mềm khi không có khóa mã hóa.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp %1 bị hỏng (%2); không mã hóa. Hãy khôi phục từ bản sao lưu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bản mã hóa vẫn ở dạng đọc được; dừng lại.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bản mã hóa %1 không khớp với bản gốc (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bản sao lưu trước khi nâng cấp %1 không khớp với bản gốc (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ổ đĩa chứa cơ sở dữ liệu “%1” đã đầy nên thao tác vừa rồi chưa được lưu (không có dữ liệu nào bị ghi dở). Hãy giải phóng dung lượng ổ đĩa rồi thử lại.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không ghi được vào cơ sở dữ liệu “%1” vì tệp (hoặc thư mục chứa nó) chỉ cho phép đọc; thao tác vừa rồi chưa được lưu. Hãy nhờ quản trị cấp quyền ghi rồi thử lại.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không tìm thấy tệp cơ sở dữ liệu “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không có quyền ghi vào thư mục “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” không phải là tệp cơ sở dữ liệu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không có quyền đọc tệp cơ sở dữ liệu “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu “%1” (hoặc thư mục chứa nó) chỉ cho phép đọc; hãy chép sang thư mục có quyền ghi hoặc nhờ quản trị cấp quyền.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp “%1” không phải cơ sở dữ liệu SQLite của Commune Desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không tạo được thư mục “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cơ sở dữ liệu “%1” có %2 dòng vi phạm ràng buộc khóa ngoại; hãy chạy lệnh kiểm tra (commune-desk check).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lỗi khi mở cơ sở dữ liệu “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp “%1” không phải cơ sở dữ liệu SQLite hoặc đã được mã hóa bằng khóa khác.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không mở được tệp cơ sở dữ liệu “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp “%1” được tạo bởi phiên bản Commune Desk mới hơn (lược đồ %2). Hãy cài phiên bản mới nhất của phần mềm để mở tệp này; tệp không bị thay đổi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không đọc được tệp cơ sở dữ liệu “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp “%1” không phải cơ sở dữ liệu của Commune Desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa nâng cấp tệp “%1” lên phiên bản này vì không sao lưu được nó trước (thư mục %2): %3 Tệp không bị thay đổi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không đọc được tệp khóa %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp khóa %1 bị hỏng hoặc không phải của Commune Desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không ghi được tệp khóa %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Chi tiết: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần cả địa chỉ máy chủ và mã đăng ký máy (hoặc bỏ cả hai).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp này đã có %1 hồ sơ: không thể cài đặt lại xã hay số bàn (mã hồ sơ đã cấp dựa trên chúng). Thay đổi thông tin khác trong Cài đặt, hoặc dùng một tệp mới.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy đã đăng ký với máy chủ cho xã %1; không thể chuyển sang xã %2. Hãy dùng một tệp mới.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Thông tin cài đặt vẫn được lưu; máy làm việc ngoại tuyến. Đăng ký sau, khi có mạng, với cùng mã đăng ký này: commune-desk enroll --server URL --token MÃ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không có tỉnh, thành phố mã “%1” trong danh mục đơn vị hành chính.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã xã “%1” không có trong danh mục 3.321 xã, phường, đặc khu (từ 01/7/2025); mã xã gồm 5 chữ số, ví dụ Xã Mỹ Lý (Nghệ An) là 16816.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kỳ báo cáo %1 (%2 – %3) chưa bắt đầu; chưa có số liệu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không có hồ sơ nào được tiếp nhận từ %1 đến %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Báo cáo tuần cần một tuần ISO, ví dụ 2026-W48.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 không có hồ sơ nào (không tiếp nhận, không giải quyết, không tồn đọng).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không có hồ sơ nào trong kỳ %1 (từ %2 đến %3); không lập báo cáo rỗng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ %1 chưa có bước “%2” nên không lập được mẫu này.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ %1 có quyết định không giải quyết: in “Văn bản trả lời” (mẫu TL), không dùng Mẫu số 03.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ %1 đã được chuyển xử lý trước khi bị từ chối: đây là quyết định không giải quyết, in “Văn bản trả lời” (mẫu TL), không dùng Mẫu số 03.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ %1 không có quyết định không giải quyết nào nên không lập Văn bản trả lời.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không có mẫu số “%1”; chọn một trong 01–07 hoặc TL (văn bản trả lời).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không tìm thấy hồ sơ có mã “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã QR thẻ căn cước: %1 “%2” phải có dạng NgàyThángNăm (8 chữ số).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã QR thẻ căn cước: %1 “%2” không phải một ngày có thật.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã QR thẻ căn cước phải có %1 phần ngăn bởi dấu “|”, nhưng đọc được %2 phần. Hãy quét lại.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã QR thẻ căn cước: số định danh phải có đúng 12 chữ số.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã QR thẻ căn cước: số CMND cũ phải có 9 chữ số.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã QR thẻ căn cước: thiếu họ và tên, hoặc họ tên có chữ số.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã QR thẻ căn cước: giới tính “%1” phải là Nam hoặc Nữ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã QR thẻ căn cước: thiếu nơi thường trú.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã QR thẻ căn cước: ngày cấp đứng trước ngày sinh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã định danh cơ quan “%1” không đúng dạng (ví dụ đúng: 000.00.04.H40).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số hiệu bàn làm việc phải từ 1 đến %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bàn số %1 đã dùng hết %2 số hồ sơ trong ngày.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số thứ tự hồ sơ %1 nằm ngoài khoảng 0001–9999.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã hồ sơ “%1” không đúng dạng &lt;mã cơ quan&gt;-&lt;yymmdd&gt;-&lt;số thứ tự&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã hồ sơ “%1” có ngày không hợp lệ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã tỉnh %1 không tồn tại.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không đọc được thời hạn '%1'. Viết như: '03 ngày làm việc', 'Trong ngày', '30 ngày' hoặc '8 giờ làm việc'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa nhập thời hạn giải quyết.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời hạn %1 quá lớn (tối đa 3650).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời gian gia hạn xác minh phải từ 0 đến 365 ngày làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Giờ chốt trong '%1' không hợp lệ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời hạn 'trong ngày' không có số lượng.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời hạn giải quyết phải là số dương.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời hạn '%1' phải lớn hơn 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số bản và số trang phải từ 1 trở lên.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mức phí, lệ phí không được âm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phí theo trang cần số trang tính theo mức đầu (ít nhất 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thủ tục này không có trường hợp miễn “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quy tắc phí không hợp lệ: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không hiểu kỳ báo cáo '%1'. Dùng: 2026-05 (tháng), 2026-Q3 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng), 2026 (năm) hoặc 2026-W48 (tuần).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kỳ tùy chọn không có danh sách sẵn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Năm %1 nằm ngoài khoảng hỗ trợ (2000–2100).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tháng %1 không hợp lệ (1–12).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quý %1 không hợp lệ (1–4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày bắt đầu %1 sau ngày kết thúc %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày '%1' không đúng dạng dd/mm/yyyy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Năm %1 không có tuần %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày '%1' không tồn tại.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hồ sơ %1 đã được đánh giá.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp danh mục không đúng định dạng %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thủ tục %1 không hợp lệ: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tên đơn vị “%1” phải bắt đầu bằng “Xã”, “Phường” hoặc “Đặc khu” (ví dụ: Xã Mỹ Lý).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dấu thời gian HLC không hợp lệ: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nội dung sự kiện phải là một đối tượng JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sự kiện “corrected” không đính chính thông tin nào.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sự kiện “%1”: trường %2 (%3) có giá trị không hợp lệ: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sự kiện “%1” thiếu trường %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>số định danh cá nhân</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ngày sinh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>số điện thoại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thư điện tử</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thời điểm tiếp nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ngày hẹn mới</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thời điểm hẹn trả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thời điểm có kết quả</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời điểm tiếp nhận “%1” không hợp lệ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày hẹn mới “%1” không hợp lệ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời điểm hẹn trả “%1” không hợp lệ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thời điểm có kết quả “%1” không hợp lệ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>họ tên</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>địa chỉ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dòng %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loại phí “%1” không hợp lệ (chọn: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ngày hiệu lực “%1” phải có dạng dd/mm/yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 “%2” phải là số nguyên</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 không được âm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trường hợp miễn “%1” không hợp lệ (chọn: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>giờ chốt “%1” phải có dạng HH:MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thiếu mã thủ tục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thiếu tên thủ tục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thiếu lĩnh vực</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cột Đang áp dụng phải là “Có” hoặc “Không”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gia hạn xác minh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số trang mức đầu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mức thu trang tiếp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mức tối đa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp lịch trong %1 không đúng định dạng %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp lịch không đúng định dạng %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dòng lịch thứ %1 trong %2 thiếu tên ngày.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dòng lịch thứ %1 thiếu tên ngày.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dòng lịch thứ %1 trong %2 không hợp lệ: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dòng lịch thứ %1 không hợp lệ: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không đọc được tệp lịch %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày bắt đầu mùa %1 không hợp lệ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mỗi mùa phải có ít nhất một buổi làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần ít nhất một mùa giờ làm việc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hai mùa giờ làm việc không được bắt đầu cùng một ngày.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Khoảng năm của lịch không hợp lệ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lịch làm việc chưa có dữ liệu cho năm %1 (chỉ có từ %2 đến %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số ngày làm việc phải từ 1 trở lên.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lịch làm việc chưa có dữ liệu đến ngày hết hạn (sau năm %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số phút làm việc phải không âm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Giờ làm việc phải tăng dần và không chồng lấn (%1–%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã %1 là “%2” (%3) trong danh mục chính thức, không phải “%4”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy đã có dữ liệu của xã hiện tại: không thể đổi sang xã khác. Hãy cài đặt một tệp mới cho xã kia.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tên xã không được để trống.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Khổ giấy “%1” không hợp lệ; chọn A4 hoặc A5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Địa chỉ tra cứu phải bắt đầu bằng https://</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Người ký “%1” cần chức vụ (ví dụ PHÓ CHỦ TỊCH).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dòng danh bạ “%1” cần cả tên đăng nhập và họ tên đầy đủ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(chưa có tên đăng nhập)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đồng hồ máy này %1 so với máy chủ. Giờ tiếp nhận và hẹn trả in trên giấy tờ lấy theo đồng hồ máy: hãy chỉnh lại ngày giờ của máy tính (múi giờ Việt Nam, UTC+7) hoặc báo cán bộ tin học.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nhanh %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chậm %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 giờ %2 phút</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 phút</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy chưa được cài đặt (chưa chọn xã) nhưng đã có dữ liệu; hãy cài đặt trước: commune-desk setup --db TỆP --commune MÃ_XÃ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy chưa đăng ký với máy chủ đồng bộ (dùng: commune-desk enroll).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không thấy thông tin đăng nhập máy chủ trong kho mật khẩu; hãy đăng ký lại máy (commune-desk enroll).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy vừa được khôi phục từ bản sao lưu: việc đồng bộ tạm dừng cho đến khi quản trị viên kiểm tra và cho phép (commune-desk sync-release).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy chủ đã có dữ liệu của máy này ở lượt %1, nhưng máy không hề gửi lượt đó: máy đã bị khôi phục hoặc sao chép mà không sang lượt mới. Cần quản trị viên kiểm tra trước khi đồng bộ (không dữ liệu nào bị ghi đè).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy chủ đã nhận dữ liệu của máy này ở lượt %1, mới hơn lượt %2 của máy: có thể máy đã bị sao chép hoặc khôi phục sai. Cần quản trị viên kiểm tra trước khi đồng bộ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không đọc được tệp đính kèm %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tệp %1 đã bị thay đổi so với lúc đính kèm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy chủ không xác nhận tiến thêm (lượt %1, đã xác nhận đến số %2); sẽ thử lại sau.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy chủ từ chối.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy chủ đã nhận</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy số %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không ghi được vào sổ của máy này: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã nhận lịch làm việc %1 (%2 ngày).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã nhận danh bạ cán bộ %1 (%2 người của xã).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã hồ sơ %1 đã được dùng cho một hồ sơ khác trên máy này (hai hồ sơ cùng mã, thường do máy cấp lại mã sau khi khôi phục). Sự kiện được giữ lại ở đây để cán bộ xử lý.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã nhận danh mục thủ tục %1 (phiên bản %2 trên máy).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danh mục thủ tục phiên bản %1 đã có.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số thứ tự của sự kiện trùng với một sự kiện khác đã có trên máy này (có thể do sao chép máy).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loại ngày không hợp lệ trong lịch của tỉnh: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy chủ đang gặp lỗi (mã %1); sẽ thử lại.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Câu trả lời của máy chủ không đọc được; sẽ thử lại.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy chủ không trả lời kịp; sẽ thử lại.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không kết nối được máy chủ %1; sẽ thử lại.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy chủ từ chối (mã %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không kết nối được máy chủ %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy chủ nhiều lần từ chối phần tệp đính kèm; sẽ gửi lại ở lần đồng bộ sau.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Số thứ tự %1 của máy (lượt %2) đã được dùng cho một sự kiện khác.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mã sự kiện đã có trên máy chủ với nội dung khác.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sự kiện không thuộc máy đang gửi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loại sự kiện không được hỗ trợ: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dấu băm của sự kiện không khớp nội dung (dữ liệu bị sửa hoặc hỏng).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy tính này không có kho mật khẩu của hệ điều hành (keyring), nên không thể cất giữ an toàn thông tin đăng nhập máy chủ. Trên Windows, kho này có sẵn; trên Linux, hãy chạy trong phiên làm việc có GNOME Keyring hoặc KWallet. Ứng dụng không lưu thông tin này ra tệp thường.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không lưu được thông tin đăng nhập vào kho mật khẩu: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không đọc được kho mật khẩu: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>không phải UUID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dấu thời gian HLC sai dạng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mã xã sai dạng</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Hẹn trả %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chuyển cho %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cần bổ sung: %1. Lý do: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hẹn lại %1. Lý do: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (lý do: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không tìm thấy hồ sơ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>paper</name>
    <message>
        <source>In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Máy in không nhận lệnh in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tài liệu không có trang nào để in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không mở được máy in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Không in được</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đang gửi tới máy in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Đã gửi tới máy in.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Chưa nhập họ và tên người nộp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Họ và tên quá ngắn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Họ và tên không được chứa chữ số hay ký hiệu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày sinh phải theo dạng ngày/tháng/năm, ví dụ 05/02/1990.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ngày sinh không thể sau ngày hôm nay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Năm sinh không hợp lệ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa nhập số định danh cá nhân (12 chữ số trên thẻ căn cước).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thư điện tử “%1” không đúng dạng (ví dụ ten@example.vn).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa nhập địa chỉ người nộp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chưa nhập %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>QAbstractSpinBox</name><message><source>&amp;Select All</source><translation>&amp;Chọn tất cả</translation></message><message><source>&amp;Step up</source><translation>&amp;Tăng</translation></message><message><source>Step &amp;down</source><translation>&amp;Giảm</translation></message></context><context><name>QDialogButtonBox</name><message><source>OK</source><translation>Đồng ý</translation></message></context><context><name>QMessageBox</name><message><source>About Qt</source><translation>Về Qt</translation></message><message><source>Hide Details...</source><translation>Ẩn chi tiết…</translation></message><message><source>OK</source><translation>Đồng ý</translation></message><message><source>Show Details...</source><translation>Xem chi tiết…</translation></message></context><context><name>QPageSetupWidget</name><message><source>CC</source><translation>CC</translation></message><message><source>Cicero (CC)</source><translation>Cicero (CC)</translation></message><message><source>Custom</source><translation>Tùy chỉnh</translation></message><message><source>DD</source><translation>DD</translation></message><message><source>Didot (DD)</source><translation>Didot (DD)</translation></message><message><source>Form</source><translation>Biểu mẫu</translation></message><message><source>Height:</source><translation>Cao:</translation></message><message><source>Inches (in)</source><translation>Inch (in)</translation></message><message><source>Landscape</source><translation>Khổ ngang</translation></message><message><source>Margins</source><translation>Lề</translation></message><message><source>Millimeters (mm)</source><translation>Milimét (mm)</translation></message><message><source>Orientation</source><translation>Hướng giấy</translation></message><message><source>Page &amp;order:</source><translation>&amp;Thứ tự trang:</translation></message><message><source>Page Layout</source><translation>Bố cục trang</translation></message><message><source>Page order:</source><translation>Thứ tự trang:</translation></message><message><source>Page size:</source><translation>Khổ giấy:</translation></message><message><source>Pages &amp;per sheet:</source><translation>Số trang &amp;mỗi tờ:</translation></message><message><source>Pages per sheet:</source><translation>Số trang mỗi tờ:</translation></message><message><source>Paper</source><translation>Giấy</translation></message><message><source>Paper source:</source><translation>Khay giấy:</translation></message><message><source>Pica (P̸)</source><translation>Pica (P̸)</translation></message><message><source>Points (pt)</source><translation>Point (pt)</translation></message><message><source>Portrait</source><translation>Khổ dọc</translation></message><message><source>P̸</source><translation>P̸</translation></message><message><source>Reverse landscape</source><translation>Ngang đảo ngược</translation></message><message><source>Reverse portrait</source><translation>Dọc đảo ngược</translation></message><message><source>Width:</source><translation>Rộng:</translation></message><message><source>bottom margin</source><translation>lề dưới</translation></message><message><source>in</source><translation>in</translation></message><message><source>left margin</source><translation>lề trái</translation></message><message><source>mm</source><translation>mm</translation></message><message><source>pt</source><translation>pt</translation></message><message><source>right margin</source><translation>lề phải</translation></message><message><source>top margin</source><translation>lề trên</translation></message></context><context><name>QPrintDialog</name><message><source>%1 already exists.
Do you want to overwrite it?</source><translation>%1 đã có.
Ghi đè lên tệp này?</translation></message><message><source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source><translation>%1 không đúng cú pháp. Dùng “,” để ngăn cách các trang và khoảng trang, “-” để ghi một khoảng; các khoảng không được chồng lên nhau.</translation></message><message><source>%1 is a directory.
Please choose a different file name.</source><translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation></message><message><source>&amp;Options &lt;&lt;</source><translation>&amp;Tùy chọn &lt;&lt;</translation></message><message><source>&amp;Options &gt;&gt;</source><translation>&amp;Tùy chọn &gt;&gt;</translation></message><message><source>&amp;Print</source><translation>&amp;In</translation></message><message><source>1 (1x1)</source><translation>1 (1x1)</translation></message><message><source>16 (4x4)</source><translation>16 (4x4)</translation></message><message><source>2 (2x1)</source><translation>2 (2x1)</translation></message><message><source>4 (2x2)</source><translation>4 (2x2)</translation></message><message><source>6 (2x3)</source><translation>6 (2x3)</translation></message><message><source>9 (3x3)</source><translation>9 (3x3)</translation></message><message><source>All Pages</source><translation>Mọi trang</translation></message><message><source>Bottom to Top, Left to Right</source><translation>Dưới lên trên, trái sang phải</translation></message><message><source>Bottom to Top, Right to Left</source><translation>Dưới lên trên, phải sang trái</translation></message><message><source>Duplex Settings Conflicts</source><translation>Thiết lập in hai mặt mâu thuẫn</translation></message><message><source>Even Pages</source><translation>Trang chẵn</translation></message><message><source>File %1 is not writable.
Please choose a different file name.</source><translation>Không ghi được tệp %1.
Hãy chọn tên tệp khác.</translation></message><message><source>Invalid Pages Definition</source><translation>Khoảng trang không hợp lệ</translation></message><message><source>Left to Right, Bottom to Top</source><translation>Trái sang phải, dưới lên trên</translation></message><message><source>Left to Right, Top to Bottom</source><translation>Trái sang phải, trên xuống dưới</translation></message><message><source>Local file</source><translation>Tệp trên máy</translation></message><message><source>OK</source><translation>Đồng ý</translation></message><message><source>Odd Pages</source><translation>Trang lẻ</translation></message><message><source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source><translation>Không dùng cùng lúc “Số trang mỗi tờ” và “Tập trang”.
Hãy tắt một trong hai.</translation></message><message><source>Print</source><translation>In</translation></message><message><source>Print To File ...</source><translation>In ra tệp…</translation></message><message><source>Print to File (PDF)</source><translation>In ra tệp (PDF)</translation></message><message><source>Right to Left, Bottom to Top</source><translation>Phải sang trái, dưới lên trên</translation></message><message><source>Right to Left, Top to Bottom</source><translation>Phải sang trái, trên xuống dưới</translation></message><message><source>The 'From' value cannot be greater than the 'To' value.</source><translation>Giá trị “Từ” không được lớn hơn giá trị “Đến”.</translation></message><message><source>There are conflicts in duplex settings. Do you want to fix them?</source><translation>Thiết lập in hai mặt mâu thuẫn. Sửa lại?</translation></message><message><source>Top to Bottom, Left to Right</source><translation>Trên xuống dưới, trái sang phải</translation></message><message><source>Top to Bottom, Right to Left</source><translation>Trên xuống dưới, phải sang trái</translation></message><message><source>Write PDF file</source><translation>Ghi tệp PDF</translation></message></context><context><name>QPrintPreviewDialog</name><message><source>%1%</source><translation>%1%</translation></message><message><source>Export to PDF</source><translation>Xuất ra PDF</translation></message><message><source>First page</source><translation>Trang đầu</translation></message><message><source>Fit page</source><translation>Vừa trang</translation></message><message><source>Fit width</source><translation>Vừa chiều rộng</translation></message><message><source>Landscape</source><translation>Khổ ngang</translation></message><message><source>Last page</source><translation>Trang cuối</translation></message><message><source>Next page</source><translation>Trang sau</translation></message><message><source>Page Setup</source><translation>Thiết lập trang</translation></message><message><source>Page setup</source><translation>Thiết lập trang</translation></message><message><source>Portrait</source><translation>Khổ dọc</translation></message><message><source>Previous page</source><translation>Trang trước</translation></message><message><source>Print</source><translation>In</translation></message><message><source>Print Preview</source><translation>Xem trước khi in</translation></message><message><source>Show facing pages</source><translation>Xem hai trang</translation></message><message><source>Show overview of all pages</source><translation>Xem mọi trang</translation></message><message><source>Show single page</source><translation>Xem từng trang</translation></message><message><source>Zoom in</source><translation>Phóng to</translation></message><message><source>Zoom out</source><translation>Thu nhỏ</translation></message></context><context><name>QPrintPropertiesDialog</name><message><source>Advanced Option Conflicts</source><translation>Tùy chọn nâng cao mâu thuẫn</translation></message><message><source>Custom value for %1</source><translation>Giá trị riêng cho %1</translation></message><message><source>Job</source><translation>Lệnh in</translation></message><message><source>Job Options</source><translation>Tùy chọn lệnh in</translation></message><message><source>Page Setup Conflicts</source><translation>Thiết lập trang mâu thuẫn</translation></message><message><source>Printer Properties</source><translation>Thuộc tính máy in</translation></message><message><source>There are conflicts in page setup options. Do you want to fix them?</source><translation>Thiết lập trang mâu thuẫn. Sửa lại?</translation></message><message><source>There are conflicts in some advanced options. Do you want to fix them?</source><translation>Một số tùy chọn nâng cao mâu thuẫn. Sửa lại?</translation></message></context><context><name>QPrintPropertiesWidget</name><message><source>Advanced</source><translation>Nâng cao</translation></message><message><source>Form</source><translation>Biểu mẫu</translation></message><message><source>Page</source><translation>Trang</translation></message><message><source>There are conflicts in some options. Please fix them.</source><translation>Một số tùy chọn mâu thuẫn; hãy sửa lại.</translation></message></context><context><name>QPrintSettingsOutput</name><message><source>Collate</source><translation>Xếp theo bộ</translation></message><message><source>Color</source><translation>Màu</translation></message><message><source>Color Mode</source><translation>Chế độ màu</translation></message><message><source>Copies</source><translation>Số bản</translation></message><message><source>Copies:</source><translation>Số bản:</translation></message><message><source>Current Page</source><translation>Trang hiện tại</translation></message><message><source>Double Sided Printing</source><translation>In hai mặt</translation></message><message><source>Form</source><translation>Biểu mẫu</translation></message><message><source>Grayscale</source><translation>Đen trắng</translation></message><message><source>Long side binding</source><translation>Đóng gáy cạnh dài</translation></message><message><source>Off</source><translation>Tắt</translation></message><message><source>Options</source><translation>Tùy chọn</translation></message><message><source>Output Settings</source><translation>Thiết lập bản in</translation></message><message><source>Page &amp;Set:</source><translation>&amp;Tập trang:</translation></message><message><source>Page Set:</source><translation>Tập trang:</translation></message><message><source>Pages</source><translation>Trang</translation></message><message><source>Pages from</source><translation>Từ trang</translation></message><message><source>Print all</source><translation>In tất cả</translation></message><message><source>Print range</source><translation>Phạm vi in</translation></message><message><source>Reverse</source><translation>Đảo ngược</translation></message><message><source>Selection</source><translation>Phần đã chọn</translation></message><message><source>Short side binding</source><translation>Đóng gáy cạnh ngắn</translation></message><message><source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source><translation>Ghi các trang hoặc khoảng trang, cách nhau bằng dấu phẩy; một khoảng là hai số nối bằng dấu gạch. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.</translation></message><message><source>to</source><translation>đến</translation></message></context><context><name>QPrintWidget</name><message><source>&amp;Name:</source><translation>&amp;Tên:</translation></message><message><source>...</source><translation>…</translation></message><message><source>Form</source><translation>Biểu mẫu</translation></message><message><source>Location:</source><translation>Vị trí:</translation></message><message><source>Output &amp;file:</source><translation>&amp;Tệp đầu ra:</translation></message><message><source>P&amp;roperties</source><translation>&amp;Thuộc tính</translation></message><message><source>Preview</source><translation>Xem trước</translation></message><message><source>Printer</source><translation>Máy in</translation></message><message><source>Type:</source><translation>Loại:</translation></message></context><context><name>QScrollBar</name><message><source>Bottom</source><translation>Cuối</translation></message><message><source>Left edge</source><translation>Mép trái</translation></message><message><source>Page down</source><translation>Xuống một trang</translation></message><message><source>Page left</source><translation>Sang trái một trang</translation></message><message><source>Page right</source><translation>Sang phải một trang</translation></message><message><source>Page up</source><translation>Lên một trang</translation></message><message><source>Right edge</source><translation>Mép phải</translation></message><message><source>Scroll down</source><translation>Cuộn xuống</translation></message><message><source>Scroll here</source><translation>Cuộn tới đây</translation></message><message><source>Scroll left</source><translation>Cuộn sang trái</translation></message><message><source>Scroll right</source><translation>Cuộn sang phải</translation></message><message><source>Scroll up</source><translation>Cuộn lên</translation></message><message><source>Top</source><translation>Đầu</translation></message></context><context><name>QTabBar</name><message><source>Scroll Left</source><translation>Cuộn sang trái</translation></message><message><source>Scroll Right</source><translation>Cuộn sang phải</translation></message></context></TS>