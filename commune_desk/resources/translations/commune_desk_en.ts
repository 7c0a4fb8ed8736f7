<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Sao lưu và khôi phục</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>Chọn thư mục sao lưu (ví dụ ổ USB)</source>
        <translation>Choose a backup folder (for example a USB drive)</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Sao lưu Commune Desk (*.sqlite3);;Mọi tệp (*)</source>
        <translation>Commune Desk backup (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Xác nhận khôi phục</source>
        <translation>Confirm restore</translation>
    </message>
    <message>
        <source>Các bản sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Sao lưu ra thư mục…</source>
        <translation>Back up to a folder…</translation>
    </message>
    <message>
        <source>Khôi phục bản đã chọn</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <source>Khôi phục từ tệp…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <source>Các bản sao lưu tự động trong %1:</source>
        <translation>Automatic backups in %1:</translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Đã sao lưu và kiểm tra: %1 (%2, %3 hồ sơ).</source>
        <translation>Backed up and verified: %1 (%2, %3 dossiers).</translation>
    </message>
    <message>
        <source>Hãy chọn một bản sao lưu trong danh sách.</source>
        <translation>Choose a backup in the list.</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu từ %1? Dữ liệu hiện tại được sao lưu trước (bản “trước khi khôi phục”), rồi thay bằng bản đã chọn. Sau khi khôi phục, bàn làm việc tạm dừng đồng bộ cho tới khi quản trị viên cho phép.</source>
        <translation>Restore the data from %1? The current data is backed up first (the “before restore” copy), then replaced by the chosen backup. After a restore the desk pauses synchronisation until an administrator allows it.</translation>
    </message>
    <message>
        <source>Đang khôi phục…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Đã khôi phục từ %1. Kỳ đồng bộ mới: %2; đồng bộ tạm dừng chờ quản trị viên cho phép.</source>
        <translation>Restored from %1. New sync epoch: %2; synchronisation is paused until an administrator allows it.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Bấm vào một cột để xem các hồ sơ đó</source>
        <translation>Click a bar to see those dossiers</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu mới không giống nhau.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>Cơ sở dữ liệu bị hỏng</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Sao lưu Commune Desk (*.sqlite3)</source>
        <translation>Commune Desk backup (*.sqlite3)</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu tốt gần nhất</source>
        <translation>Restore the latest good backup</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu khác…</source>
        <translation>Choose another backup file…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Đang khôi phục từ %1…</source>
        <translation>Restoring from %1…</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Tổng quan chỉ số</source>
        <translation>Indicators overview</translation>
    </message>
    <message>
        <source>Làm mới (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Kỳ xem chỉ số</source>
        <translation>Indicator period</translation>
    </message>
    <message>
        <source>Tuần này</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Tháng này (kỳ báo cáo)</source>
        <translation>This month (reporting period)</translation>
    </message>
    <message>
        <source>Quý này (kỳ báo cáo)</source>
        <translation>This quarter (reporting period)</translation>
    </message>
    <message>
        <source>Năm nay (kỳ báo cáo)</source>
        <translation>This year (reporting period)</translation>
    </message>
    <message>
        <source>12 tháng gần nhất</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Tùy chọn…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Tỷ lệ giải quyết đúng hạn</source>
        <translation>On-time resolution rate</translation>
    </message>
    <message>
        <source>Tỷ lệ hài lòng</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>Tỷ lệ số hóa hồ sơ</source>
        <translation>Digitisation rate</translation>
    </message>
    <message>
        <source>Tỷ lệ hồ sơ trực tuyến</source>
        <translation>Online submission rate</translation>
    </message>
    <message>
        <source>Tỷ lệ thanh toán trực tuyến</source>
        <translation>Online payment rate</translation>
    </message>
    <message>
        <source>Hồ sơ đang giải quyết theo lĩnh vực</source>
        <translation>Open dossiers by field</translation>
    </message>
    <message>
        <source>Trong hạn</source>
        <translation>Within time</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Hồ sơ đang giải quyết theo người xử lý</source>
        <translation>Open dossiers by officer</translation>
    </message>
    <message>
        <source>Hồ sơ đã giải quyết theo tháng</source>
        <translation>Resolved dossiers by month</translation>
    </message>
    <message>
        <source>Trước/đúng hạn</source>
        <translation>Early/on time</translation>
    </message>
    <message>
        <source>Hồ sơ tiếp nhận 30 ngày gần nhất</source>
        <translation>Dossiers received in the last 30 days</translation>
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Đánh giá mức độ hài lòng</source>
        <translation>Satisfaction ratings</translation>
    </message>
    <message>
        <source>Số lượt</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Đang tính…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Từ ngày %1 đến ngày %2 · Tiếp nhận %3 · Đã giải quyết %4 · Đang giải quyết %5 (quá hạn %6)</source>
        <translation>From %1 to %2 · Received %3 · Resolved %4 · Open %5 (overdue %6)</translation>
    </message>
    <message>
        <source>%1 trước/đúng hạn trên %2 đã giải quyết</source>
        <translation>%1 early/on time of %2 resolved</translation>
    </message>
    <message>
        <source>%1 hài lòng trên %2 lượt</source>
        <translation>%1 satisfied of %2 ratings</translation>
    </message>
    <message>
        <source>%1 trên %2 hồ sơ tiếp nhận</source>
        <translation>%1 of %2 dossiers received</translation>
    </message>
    <message>
        <source>%1 trên %2 lượt nộp phí</source>
        <translation>%1 of %2 fee payments</translation>
    </message>
    <message>
        <source>(chưa phân công)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Chấp nhận được</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Không hài lòng</source>
        <translation>Unsatisfied</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Gõ ngày dạng ngày/tháng/năm, ví dụ 05/02/2026</source>
        <translation>Type the date as day/month/year, e.g. 05/02/2026</translation>
    </message>
</context>
<context>
    <name>DetailScreen</name>
    <message>
        <source>← Danh sách (Alt+←)</source>
        <translation>← List (Alt+←)</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation>Personal ID</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Hình thức nộp</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Tiếp nhận / giải quyết</source>
        <translation>Receiving / deciding unit</translation>
    </message>
    <message>
        <source>Phí, lệ phí</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Người đang xử lý</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Thông tin hồ sơ</source>
        <translation>Dossier details</translation>
    </message>
    <message>
        <source>Quá trình giải quyết</source>
        <translation>Processing history</translation>
    </message>
    <message>
        <source>Bản quét đính kèm</source>
        <translation>Attached scans</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>In giấy tiếp nhận (01)</source>
        <translation>Print receipt (01)</translation>
    </message>
    <message>
        <source>In phiếu kiểm soát (06)</source>
        <translation>Print control slip (06)</translation>
    </message>
    <message>
        <source>In mẫu…</source>
        <translation>Print form…</translation>
    </message>
    <message>
        <source>Lập văn bản xin lỗi, hẹn lại (mẫu 04)…</source>
        <translation>Write the apology and new date (form 04)…</translation>
    </message>
    <message>
        <source>Hẹn trả: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Chưa có ngày hẹn</source>
        <translation>No due date yet</translation>
    </message>
    <message>
        <source>Hẹn ban đầu: %1 (đã hẹn lại %2 lần)</source>
        <translation>Original appointment: %1 (rescheduled %2 times)</translation>
    </message>
    <message>
        <source>Đang dừng tính thời gian từ %1 (chờ bổ sung).</source>
        <translation>Clock paused since %1 (waiting for supplement).</translation>
    </message>
    <message>
        <source>Kết thúc lúc %1 — %2</source>
        <translation>Finished at %1 — %2</translation>
    </message>
    <message>
        <source> (giờ làm việc)</source>
        <translation> (working time)</translation>
    </message>
    <message>
        <source>Quá hạn. Việc phải làm: gửi công dân văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu số 04, Nghị định 61/2018/NĐ-CP), do người đứng đầu cơ quan giải quyết ký, ghi ngày hẹn mới.</source>
        <translation>Overdue. What to do: send the citizen an apology letter with a new date for the result (Form 04, Decree 61/2018), signed by the head of the processing body, stating the new date.</translation>
    </message>
    <message>
        <source>(chưa phân công)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>(chưa đánh giá)</source>
        <translation>(not rated)</translation>
    </message>
    <message>
        <source>Mở một hồ sơ để %1.</source>
        <translation>Open a dossier to %1.</translation>
    </message>
    <message>
        <source>Đang lưu thao tác trước…</source>
        <translation>Saving the previous action…</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo được %1.</source>
        <translation>Only a leader may %1.</translation>
    </message>
    <message>
        <source>Chỉ %1 được %2.</source>
        <translation>Only %1 may %2.</translation>
    </message>
    <message>
        <source>Hồ sơ đang ở trạng thái “%1”: không thể %2.</source>
        <translation>The dossier is “%1”: cannot %2.</translation>
    </message>
    <message>
        <source>Chưa chọn ngày hẹn mới.</source>
        <translation>No new date chosen.</translation>
    </message>
    <message>
        <source>ngày nghỉ</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>Ngày %1 là ngày nghỉ (%2); hãy chọn ngày làm việc.</source>
        <translation>%1 is a day off (%2); choose a working day.</translation>
    </message>
    <message>
        <source>Ngày hẹn mới phải sau ngày hẹn hiện tại (%1).</source>
        <translation>The new date must be after the current appointment (%1).</translation>
    </message>
    <message>
        <source>Ngày sinh phải theo dạng ngày/tháng/năm, ví dụ 05/02/1990.</source>
        <translation>Date of birth must be day/month/year, e.g. 05/02/1990.</translation>
    </message>
    <message>
        <source>Chọn bản quét</source>
        <translation>Choose a scan</translation>
    </message>
    <message>
        <source>Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Gõ vài chữ của họ tên, chọn trong danh sách</source>
        <translation>Type a few letters of the name, pick from the list</translation>
    </message>
    <message>
        <source>người dùng đang hoạt động</source>
        <translation>an active user</translation>
    </message>
    <message>
        <source>người dùng có quyền %1</source>
        <translation>a user allowed to %1</translation>
    </message>
    <message>
        <source>“%1” không phải %2; hãy gõ vài chữ của họ tên rồi chọn trong danh sách.</source>
        <translation>“%1” is not %2; type a few letters of the name and pick from the list.</translation>
    </message>
    <message>
        <source>Không có thông tin nào thay đổi.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Đã ghi: %1.</source>
        <translation>Recorded: %1.</translation>
    </message>
    <message>
        <source>Xem và in %1</source>
        <translation>Preview and print %1</translation>
    </message>
    <message>
        <source>Xem và in mẫu số %1 — %2</source>
        <translation>Preview and print form %1 — %2</translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Người xử lý</source>
        <translation>Assignee</translation>
    </message>
</context>
<context>
    <name>DossierListScreen</name>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Đến hạn trong 1 ngày làm việc</source>
        <translation>Due within one working day</translation>
    </message>
    <message>
        <source>Chờ bổ sung</source>
        <translation>Waiting for supplement</translation>
    </message>
    <message>
        <source>Được giao cho tôi</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>Tìm hồ sơ</source>
        <translation>Find dossier</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Đang mở (chưa xong)</source>
        <translation>Open (not finished)</translation>
    </message>
    <message>
        <source>Nhận từ</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>Nhận từ ngày</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>Nhận đến ngày</source>
        <translation>Received until</translation>
    </message>
    <message>
        <source>Bỏ lọc việc cần làm</source>
        <translation>Clear to-do filter</translation>
    </message>
    <message>
        <source>Danh sách hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Mọi thủ tục</source>
        <translation>Any procedure</translation>
    </message>
    <message>
        <source>Mọi lĩnh vực</source>
        <translation>Any field</translation>
    </message>
    <message>
        <source>Mọi người xử lý</source>
        <translation>Any assignee</translation>
    </message>
    <message>
        <source>Việc cần làm: %1</source>
        <translation>To do: %1</translation>
    </message>
    <message>
        <source>Chờ tôi duyệt/ký</source>
        <translation>Waiting for my approval/signature</translation>
    </message>
    <message>
        <source>Không sắp xếp được theo cột này.</source>
        <translation>This column cannot be sorted.</translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 hồ sơ</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <source>Lỗi khi tải danh sách</source>
        <translation>Could not load the list</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Tạo tài khoản quản trị đầu tiên</source>
        <translation>Create the first administrator account</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <source>Chưa có tài khoản nào. Tài khoản quản trị quản lý người dùng, lịch làm việc, danh mục thủ tục và sao lưu.</source>
        <translation>There are no accounts yet. The administrator account manages users, office hours, the procedure catalogue and backups.</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Số định danh cá nhân *</source>
        <translation>Personal ID number *</translation>
    </message>
    <message>
        <source>CMND cũ</source>
        <translation>Old ID no.</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Địa chỉ *</source>
        <translation>Address *</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Thủ tục hành chính *</source>
        <translation>Procedure *</translation>
    </message>
    <message>
        <source>Giấy tờ đã nhận</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>Bản chính</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Giấy tờ (Dấu cách để đánh dấu)</source>
        <translation>Documents (Space to tick)</translation>
    </message>
    <message>
        <source>Số bộ hồ sơ:</source>
        <translation>Number of sets:</translation>
    </message>
    <message>
        <source>Tiếp nhận và trả kết quả</source>
        <translation>Submission and return</translation>
    </message>
    <message>
        <source>Hình thức nộp</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Hình thức trả kết quả</source>
        <translation>Result returned by</translation>
    </message>
    <message>
        <source>Đơn vị tiếp nhận *</source>
        <translation>Receiving unit *</translation>
    </message>
    <message>
        <source>Cơ quan giải quyết *</source>
        <translation>Deciding unit *</translation>
    </message>
    <message>
        <source>Phí, lệ phí</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Quy định</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Số bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Số trang mỗi bản</source>
        <translation>Pages per copy</translation>
    </message>
    <message>
        <source>Mức của tỉnh</source>
        <translation>Provincial amount</translation>
    </message>
    <message>
        <source>Miễn phí</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Hình thức nộp phí</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Hẹn trả kết quả (tính trước khi lưu)</source>
        <translation>Appointment (computed before saving)</translation>
    </message>
    <message>
        <source>Lưu hồ sơ (Ctrl+S)</source>
        <translation>Save dossier (Ctrl+S)</translation>
    </message>
    <message>
        <source>In giấy tiếp nhận (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <source>Mở hồ sơ vừa lưu (Ctrl+O)</source>
        <translation>Open the saved dossier (Ctrl+O)</translation>
    </message>
    <message>
        <source>Xóa trắng (Ctrl+Shift+N)</source>
        <translation>Clear form (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Hồ sơ chưa lưu</source>
        <translation>Unsaved dossier</translation>
    </message>
    <message>
        <source>Hồ sơ đang nhập chưa được lưu. Bỏ những gì đã nhập?</source>
        <translation>The dossier being entered is not saved. Discard what was typed?</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Lĩnh vực: %1 · Thời hạn: %2 · Mã: %3</source>
        <translation>Field: %1 · Time limit: %2 · Code: %3</translation>
    </message>
    <message>
        <source>Chọn thủ tục để tính ngày hẹn trả.</source>
        <translation>Choose a procedure to compute the appointment.</translation>
    </message>
    <message>
        <source>Không tính được ngày hẹn</source>
        <translation>Could not compute the appointment</translation>
    </message>
    <message>
        <source>Hẹn trả: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Chưa lưu được — còn %1 lỗi: %2</source>
        <translation>Not saved — %1 problem(s): %2</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Người nộp hồ sơ (quét mã QR thẻ căn cước để điền sẵn)</source>
        <translation>Applicant (scan the ID card's QR code to fill in)</translation>
    </message>
    <message>
        <source>Không đọc được thẻ căn cước, chưa điền gì: %1</source>
        <translation>Could not read the ID card, nothing filled: %1</translation>
    </message>
    <message>
        <source>Đã điền từ thẻ căn cước của %1.</source>
        <translation>Filled from the ID card of %1.</translation>
    </message>
    <message>
        <source>(có thể là: %1 — hỏi người nộp)</source>
        <translation>(could be: %1 — ask the applicant)</translation>
    </message>
    <message>
        <source>đơn vị tiếp nhận</source>
        <translation>the receiving unit</translation>
    </message>
    <message>
        <source>cơ quan giải quyết</source>
        <translation>the deciding body</translation>
    </message>
    <message>
        <source>Chưa chọn thủ tục hành chính.</source>
        <translation>No procedure chosen.</translation>
    </message>
    <message>
        <source>Chưa đánh dấu giấy tờ nào đã nhận.</source>
        <translation>No document is ticked as received.</translation>
    </message>
    <message>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Đã lưu hồ sơ %1 — hẹn trả %2.</source>
        <translation>Saved dossier %1 — due %2.</translation>
    </message>
    <message>
        <source>Chưa lưu được: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>tên đăng nhập</source>
        <translation>login</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Đổi người dùng</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Thoát phần mềm</source>
        <translation>Quit the desk</translation>
    </message>
    <message>
        <source>Bàn làm việc đã khóa</source>
        <translation>The desk is locked</translation>
    </message>
    <message>
        <source>Đang làm việc: %1 (%2, %3). Nhập mật khẩu để mở khóa.</source>
        <translation>Working: %1 (%2, %3). Type the password to unlock.</translation>
    </message>
    <message>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Người dùng khác đăng nhập để làm việc trên bàn này. Cơ sở dữ liệu vẫn mở, không cần nhập lại mật khẩu dữ liệu.</source>
        <translation>Another user signs in to work at this desk. The database stays open; the database password is not needed again.</translation>
    </message>
    <message>
        <source>Người đang làm việc: %1.</source>
        <translation>Working now: %1.</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Đã đăng xuất. Đăng nhập để làm việc.</source>
        <translation>Signed out. Sign in to work.</translation>
    </message>
    <message>
        <source>Hãy nhập mật khẩu.</source>
        <translation>Type the password.</translation>
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập và mật khẩu.</source>
        <translation>Type your login and password.</translation>
    </message>
    <message>
        <source>Quản trị viên đã đặt mật khẩu tạm; hãy đặt mật khẩu của riêng bạn.</source>
        <translation>An administrator set a temporary password; set your own password.</translation>
    </message>
    <message>
        <source>Cần đổi mật khẩu trước khi làm việc.</source>
        <translation>You must change your password before working.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập — Commune Desk</source>
        <translation>Sign in — Commune Desk</translation>
    </message>
    <message>
        <source>Bàn làm việc một cửa</source>
        <translation>One-stop desk</translation>
    </message>
    <message>
        <source>tên đăng nhập</source>
        <translation>login</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập và mật khẩu.</source>
        <translation>Type your login and password.</translation>
    </message>
    <message>
        <source>Quản trị viên đã đặt mật khẩu tạm; hãy đặt mật khẩu của riêng bạn.</source>
        <translation>An administrator set a temporary password; set your own password.</translation>
    </message>
    <message>
        <source>Cần đổi mật khẩu trước khi làm việc.</source>
        <translation>You must change your password before working.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bàn làm việc một cửa</source>
        <translation>One-stop desk</translation>
    </message>
    <message>
        <source>Điều hướng</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Việc cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Danh sách hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Tổng quan</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Báo cáo, sổ</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Vướng mắc</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Tìm hồ sơ</source>
        <translation>Find dossier</translation>
    </message>
    <message>
        <source>Hệ thống</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Khóa màn hình</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>Đổi người dùng…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Bàn làm việc này chạy không có tài khoản đăng nhập.</source>
        <translation>This desk runs without sign-in accounts.</translation>
    </message>
    <message>
        <source>Sao lưu, khôi phục…</source>
        <translation>Backup, restore…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Chỉ quản trị viên được sao lưu, khôi phục.</source>
        <translation>Only an administrator may back up and restore.</translation>
    </message>
    <message>
        <source>Chưa đăng ký máy chủ đồng bộ</source>
        <translation>No sync server enrolled</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu. Phần mềm sẽ đóng lại; hãy mở lại để làm việc trên dữ liệu đã khôi phục.</source>
        <translation>The data was restored. The desk will close; start it again to work on the restored data.</translation>
    </message>
    <message>
        <source>Khôi phục không thành công, dữ liệu hiện tại giữ nguyên. Phần mềm sẽ đóng lại; hãy mở lại để tiếp tục làm việc.</source>
        <translation>The restore failed; the current data is unchanged. The desk will close; start it again to continue.</translation>
    </message>
    <message>
        <source>Sao lưu và khôi phục</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>trạng thái đồng bộ</source>
        <translation>sync status</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Sao lưu, khôi phục</source>
        <translation>Backup, restore</translation>
    </message>
    <message>
        <source>Không mở được phần “%1”: %2</source>
        <translation>Could not open “%1”: %2</translation>
    </message>
    <message>
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Có lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Đã tự khóa sau %1 phút không dùng.</source>
        <translation>Locked after %1 minutes without use.</translation>
    </message>
    <message>
        <source>%1 · bàn số %2</source>
        <translation>%1 · desk %2</translation>
    </message>
</context>
<context>
    <name>NoKeyringDialog</name>
    <message>
        <source>Mật khẩu cơ sở dữ liệu</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>Mật khẩu cơ sở dữ liệu:</source>
        <translation>Database password:</translation>
    </message>
    <message>
        <source>Nhập lại:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>Dùng mật khẩu này</source>
        <translation>Use this password</translation>
    </message>
    <message>
        <source>Không mở phần mềm</source>
        <translation>Do not open the desk</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Mật khẩu không đúng: không mở được cơ sở dữ liệu này (lần thử thứ %1). Hãy nhập lại, hoặc chọn “Không mở phần mềm”.</source>
        <translation>Wrong password: this database cannot be opened (attempt %1). Type it again, or choose “Do not open the desk”.</translation>
    </message>
</context>
<context>
    <name>ObstaclesScreen</name>
    <message>
        <source>Mô tả vướng mắc, việc cần tỉnh hỗ trợ…</source>
        <translation>Describe the obstacle and the help needed from the province…</translation>
    </message>
    <message>
        <source>Ghi và gửi lên tỉnh</source>
        <translation>Record and send to the province</translation>
    </message>
    <message>
        <source>Lĩnh vực:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <source>Vướng mắc do:</source>
        <translation>Caused by:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>Since:</translation>
    </message>
    <message>
        <source>Số hồ sơ bị ảnh hưởng:</source>
        <translation>Dossiers affected:</translation>
    </message>
    <message>
        <source>Mô tả:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Báo vướng mắc mới</source>
        <translation>Report a new obstacle</translation>
    </message>
    <message>
        <source>Hiện cả vướng mắc đã đóng</source>
        <translation>Show closed obstacles too</translation>
    </message>
    <message>
        <source>Các vướng mắc</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Vướng mắc do</source>
        <translation>Caused by</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Mô tả</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Trả lời của tỉnh</source>
        <translation>Province's answer</translation>
    </message>
    <message>
        <source>Đóng vướng mắc đã xong</source>
        <translation>Close a resolved obstacle</translation>
    </message>
    <message>
        <source>Chờ tỉnh trả lời</source>
        <translation>Waiting for the province</translation>
    </message>
    <message>
        <source>Đã đóng.</source>
        <translation>Closed.</translation>
    </message>
    <message>
        <source>Hãy chọn một vướng mắc đang mở để đóng.</source>
        <translation>Choose an open obstacle to close.</translation>
    </message>
</context>
<context>
    <name>PaperSettingsPage</name>
    <message>
        <source>A4 (mặc định)</source>
        <translation>A4 (default)</translation>
    </message>
    <message>
        <source>A5 (in thu nhỏ từ mẫu A4)</source>
        <translation>A5 (the A4 form printed smaller)</translation>
    </message>
    <message>
        <source>Địa chỉ tra cứu hồ sơ trên Cổng dịch vụ công của tỉnh, in trong mã QR của Mẫu 01; {code} được thay bằng mã hồ sơ. Để trống: mã QR chỉ chứa mã hồ sơ.</source>
        <translation>Address for looking up a dossier on the province's public service portal, printed in form 01's QR code; {code} is replaced by the dossier code. Empty: the QR code holds only the dossier code.</translation>
    </message>
    <message>
        <source>Lưu cài đặt giấy tờ</source>
        <translation>Save paper settings</translation>
    </message>
    <message>
        <source>Giấy tờ in</source>
        <translation>Printed papers</translation>
    </message>
    <message>
        <source>Khổ phiếu Mẫu 01–05</source>
        <translation>Paper size of forms 01–05</translation>
    </message>
    <message>
        <source>Địa chỉ tra cứu (mã QR)</source>
        <translation>Look-up address (QR code)</translation>
    </message>
    <message>
        <source>Báo cáo gửi (Kính gửi)</source>
        <translation>Reports addressed to</translation>
    </message>
    <message>
        <source>&lt;b&gt;Người ký báo cáo&lt;/b&gt; (UBND xã)</source>
        <translation>&lt;b&gt;Signer of reports&lt;/b&gt; (commune People's Committee)</translation>
    </message>
    <message>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>&lt;b&gt;Người ký Mẫu 04, 05&lt;/b&gt; (Trung tâm)</source>
        <translation>&lt;b&gt;Signer of forms 04, 05&lt;/b&gt; (centre)</translation>
    </message>
    <message>
        <source>Người lập biểu (mặc định)</source>
        <translation>Prepared by (default)</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Xóa người đã chọn</source>
        <translation>Remove the selected person</translation>
    </message>
    <message>
        <source>Lưu danh bạ</source>
        <translation>Save directory</translation>
    </message>
    <message>
        <source>Danh bạ cán bộ in trên giấy tờ</source>
        <translation>Staff directory printed on papers</translation>
    </message>
    <message>
        <source>Họ tên, số điện thoại in thay cho tên đăng nhập, kể cả cán bộ ở bàn khác (tỉnh gửi xuống khi đồng bộ). Tài khoản của bàn này dùng họ tên trong mục Tài khoản.</source>
        <translation>Full names and phone numbers printed instead of logins, officers at other desks included (sent down by the province when syncing). This desk's accounts use the full name in Accounts.</translation>
    </message>
    <message>
        <source>Đã lưu cài đặt giấy tờ; giấy in từ nay theo cài đặt mới.</source>
        <translation>Paper settings saved; papers are printed with them from now on.</translation>
    </message>
    <message>
        <source>Hãy chọn một người trong danh bạ.</source>
        <translation>Choose a person in the directory.</translation>
    </message>
    <message>
        <source>Đã xóa %1 khỏi danh bạ.</source>
        <translation>%1 removed from the directory.</translation>
    </message>
    <message>
        <source>Đã lưu danh bạ (%1 người).</source>
        <translation>Directory saved (%1 people).</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Lưu thành</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>&amp;Lưu thành…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Vừa khổ</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Không ghi được tệp: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message>
        <source>Mẫu số %1</source>
        <translation>Form %1</translation>
    </message>
    <message>
        <source>Không lập được mẫu</source>
        <translation>Could not build the form</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <source>Thủ tục hành chính</source>
        <translation>Administrative procedure</translation>
    </message>
    <message>
        <source>Gõ tên hoặc mã thủ tục, ví dụ: khai sinh, chung thuc</source>
        <translation>Type a procedure name or code, e.g. khai sinh</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Tình hình giải quyết TTHC (Biểu II.06a)</source>
        <translation>Administrative procedure results (table II.06a)</translation>
    </message>
    <message>
        <source>Sổ theo dõi hồ sơ (Mẫu 07)</source>
        <translation>Dossier ledger (form 07)</translation>
    </message>
    <message>
        <source>Báo cáo nhanh tuần (lãnh đạo)</source>
        <translation>Weekly brief (leader)</translation>
    </message>
    <message>
        <source>Tính lại, bỏ qua số liệu đã chốt</source>
        <translation>Recompute, ignoring the frozen figures</translation>
    </message>
    <message>
        <source>Kỳ đã kết thúc được chốt số liệu ở lần lập đầu tiên; đánh dấu để tính lại từ dữ liệu hiện tại.</source>
        <translation>A finished period's figures are frozen the first time it is built; tick to recompute from the current data.</translation>
    </message>
    <message>
        <source>&amp;Lập báo cáo</source>
        <translation>&amp;Build report</translation>
    </message>
    <message>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Lưu &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Lưu &amp;Excel…</source>
        <translation>Save &amp;Excel…</translation>
    </message>
    <message>
        <source>Loại báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Period kind</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Tháng %1 năm %2</source>
        <translation>Month %1 of %2</translation>
    </message>
    <message>
        <source>Quý %1 năm %2</source>
        <translation>Quarter %1 of %2</translation>
    </message>
    <message>
        <source>6 tháng đầu năm %2</source>
        <translation>First half of %2</translation>
    </message>
    <message>
        <source>9 tháng năm %2</source>
        <translation>Nine months of %2</translation>
    </message>
    <message>
        <source>Năm %2</source>
        <translation>Year %2</translation>
    </message>
    <message>
        <source>Tuần %1 năm %2</source>
        <translation>Week %1 of %2</translation>
    </message>
    <message>
        <source>Chưa chọn kỳ báo cáo.</source>
        <translation>No reporting period chosen.</translation>
    </message>
    <message>
        <source>Từ %1 đến %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Báo cáo nhanh tuần cần chọn một tuần.</source>
        <translation>The weekly brief needs a week.</translation>
    </message>
    <message>
        <source>Đang lập báo cáo…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>Tiếp nhận %1, đã giải quyết %2, đang giải quyết %3.</source>
        <translation>Received %1, resolved %2, open %3.</translation>
    </message>
    <message>
        <source>Số liệu tạm tính (kỳ chưa kết thúc).</source>
        <translation>Provisional figures (the period is not over).</translation>
    </message>
    <message>
        <source>Số liệu chốt lúc %1.</source>
        <translation>Figures frozen at %1.</translation>
    </message>
    <message>
        <source>Đã lập: %1.</source>
        <translation>Built: %1.</translation>
    </message>
    <message>
        <source>Đã dừng.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Lưu thành</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Không ghi được tệp: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message>
        <source>Đã lưu %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Tìm: tên, mã hồ sơ, số định danh, điện thoại… (Ctrl+F)</source>
        <translation>Search: name, dossier code, personal ID, phone… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Buổi làm việc “%1” phải có dạng 07:00-11:30.</source>
        <translation>Session “%1” must look like 07:00-11:30.</translation>
    </message>
    <message>
        <source>Mỗi mùa phải có ít nhất một buổi làm việc.</source>
        <translation>Every season needs at least one session.</translation>
    </message>
    <message>
        <source>Ngày bắt đầu mùa “%1” phải có dạng ngày/tháng, ví dụ 16/4.</source>
        <translation>Season start “%1” must be day/month, e.g. 16/4.</translation>
    </message>
    <message>
        <source>Lưu thông tin bàn làm việc</source>
        <translation>Save desk details</translation>
    </message>
    <message>
        <source>Đơn vị và bàn làm việc</source>
        <translation>Office and desk</translation>
    </message>
    <message>
        <source>Tên xã, phường</source>
        <translation>Commune name</translation>
    </message>
    <message>
        <source>Mã xã (5 chữ số)</source>
        <translation>Commune code (5 digits)</translation>
    </message>
    <message>
        <source>Mã định danh cơ quan</source>
        <translation>Agency electronic ID</translation>
    </message>
    <message>
        <source>Số bàn (1–9)</source>
        <translation>Desk number (1–9)</translation>
    </message>
    <message>
        <source>Đơn vị tiếp nhận</source>
        <translation>Receiving unit</translation>
    </message>
    <message>
        <source>Mùa</source>
        <translation>Season</translation>
    </message>
    <message>
        <source>Từ ngày (ngày/tháng)</source>
        <translation>From (day/month)</translation>
    </message>
    <message>
        <source>Các buổi (07:00-11:30, 13:30-17:00)</source>
        <translation>Sessions (07:00-11:30, 13:30-17:00)</translation>
    </message>
    <message>
        <source>Thêm mùa</source>
        <translation>Add season</translation>
    </message>
    <message>
        <source>Lưu giờ làm việc</source>
        <translation>Save office hours</translation>
    </message>
    <message>
        <source>Giờ làm việc theo mùa</source>
        <translation>Office hours by season</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Văn bản căn cứ</source>
        <translation>Source document</translation>
    </message>
    <message>
        <source>ví dụ: Nghỉ bù Quốc khánh</source>
        <translation>e.g. National Day compensatory day off</translation>
    </message>
    <message>
        <source>ví dụ: Thông báo 123/TB-UBND ngày 01/8/2026</source>
        <translation>e.g. Notice 123/TB-UBND of 01/8/2026</translation>
    </message>
    <message>
        <source>Thêm ngày</source>
        <translation>Add day</translation>
    </message>
    <message>
        <source>Xóa ngày đã chọn</source>
        <translation>Remove selected day</translation>
    </message>
    <message>
        <source>Lịch làm việc: ngày nghỉ, ngày làm bù</source>
        <translation>Working calendar: days off, make-up days</translation>
    </message>
    <message>
        <source>Văn bản căn cứ *</source>
        <translation>Source document *</translation>
    </message>
    <message>
        <source>Nhập danh mục thủ tục từ tệp Excel…</source>
        <translation>Import procedure catalogue from Excel…</translation>
    </message>
    <message>
        <source>Danh mục thủ tục hành chính</source>
        <translation>Procedure catalogue</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Ngôn ngữ (áp dụng khi mở lại)</source>
        <translation>Language (applies after restart)</translation>
    </message>
    <message>
        <source>Cỡ chữ (chữ lớn cho người khó nhìn)</source>
        <translation>Text size (large text for poor eyesight)</translation>
    </message>
    <message>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Tự khóa màn hình sau số phút không dùng</source>
        <translation>Lock the screen after this many unused minutes</translation>
    </message>
    <message>
        <source>Phiên làm việc</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Tự khóa khi không dùng sau</source>
        <translation>Lock when unused for</translation>
    </message>
    <message>
        <source>Mở khóa bằng mật khẩu của người đang làm việc; không cần mật khẩu dữ liệu.</source>
        <translation>Unlock with the password of the person working; the database password is not needed.</translation>
    </message>
    <message>
        <source>Chỉ quản trị viên được sửa thông tin bàn làm việc và giờ làm việc; lịch và danh mục theo quyền của tài khoản.</source>
        <translation>Only an administrator may change the desk details and office hours; the calendar and catalogue follow the account's rights.</translation>
    </message>
    <message>
        <source>Đang dùng: %1 (phiên bản %2, hiệu lực từ %3, %4 thủ tục)</source>
        <translation>In use: %1 (version %2, effective %3, %4 procedures)</translation>
    </message>
    <message>
        <source>Mã xã không được để trống.</source>
        <translation>The commune code cannot be empty.</translation>
    </message>
    <message>
        <source>Đã lưu thông tin bàn làm việc.</source>
        <translation>Desk details saved.</translation>
    </message>
    <message>
        <source>Mùa mới</source>
        <translation>New season</translation>
    </message>
    <message>
        <source>Đã lưu giờ làm việc.</source>
        <translation>Office hours saved.</translation>
    </message>
    <message>
        <source>Chưa nhập tên ngày (ví dụ: Nghỉ bù Quốc khánh).</source>
        <translation>Enter a name for the day (e.g. National Day compensatory day off).</translation>
    </message>
    <message>
        <source>Chưa nhập văn bản căn cứ (số, ngày của thông báo).</source>
        <translation>Enter the source document (number and date of the notice).</translation>
    </message>
    <message>
        <source>Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.</source>
        <translation>A make-up working day must be a Saturday or Sunday.</translation>
    </message>
    <message>
        <source>Đã thêm ngày %1 vào lịch.</source>
        <translation>Added %1 to the calendar.</translation>
    </message>
    <message>
        <source>Hãy chọn một ngày trong bảng.</source>
        <translation>Select a day in the table.</translation>
    </message>
    <message>
        <source>Đã xóa ngày %1 khỏi lịch.</source>
        <translation>Removed %1 from the calendar.</translation>
    </message>
    <message>
        <source>Chọn tệp danh mục</source>
        <translation>Choose a catalogue file</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Đang nhập danh mục…</source>
        <translation>Importing catalogue…</translation>
    </message>
    <message>
        <source>Đã nhập danh mục thủ tục.</source>
        <translation>Catalogue imported.</translation>
    </message>
    <message>
        <source>Cỡ chữ %1 % đã được áp dụng.</source>
        <translation>Text size %1 % applied.</translation>
    </message>
    <message>
        <source>Ngôn ngữ sẽ được áp dụng khi mở lại phần mềm.</source>
        <translation>The language applies the next time the app starts.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Cài đặt máy lần đầu — Commune Desk</source>
        <translation>First set-up — Commune Desk</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>gõ vài chữ, không cần dấu, ví dụ: my ly</source>
        <translation>type a few letters, accents optional, e.g. my ly</translation>
    </message>
    <message>
        <source>Xã, phường</source>
        <translation>Commune, ward</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation>Province, city</translation>
    </message>
    <message>
        <source>Tìm xã, phường</source>
        <translation>Find the commune, ward</translation>
    </message>
    <message>
        <source>Chọn đơn vị theo danh mục chính thức từ 01/7/2025 (34 tỉnh, thành phố; 3.321 xã, phường, đặc khu).</source>
        <translation>Choose the unit from the official list in force since 01/7/2025 (34 provinces and cities; 3,321 communes, wards and special zones).</translation>
    </message>
    <message>
        <source>Mã định danh cơ quan</source>
        <translation>Agency electronic ID</translation>
    </message>
    <message>
        <source>Số bàn của máy này (1–9)</source>
        <translation>This machine's desk number (1–9)</translation>
    </message>
    <message>
        <source>Mùa</source>
        <translation>Season</translation>
    </message>
    <message>
        <source>Từ ngày (ngày/tháng)</source>
        <translation>From (day/month)</translation>
    </message>
    <message>
        <source>Các buổi (07:00-11:30, 13:30-17:00)</source>
        <translation>Sessions (07:00-11:30, 13:30-17:00)</translation>
    </message>
    <message>
        <source>Địa chỉ máy chủ đồng bộ</source>
        <translation>Sync server address</translation>
    </message>
    <message>
        <source>Mã đăng ký máy (dùng một lần)</source>
        <translation>Enrolment code (single use)</translation>
    </message>
    <message>
        <source>Không bắt buộc. Cán bộ tin học của tỉnh cấp địa chỉ và mã đăng ký cho từng máy. Bỏ trống nếu chưa có: máy vẫn làm việc bình thường và đăng ký sau trong Cài đặt. Nếu máy chủ không liên lạc được, việc cài đặt vẫn hoàn tất và máy làm việc ngoại tuyến.</source>
        <translation>Optional. The province's IT officer gives each machine an address and an enrolment code. Leave empty if you have none: the desk works normally and can enrol later in Settings. If the server cannot be reached, set-up still completes and the desk works offline.</translation>
    </message>
    <message>
        <source>1. Đơn vị</source>
        <translation>1. Unit</translation>
    </message>
    <message>
        <source>2. Mã cơ quan và số bàn</source>
        <translation>2. Agency code and desk number</translation>
    </message>
    <message>
        <source>3. Giờ làm việc</source>
        <translation>3. Office hours</translation>
    </message>
    <message>
        <source>4. Máy chủ đồng bộ</source>
        <translation>4. Sync server</translation>
    </message>
    <message>
        <source>Đã cài đặt xong</source>
        <translation>Set-up complete</translation>
    </message>
    <message>
        <source>Bắt đầu làm việc</source>
        <translation>Start working</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Giờ làm việc mặc định của {0}; sửa nếu xã làm việc khác. Hạn giải quyết tính theo các buổi này.</source>
        <translation>Default office hours of {0}; change them if the commune works differently. Deadlines are counted in these sessions.</translation>
    </message>
    <message>
        <source>Hãy chọn xã, phường trong danh sách.</source>
        <translation>Choose the commune or ward in the list.</translation>
    </message>
    <message>
        <source>Cần cả địa chỉ máy chủ và mã đăng ký (hoặc bỏ trống cả hai để đăng ký sau).</source>
        <translation>Both the server address and the enrolment code are needed (or leave both empty to enrol later).</translation>
    </message>
    <message>
        <source>Đang cài đặt…</source>
        <translation>Setting up…</translation>
    </message>
    <message>
        <source>Đơn vị tiếp nhận: %1</source>
        <translation>Receiving unit: %1</translation>
    </message>
    <message>
        <source>Mã định danh cơ quan: %1; bàn số %2</source>
        <translation>Agency code: %1; desk %2</translation>
    </message>
    <message>
        <source>Đã đăng ký với máy chủ đồng bộ %1.</source>
        <translation>Enrolled with the sync server %1.</translation>
    </message>
    <message>
        <source>Chưa đăng ký máy chủ đồng bộ: máy làm việc ngoại tuyến.</source>
        <translation>Not enrolled with a sync server: the desk works offline.</translation>
    </message>
    <message>
        <source>Bước tiếp theo: tạo tài khoản quản trị viên đầu tiên.</source>
        <translation>Next step: create the first administrator account.</translation>
    </message>
    <message>
        <source>Mã định danh điện tử của cơ quan tiếp nhận (Quyết định 20/2020/QĐ-TTg), các cấp cách nhau bằng dấu chấm, cấp thấp nhất trước, kết thúc bằng một chữ cái và 2 chữ số, ví dụ 000.00.04.H40. Mã này đứng đầu mọi mã hồ sơ; hỏi Văn phòng UBND tỉnh nếu chưa có.</source>
        <translation>The receiving body's electronic identifier (Decision 20/2020/QD-TTg): levels separated by dots, lowest level first, ending in a letter and 2 digits, e.g. 000.00.04.H40. It starts every dossier code; ask the provincial People's Committee office if you have none.</translation>
    </message>
    <message>
        <source>Mỗi máy của cùng một xã phải có số bàn khác nhau (1–9): số bàn quyết định dải mã hồ sơ của máy. Khi có máy chủ, máy chủ từ chối số đã có máy khác dùng. Khi cài đặt không có máy chủ, chương trình không biết các máy khác: hãy tự ghi lại số đã dùng cho từng máy.</source>
        <translation>Every machine of one commune needs its own desk number (1–9): it decides the machine's range of dossier codes. With a server, the server refuses a number another machine uses. Set up without a server, the desk cannot know the other machines: write down the number used on each.</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>Đang kiểm tra cơ sở dữ liệu…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng nên mọi thao tác ghi đã bị chặn; hãy khôi phục bản sao lưu. Chi tiết: </source>
        <translation>The database is damaged, so every write is blocked; restore a backup. Details: </translation>
    </message>
    <message>
        <source>Đang sao lưu hằng ngày…</source>
        <translation>Making the daily backup…</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng: đã chặn mọi thao tác ghi.</source>
        <translation>The database is damaged: every write is blocked.</translation>
    </message>
    <message>
        <source>Đã sao lưu hằng ngày: %s</source>
        <translation>Daily backup made: %s</translation>
    </message>
    <message>
        <source>Sao lưu hằng ngày không thành công.</source>
        <translation>The daily backup failed.</translation>
    </message>
    <message>
        <source>Sao lưu hằng ngày</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <source>Chưa sao lưu được cơ sở dữ liệu hôm nay: </source>
        <translation>The database could not be backed up today: </translation>
    </message>
</context>
<context>
    <name>SyncLoop</name>
    <message>
        <source>Máy chưa đăng ký với máy chủ đồng bộ (commune-desk enroll).</source>
        <translation>This machine is not enrolled with a sync server (commune-desk enroll).</translation>
    </message>
    <message>
        <source>Không đọc được trạng thái đồng bộ: %1</source>
        <translation>Could not read the sync state: %1</translation>
    </message>
    <message>
        <source>Đang đồng bộ…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Máy chủ từ chối: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <source>Đã đồng bộ</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <source>Còn %1 sự kiện chờ máy chủ xác nhận</source>
        <translation>%1 events waiting for the server's confirmation</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Tiếp nhận</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Chuyển xử lý</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Rút hồ sơ</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Báo vướng mắc</source>
        <translation>Obstacle reported</translation>
    </message>
    <message>
        <source>Tỉnh trả lời</source>
        <translation>Province answered</translation>
    </message>
    <message>
        <source>Đóng vướng mắc</source>
        <translation>Obstacle closed</translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Máy chủ:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Chờ gửi:</source>
        <translation>Waiting to send:</translation>
    </message>
    <message>
        <source>Đồng bộ xong gần nhất:</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Chiều</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Loại sự kiện</source>
        <translation>Event kind</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Đăng ký máy với máy chủ đồng bộ</source>
        <translation>Enrol this machine with a sync server</translation>
    </message>
    <message>
        <source>Đăng ký</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Địa chỉ máy chủ</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Mã đăng ký máy</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Lần đồng bộ không thành công gần đây:</source>
        <translation>Recent failed sync rounds:</translation>
    </message>
    <message>
        <source>Sự kiện bị giữ lại (không mất, cần cán bộ xem xét):</source>
        <translation>Held events (not lost; an officer must review them):</translation>
    </message>
    <message>
        <source>Máy chủ từ chối</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Nhận về không ghi được</source>
        <translation>Received but not applied</translation>
    </message>
    <message>
        <source>Mã sự kiện: %1
Hồ sơ: %2</source>
        <translation>Event id: %1
Dossier: %2</translation>
    </message>
    <message>
        <source>Máy chưa đăng ký: nhập địa chỉ máy chủ và mã đăng ký máy rồi bấm “Đăng ký”.</source>
        <translation>Not enrolled: type the server address and the enrolment code, then press “Enrol”.</translation>
    </message>
    <message>
        <source>Cần cả địa chỉ máy chủ và mã đăng ký máy.</source>
        <translation>Both the server address and the enrolment code are needed.</translation>
    </message>
    <message>
        <source>Đang đăng ký…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>Đã đăng ký với máy chủ {0}.</source>
        <translation>Enrolled with the server {0}.</translation>
    </message>
    <message>
        <source>chưa đăng ký (commune-desk enroll)</source>
        <translation>not enrolled (commune-desk enroll)</translation>
    </message>
    <message>
        <source>%1 sự kiện</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <source>Máy vừa được khôi phục từ bản sao lưu: đồng bộ tạm dừng chờ quản trị viên cho phép.</source>
        <translation>This machine was just restored from a backup: synchronisation is paused until an administrator allows it.</translation>
    </message>
    <message>
        <source>Máy này chưa được đăng ký với máy chủ đồng bộ, nên chưa gửi và nhận hồ sơ (hồ sơ vẫn được ghi trên máy này và sẽ gửi lên sau khi đăng ký). Chỉ quản trị viên được đăng ký máy: quản trị viên đăng nhập (Hệ thống › Đổi người dùng…), mở màn hình Đồng bộ (Ctrl+5) rồi nhập địa chỉ máy chủ và mã đăng ký máy do tỉnh cấp, bấm “Đăng ký”.</source>
        <translation>This machine is not enrolled with a sync server, so it neither sends nor receives dossiers (they are still recorded here and sent after enrolment). Only an administrator may enrol the machine: the administrator signs in (System › Switch user…), opens the Sync screen (Ctrl+5), types the server address and the enrolment code given by the province, and presses “Enrol”.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Ngoại tuyến</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Đang đồng bộ</source>
        <translation>Synchronising</translation>
    </message>
    <message>
        <source>Tạm dừng đồng bộ</source>
        <translation>Sync paused</translation>
    </message>
    <message>
        <source>Chưa đăng ký máy chủ</source>
        <translation>No server enrolled</translation>
    </message>
    <message>
        <source>Lỗi đồng bộ</source>
        <translation>Sync error</translation>
    </message>
    <message>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>%1 chờ gửi</source>
        <translation>%1 waiting to send</translation>
    </message>
    <message>
        <source>%1 bị giữ lại</source>
        <translation>%1 held</translation>
    </message>
    <message>
        <source>đồng hồ máy lệch</source>
        <translation>machine clock is off</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Bước</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>UserFormDialog</name>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Mật khẩu (tạm):</source>
        <translation>Password (temporary):</translation>
    </message>
    <message>
        <source>Nhập lại:</source>
        <translation>Again:</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đăng nhập gần nhất</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Thêm tài khoản…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>Khóa / mở khóa</source>
        <translation>Disable / enable</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Đổi vai trò</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Chỉ quản trị viên xem và quản lý được tài khoản.</source>
        <translation>Only an administrator can see and manage accounts.</translation>
    </message>
    <message>
        <source>Đã khóa</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Tạm khóa đến %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Hãy chọn một tài khoản trong danh sách.</source>
        <translation>Choose an account in the list.</translation>
    </message>
    <message>
        <source>Đã thêm tài khoản %1.</source>
        <translation>Account %1 added.</translation>
    </message>
    <message>
        <source>Đã mở khóa tài khoản %1.</source>
        <translation>Account %1 enabled.</translation>
    </message>
    <message>
        <source>Đã khóa tài khoản %1.</source>
        <translation>Account %1 disabled.</translation>
    </message>
    <message>
        <source>Đã đặt lại mật khẩu của %1.</source>
        <translation>Password of %1 reset.</translation>
    </message>
    <message>
        <source>Đã đổi vai trò của %1 thành %2.</source>
        <translation>Role of %1 changed to %2.</translation>
    </message>
</context>
<context>
    <name>WorklistScreen</name>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Đã qua hẹn trả, chưa có kết quả</source>
        <translation>Past the appointment, no result yet</translation>
    </message>
    <message>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Hẹn trả trong ngày hôm nay</source>
        <translation>Appointment is today</translation>
    </message>
    <message>
        <source>Đến hạn trong 1 ngày làm việc</source>
        <translation>Due within one working day</translation>
    </message>
    <message>
        <source>Hẹn trả đến hết ngày làm việc kế tiếp</source>
        <translation>Due by the end of the next working day</translation>
    </message>
    <message>
        <source>Chờ bổ sung</source>
        <translation>Waiting for supplement</translation>
    </message>
    <message>
        <source>Đang dừng tính thời gian, chờ công dân bổ sung</source>
        <translation>Clock paused, waiting for the citizen</translation>
    </message>
    <message>
        <source>Được giao cho tôi</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>Hồ sơ đang mở tôi phụ trách</source>
        <translation>Open dossiers I handle</translation>
    </message>
    <message>
        <source>Chờ tôi duyệt/ký</source>
        <translation>Waiting for my approval/signature</translation>
    </message>
    <message>
        <source>Hồ sơ được chuyển đến tôi để duyệt, ký kết quả</source>
        <translation>Dossiers sent to me to approve and sign</translation>
    </message>
    <message>
        <source>+  Tiếp nhận hồ sơ mới (Ctrl+N)</source>
        <translation>+  New dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Việc cần làm — %1</source>
        <translation>To do — %1</translation>
    </message>
    <message>
        <source>Hôm nay là ngày làm việc.</source>
        <translation>Today is a working day.</translation>
    </message>
    <message>
        <source>Hôm nay là ngày nghỉ (%1).</source>
        <translation>Today is a day off (%1).</translation>
    </message>
    <message>
        <source>Đang mở: %1 hồ sơ · Toàn bộ lưu trữ: %2 hồ sơ</source>
        <translation>Open: %1 dossiers · Whole archive: %2 dossiers</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Chuyển / phân công</source>
        <translation>Assign / hand over</translation>
    </message>
    <message>
        <source>Chuyển cho (tên đăng nhập)</source>
        <translation>Hand over to (login)</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <source>Nội dung cần bổ sung (mỗi dòng một mục)</source>
        <translation>What to supply (one item per line)</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Lãnh đạo duyệt yêu cầu lần hai (nếu có)</source>
        <translation>Leader approving a second request (if any)</translation>
    </message>
    <message>
        <source>Mật khẩu của lãnh đạo duyệt (nếu không phải bạn)</source>
        <translation>Password of the approving leader (if not you)</translation>
    </message>
    <message>
        <source>Nhận hồ sơ bổ sung</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Lý do từ chối</source>
        <translation>Reasons for refusal</translation>
    </message>
    <message>
        <source>Xin lỗi, hẹn lại</source>
        <translation>Apology, new date</translation>
    </message>
    <message>
        <source>Ngày hẹn mới</source>
        <translation>New appointment date</translation>
    </message>
    <message>
        <source>Lý do chậm trễ</source>
        <translation>Reason for the delay</translation>
    </message>
    <message>
        <source>Người ký văn bản xin lỗi</source>
        <translation>Apology signed by</translation>
    </message>
    <message>
        <source>Mật khẩu của người ký (nếu không phải bạn)</source>
        <translation>Password of the signer (if not you)</translation>
    </message>
    <message>
        <source>Có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <source>Hình thức trả</source>
        <translation>Returned by</translation>
    </message>
    <message>
        <source>Dừng / rút hồ sơ</source>
        <translation>Stop / withdraw</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Theo đề nghị của công dân</source>
        <translation>At the citizen's request</translation>
    </message>
    <message>
        <source>Theo quy định của pháp luật</source>
        <translation>By law</translation>
    </message>
    <message>
        <source>Xử lý giấy tờ, phí đã nộp</source>
        <translation>Papers and fees handled as</translation>
    </message>
    <message>
        <source>Đánh giá hài lòng</source>
        <translation>Record satisfaction</translation>
    </message>
    <message>
        <source>Mức độ</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Đính chính thông tin</source>
        <translation>Details corrected</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Số định danh cá nhân</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <source>Ngày sinh (dd/mm/yyyy)</source>
        <translation>Date of birth (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Lý do đính chính</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Đính kèm bản quét…</source>
        <translation>Attach a scan…</translation>
    </message>
    <message>
        <source>— Chọn —</source>
        <translation>— Choose —</translation>
    </message>
    <message>
        <source>Chưa nhập: %1</source>
        <translation>Missing: %1</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>Miễn phí</source>
        <translation>Free</translation>
    </message>
    <message numerus="yes">
        <source>%n ngày</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n giờ</source>
        <translation>
            <numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n phút</source>
        <translation>
            <numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message>
        <source>0 phút</source>
        <translation>0 minutes</translation>
    </message>
    <message>
        <source>quá hạn %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>còn %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>đ</source>
        <translation>VND</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</source>
        <translation>Receipt and appointment</translation>
    </message>
    <message>
        <source>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</source>
        <translation>Request to supplement the dossier</translation>
    </message>
    <message>
        <source>Phiếu từ chối tiếp nhận giải quyết hồ sơ</source>
        <translation>Refusal to accept the dossier</translation>
    </message>
    <message>
        <source>Văn bản xin lỗi và hẹn lại ngày trả kết quả</source>
        <translation>Apology and new date for the result</translation>
    </message>
    <message>
        <source>Thông báo dừng giải quyết hồ sơ</source>
        <translation>Notice of stopping the dossier</translation>
    </message>
    <message>
        <source>Phiếu kiểm soát quá trình giải quyết hồ sơ</source>
        <translation>Processing control slip</translation>
    </message>
    <message>
        <source>Sổ theo dõi hồ sơ (dòng của hồ sơ này)</source>
        <translation>Dossier ledger (this dossier's line)</translation>
    </message>
    <message>
        <source>Văn bản trả lời (không giải quyết hồ sơ)</source>
        <translation>Reply letter (dossier not resolved)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Chờ bổ sung</source>
        <translation>Waiting for supplement</translation>
    </message>
    <message>
        <source>Đã có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Đã trả kết quả</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Dừng, rút hồ sơ</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Trong hạn</source>
        <translation>Within time</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Bưu chính</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Tại quầy</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>Tiền mặt</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Chuyển khoản</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Thanh toán trực tuyến</source>
        <translation>Online payment</translation>
    </message>
    <message>
        <source>Miễn</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Chấp nhận được</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Không hài lòng</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <source>Giải quyết (chấp thuận)</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Không chấp thuận (có lý do)</source>
        <translation>Denied (with reasons)</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Phân công / chuyển hồ sơ</source>
        <translation>Assigned / handed over</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <source>Nhận hồ sơ bổ sung</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <source>Xin lỗi, hẹn lại</source>
        <translation>Apology, new date</translation>
    </message>
    <message>
        <source>Có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <source>Dừng giải quyết, rút hồ sơ</source>
        <translation>Processing stopped, withdrawn</translation>
    </message>
    <message>
        <source>Đánh giá mức độ hài lòng</source>
        <translation>Satisfaction ratings</translation>
    </message>
    <message>
        <source>Đính chính thông tin</source>
        <translation>Details corrected</translation>
    </message>
    <message>
        <source>Đính kèm bản quét</source>
        <translation>Scan attached</translation>
    </message>
    <message>
        <source>Cán bộ tiếp nhận</source>
        <translation>Receiving clerk</translation>
    </message>
    <message>
        <source>Chuyên viên xử lý</source>
        <translation>Processing officer</translation>
    </message>
    <message>
        <source>Lãnh đạo</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Quản trị hệ thống</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>tiếp nhận hồ sơ</source>
        <translation>receive dossiers</translation>
    </message>
    <message>
        <source>phân công, chuyển hồ sơ</source>
        <translation>assign and hand over dossiers</translation>
    </message>
    <message>
        <source>yêu cầu bổ sung hồ sơ</source>
        <translation>request a supplement</translation>
    </message>
    <message>
        <source>duyệt yêu cầu bổ sung lần hai</source>
        <translation>approve a second supplement request</translation>
    </message>
    <message>
        <source>nhận hồ sơ bổ sung</source>
        <translation>receive a supplement</translation>
    </message>
    <message>
        <source>từ chối hồ sơ</source>
        <translation>refuse dossiers</translation>
    </message>
    <message>
        <source>hẹn lại ngày trả kết quả</source>
        <translation>set a new date for the result</translation>
    </message>
    <message>
        <source>ký văn bản xin lỗi</source>
        <translation>sign apology letters</translation>
    </message>
    <message>
        <source>giải quyết hồ sơ</source>
        <translation>decide dossiers</translation>
    </message>
    <message>
        <source>trả kết quả</source>
        <translation>return results</translation>
    </message>
    <message>
        <source>dừng giải quyết, rút hồ sơ</source>
        <translation>stop or withdraw dossiers</translation>
    </message>
    <message>
        <source>ghi nhận mức độ hài lòng</source>
        <translation>record satisfaction</translation>
    </message>
    <message>
        <source>đính chính thông tin</source>
        <translation>correct details</translation>
    </message>
    <message>
        <source>đính kèm bản quét</source>
        <translation>attach scans</translation>
    </message>
    <message>
        <source>báo cáo vướng mắc</source>
        <translation>report obstacles</translation>
    </message>
    <message>
        <source>xem báo cáo</source>
        <translation>see reports</translation>
    </message>
    <message>
        <source>sửa lịch làm việc</source>
        <translation>edit the working calendar</translation>
    </message>
    <message>
        <source>sửa danh mục thủ tục</source>
        <translation>edit the procedure catalogue</translation>
    </message>
    <message>
        <source>quản lý tài khoản</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>sao lưu, khôi phục</source>
        <translation>back up and restore</translation>
    </message>
    <message>
        <source>cho phép đồng bộ lại</source>
        <translation>allow synchronisation again</translation>
    </message>
    <message>
        <source>sửa cài đặt giấy tờ in và danh bạ cán bộ</source>
        <translation>edit the paper settings and staff directory</translation>
    </message>
    <message>
        <source>thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Ngày lễ, Tết</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>Ngày nghỉ bù, hoán đổi</source>
        <translation>Compensatory / swapped day off</translation>
    </message>
    <message>
        <source>Ngày làm bù</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>Chồng chéo trách nhiệm</source>
        <translation>Overlapping responsibilities</translation>
    </message>
    <message>
        <source>Thiếu hướng dẫn</source>
        <translation>Missing guidance</translation>
    </message>
    <message>
        <source>Thiếu nhân lực</source>
        <translation>Not enough staff</translation>
    </message>
    <message>
        <source>Thiếu trang thiết bị</source>
        <translation>Not enough equipment</translation>
    </message>
    <message>
        <source>Mạng, đường truyền</source>
        <translation>Network, connection</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation>Six months</translation>
    </message>
    <message>
        <source>9 tháng</source>
        <translation>Nine months</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tuần</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Tùy chọn</source>
        <translation>Custom</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Nhận hồ sơ lúc %1.</source>
        <translation>Received at %1.</translation>
    </message>
    <message>
        <source>Nhận ngoài giờ làm việc: tính từ %1.</source>
        <translation>Received outside office hours: counted from %1.</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết: %1.</source>
        <translation>Time limit: %1.</translation>
    </message>
    <message>
        <source>Trong ngày: nhận trước %1 trả trong ngày làm việc</source>
        <translation>Same day: received before %1, returned the same working day</translation>
    </message>
    <message>
        <source>Trong ngày: nhận sau %1 trả vào ngày làm việc tiếp theo</source>
        <translation>Same day: received after %1, returned the next working day</translation>
    </message>
    <message>
        <source>%1; gia hạn xác minh %2 ngày làm việc</source>
        <translation>%1; extended by %2 working days for verification</translation>
    </message>
    <message>
        <source>%1 ngày làm việc, không tính ngày nhận; hẹn cuối giờ làm việc của ngày làm việc thứ %2</source>
        <translation>%1 working days, not counting the day of receipt; due at the close of working day %2</translation>
    </message>
    <message>
        <source>%1 ngày làm việc = %2 giờ làm việc tính từ lúc nhận</source>
        <translation>%1 working days = %2 working hours from receipt</translation>
    </message>
    <message>
        <source>%1 giờ làm việc tính từ lúc nhận, chỉ trong giờ hành chính</source>
        <translation>%1 working hours from receipt, office hours only</translation>
    </message>
    <message>
        <source>%1 ngày theo lịch, không tính ngày nhận</source>
        <translation>%1 calendar days, not counting the day of receipt</translation>
    </message>
    <message>
        <source>Ngày thứ %1 kể từ ngày nhận: %2.</source>
        <translation>Day %1 after receipt: %2.</translation>
    </message>
    <message>
        <source>Ngày đó là ngày nghỉ (%1): lùi sang %2.</source>
        <translation>That day is a day off (%1): moved to %2.</translation>
    </message>
    <message>
        <source>Tính %1 ngày làm việc từ %2 đến %3.</source>
        <translation>Counted %1 working days from %2 to %3.</translation>
    </message>
    <message>
        <source>Không tính: %1.</source>
        <translation>Not counted: %1.</translation>
    </message>
    <message>
        <source>Hẹn trả kết quả: %1.</source>
        <translation>Result due: %1.</translation>
    </message>
    <message>
        <source>Đang tạm dừng từ %1 (chờ bổ sung).</source>
        <translation>Paused since %1 (waiting for supplement).</translation>
    </message>
    <message>
        <source>Tạm dừng %1 → %2: cộng %3 giờ %4 phút làm việc.</source>
        <translation>Paused %1 → %2: %3 h %4 min of working time added.</translation>
    </message>
    <message>
        <source>%1 là ngày làm việc (%2)</source>
        <translation>%1 is a working day (%2)</translation>
    </message>
    <message>
        <source>%1 (+%2 ngày làm việc nếu cần xác minh)</source>
        <translation>%1 (+%2 working days if verification is needed)</translation>
    </message>
    <message>
        <source>%1 ngày làm việc</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <source>%1 giờ làm việc</source>
        <translation>%1 working hours</translation>
    </message>
    <message>
        <source>%1 ngày</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>cuối tuần: %1</source>
        <translation>weekend: %1</translation>
    </message>
    <message>
        <source>Số định danh “%1” phải có 12 chữ số (hoặc 9 chữ số với CMND cũ), nhưng có %2.</source>
        <translation>Personal ID “%1” must have 12 digits (or 9 for an old ID card), but has %2.</translation>
    </message>
    <message>
        <source>Số định danh “%1” chỉ được gồm chữ số.</source>
        <translation>Personal ID “%1” may contain digits only.</translation>
    </message>
    <message>
        <source>Số định danh “%1”: mã tỉnh nơi đăng ký khai sinh %2 không tồn tại.</source>
        <translation>Personal ID “%1”: birth registration province code %2 does not exist.</translation>
    </message>
    <message>
        <source>Số định danh “%1” ứng với năm sinh %2, không khớp ngày sinh %3.</source>
        <translation>Personal ID “%1” means birth year %2, which does not match the date of birth %3.</translation>
    </message>
    <message>
        <source>Số định danh “%1” không khớp giới tính đã khai.</source>
        <translation>Personal ID “%1” does not match the sex given.</translation>
    </message>
    <message>
        <source>Năm sinh %1 nằm ngoài khoảng mã hóa của số định danh.</source>
        <translation>Birth year %1 is outside the range personal IDs encode.</translation>
    </message>
    <message>
        <source>Số điện thoại “%1” chỉ được gồm chữ số (có thể bắt đầu bằng +84).</source>
        <translation>Phone number “%1” may contain digits only (it may start with +84).</translation>
    </message>
    <message>
        <source>Số điện thoại “%1” không đúng dạng: di động 10 số bắt đầu bằng 03, 05, 07, 08, 09; cố định 11 số bắt đầu bằng 02.</source>
        <translation>Phone number “%1” is not valid: mobile numbers have 10 digits starting 03, 05, 07, 08, 09; landlines 11 digits starting 02.</translation>
    </message>
    <message>
        <source>Tài khoản %1 (%2) không có quyền %3.</source>
        <translation>Account %1 (%2) is not allowed to %3.</translation>
    </message>
    <message>
        <source>Tài khoản %1 không có hoặc đã bị khóa: không được ghi thay đổi. Hãy đăng nhập lại bằng một tài khoản đang hoạt động.</source>
        <translation>Account %1 does not exist or is disabled: no change may be written. Sign in again with an active account.</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi ngoài dự kiến trong chương trình; thao tác chưa được thực hiện. Chi tiết kỹ thuật đã được ghi vào %1. Xin gửi tệp đó cho người hỗ trợ kỹ thuật.</source>
        <translation>An unexpected error occurred in the program; the action was not carried out. The technical details were written to %1. Please send that file to technical support.</translation>
    </message>
    <message>
        <source>tệp “%1”</source>
        <translation>the file “%1”</translation>
    </message>
    <message>
        <source>Lỗi đọc/ghi tệp “%1”: %2.</source>
        <translation>Could not read or write the file “%1”: %2.</translation>
    </message>
    <message>
        <source>Lỗi đọc/ghi tệp: %1.</source>
        <translation>Could not read or write a file: %1.</translation>
    </message>
    <message>
        <source>Theo quy định của tỉnh: %1</source>
        <translation>As set by the province: %1</translation>
    </message>
    <message>
        <source>%1; miễn: %2</source>
        <translation>%1; exempt: %2</translation>
    </message>
    <message>
        <source>Theo quy định của HĐND tỉnh (%1)</source>
        <translation>As set by the provincial People's Council (%1)</translation>
    </message>
    <message>
        <source>%1 bản × %2 = %3</source>
        <translation>%1 copies × %2 = %3</translation>
    </message>
    <message>
        <source>%1 bản × %2 trang: %3/bản (đã áp mức trần) = %4</source>
        <translation>%1 copies × %2 pages: %3/copy (capped) = %4</translation>
    </message>
    <message>
        <source>%1 bản × %2 trang: %3/bản = %4</source>
        <translation>%1 copies × %2 pages: %3/copy = %4</translation>
    </message>
    <message>
        <source>Máy này không có kho khóa (keyring) của hệ điều hành nên không thể cất khóa mã hóa cơ sở dữ liệu. Quản trị viên hãy chọn: dùng mật khẩu cơ sở dữ liệu nhập mỗi lần khởi động (biến môi trường COMMUNE_DESK_DB_PASSPHRASE hoặc hộp thoại khi mở phần mềm), hoặc không mở phần mềm. Phần mềm không bao giờ tự lưu dữ liệu ở dạng không mã hóa.</source>
        <translation>This machine has no operating-system keyring, so the database encryption key cannot be stored. The administrator chooses: a database password typed at every start (the COMMUNE_DESK_DB_PASSPHRASE environment variable or the dialog when the desk opens), or not opening the desk. The desk never stores data unencrypted.</translation>
    </message>
    <message>
        <source>Khóa trong kho khóa của hệ điều hành không mở được tệp này; có thể tệp được mã hóa bằng mật khẩu. Hãy nhập mật khẩu cơ sở dữ liệu.</source>
        <translation>The key in the operating-system keyring does not open this file; it may be encrypted with a password. Type the database password.</translation>
    </message>
    <message>
        <source>Lưu ý: lịch nghỉ năm này chưa chính thức (dự kiến), có thể thay đổi.</source>
        <translation>Note: this year's holiday calendar is not official yet (expected); it may change.</translation>
    </message>
    <message>
        <source>Trong ngày</source>
        <translation>Same day</translation>
    </message>
    <message>
        <source>nhật ký của chương trình</source>
        <translation>the program's log</translation>
    </message>
    <message>
        <source>ngày nghỉ</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>ngày làm bù</source>
        <translation>make-up working day</translation>
    </message>
    <message>
        <source>Theo quy định của HĐND tỉnh</source>
        <translation>As set by the provincial People's Council</translation>
    </message>
    <message>
        <source>Theo quy định của tỉnh</source>
        <translation>As set by the province</translation>
    </message>
    <message>
        <source>hộ nghèo</source>
        <translation>poor households</translation>
    </message>
    <message>
        <source>người có công với cách mạng</source>
        <translation>people with meritorious service to the revolution</translation>
    </message>
    <message>
        <source>đăng ký đúng hạn</source>
        <translation>registered on time</translation>
    </message>
    <message>
        <source>người khuyết tật</source>
        <translation>people with disabilities</translation>
    </message>
    <message>
        <source>nộp hồ sơ trực tuyến</source>
        <translation>submitted online</translation>
    </message>
    <message>
        <source>trẻ em</source>
        <translation>children</translation>
    </message>
    <message>
        <source>Hình thức nộp “%1” không hợp lệ.</source>
        <translation>Submission channel “%1” is not valid.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 đang do %2 xử lý.</source>
        <translation>Dossier %1 is already handled by %2.</translation>
    </message>
    <message>
        <source>Loại sự kiện “%1” không được hỗ trợ.</source>
        <translation>Event kind “%1” is not supported.</translation>
    </message>
    <message>
        <source>Thời điểm %1 trước lúc tiếp nhận hồ sơ (%2).</source>
        <translation>The moment %1 is before the dossier was received (%2).</translation>
    </message>
    <message>
        <source>Hồ sơ %1 đang ở trạng thái “%2”, %3.</source>
        <translation>Dossier %1 is “%2”: %3.</translation>
    </message>
    <message>
        <source>Ngày hẹn mới (%1) phải sau ngày hẹn hiện tại (%2).</source>
        <translation>The new date (%1) must be after the current appointment (%2).</translation>
    </message>
    <message>
        <source>Văn bản xin lỗi và hẹn lại phải được lập trước khi hết hạn (%1).</source>
        <translation>The apology and new date must be written before the deadline (%1).</translation>
    </message>
    <message>
        <source>Hồ sơ %1 đã được tiếp nhận trước đó.</source>
        <translation>Dossier %1 was already received.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ %1.</source>
        <translation>Dossier %1 not found.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ “%1”.</source>
        <translation>Dossier “%1” not found.</translation>
    </message>
    <message>
        <source>Thư điện tử “%1” không hợp lệ.</source>
        <translation>Email “%1” is not valid.</translation>
    </message>
    <message>
        <source>Số CMND cũ “%1” phải có 9 chữ số.</source>
        <translation>Old ID number “%1” must have 9 digits.</translation>
    </message>
    <message>
        <source>Thủ tục “%1” không còn áp dụng.</source>
        <translation>Procedure “%1” is no longer in force.</translation>
    </message>
    <message>
        <source>Thiếu %1.</source>
        <translation>Missing: %1.</translation>
    </message>
    <message>
        <source>chưa thể trả kết quả</source>
        <translation>the result cannot be returned yet</translation>
    </message>
    <message>
        <source>chưa thể đánh giá</source>
        <translation>cannot be rated yet</translation>
    </message>
    <message>
        <source>không có yêu cầu bổ sung nào đang chờ</source>
        <translation>no supplement request is pending</translation>
    </message>
    <message>
        <source>không thể chuyển xử lý</source>
        <translation>cannot be handed over</translation>
    </message>
    <message>
        <source>không thể dừng giải quyết</source>
        <translation>cannot be stopped</translation>
    </message>
    <message>
        <source>không thể ghi nhận kết quả</source>
        <translation>cannot record a result</translation>
    </message>
    <message>
        <source>không thể hẹn lại</source>
        <translation>cannot be rescheduled</translation>
    </message>
    <message>
        <source>không thể từ chối</source>
        <translation>cannot be refused</translation>
    </message>
    <message>
        <source>không thể yêu cầu bổ sung</source>
        <translation>cannot request a supplement</translation>
    </message>
    <message>
        <source>không thể đính chính</source>
        <translation>cannot be corrected</translation>
    </message>
    <message>
        <source>không thể đính kèm</source>
        <translation>cannot take attachments</translation>
    </message>
    <message>
        <source>Thiếu mã hồ sơ.</source>
        <translation>The dossier code is missing.</translation>
    </message>
    <message>
        <source>Thiếu thủ tục hành chính.</source>
        <translation>The procedure is missing.</translation>
    </message>
    <message>
        <source>Thiếu họ tên người nộp hồ sơ.</source>
        <translation>The applicant's full name is missing.</translation>
    </message>
    <message>
        <source>Chưa chọn người nhận hồ sơ.</source>
        <translation>No recipient chosen for the dossier.</translation>
    </message>
    <message>
        <source>Cần ghi rõ nội dung phải bổ sung, hoàn thiện.</source>
        <translation>State what must be supplemented or completed.</translation>
    </message>
    <message>
        <source>Cần ghi rõ lý do yêu cầu bổ sung.</source>
        <translation>State the reason for the supplement request.</translation>
    </message>
    <message>
        <source>Hồ sơ đã được yêu cầu bổ sung một lần; lần tiếp theo cần lãnh đạo phê duyệt.</source>
        <translation>A supplement was already requested once; another needs a leader's approval.</translation>
    </message>
    <message>
        <source>Cần ghi rõ lý do từ chối.</source>
        <translation>State the reason for refusing.</translation>
    </message>
    <message>
        <source>Cần ghi rõ lý do chậm trễ.</source>
        <translation>State the reason for the delay.</translation>
    </message>
    <message>
        <source>Kết quả giải quyết phải là “giải quyết” hoặc “không giải quyết”.</source>
        <translation>The outcome must be “approved” or “denied”.</translation>
    </message>
    <message>
        <source>Cần chọn căn cứ dừng: theo đề nghị của công dân hoặc theo quy định.</source>
        <translation>Choose the ground for stopping: at the citizen's request or by regulation.</translation>
    </message>
    <message>
        <source>Cần ghi rõ lý do dừng giải quyết.</source>
        <translation>State the reason for stopping.</translation>
    </message>
    <message>
        <source>Mức độ hài lòng phải là hài lòng, chấp nhận được hoặc không hài lòng.</source>
        <translation>The rating must be satisfied, acceptable or unsatisfied.</translation>
    </message>
    <message>
        <source>Không có thông tin nào được đính chính.</source>
        <translation>No detail was corrected.</translation>
    </message>
    <message>
        <source>Họ tên người nộp không được để trống.</source>
        <translation>The applicant's full name cannot be empty.</translation>
    </message>
    <message>
        <source>Thông tin đính chính trùng với thông tin hiện có.</source>
        <translation>The corrected details are the same as the current ones.</translation>
    </message>
    <message>
        <source>Mã băm SHA-256 của tệp đính kèm không hợp lệ.</source>
        <translation>The attachment's SHA-256 hash is not valid.</translation>
    </message>
    <message>
        <source>Thiếu tên tệp đính kèm.</source>
        <translation>The attachment's file name is missing.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa được tiếp nhận.</source>
        <translation>The dossier has not been received.</translation>
    </message>
    <message>
        <source>Thời điểm có kết quả trước lúc tiếp nhận hồ sơ.</source>
        <translation>The result moment is before the dossier was received.</translation>
    </message>
    <message>
        <source>Chưa nhập họ tên người nộp hồ sơ.</source>
        <translation>The applicant's full name is missing.</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận không được ở tương lai.</source>
        <translation>The receipt moment cannot be in the future.</translation>
    </message>
    <message>
        <source>Thời điểm nộp hồ sơ không được sau thời điểm tiếp nhận.</source>
        <translation>The submission moment cannot be after the receipt moment.</translation>
    </message>
    <message>
        <source>Số bộ hồ sơ phải từ 1 trở lên.</source>
        <translation>The number of sets must be 1 or more.</translation>
    </message>
    <message>
        <source>Thời điểm có kết quả không được ở tương lai.</source>
        <translation>The result moment cannot be in the future.</translation>
    </message>
    <message>
        <source>Kích thước tệp không hợp lệ.</source>
        <translation>The file size is not valid.</translation>
    </message>
    <message>
        <source>Nội dung tệp không khớp mã băm hoặc kích thước đã ghi.</source>
        <translation>The file's content does not match the recorded hash or size.</translation>
    </message>
    <message>
        <source>Mật khẩu phải có ít nhất %1 ký tự.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>Mật khẩu không được chỉ gồm khoảng trắng.</source>
        <translation>The password cannot be only spaces.</translation>
    </message>
    <message>
        <source>Mật khẩu không được trùng hoặc chứa tên đăng nhập.</source>
        <translation>The password cannot be or contain the login name.</translation>
    </message>
    <message>
        <source>Mật khẩu này nằm trong danh sách mật khẩu hay bị dùng (dễ đoán); hãy chọn một cụm từ dài hơn, riêng của mình.</source>
        <translation>This password is on the list of commonly used passwords (easy to guess); choose a longer phrase of your own.</translation>
    </message>
    <message>
        <source>Mật khẩu cần ít nhất %1 ký tự khác nhau.</source>
        <translation>The password needs at least %1 different characters.</translation>
    </message>
    <message>
        <source>Tên đăng nhập hoặc mật khẩu không đúng (sau %1 lần sai liên tiếp, tài khoản bị tạm khóa %2 phút).</source>
        <translation>Wrong login name or password (after %1 failures in a row the account is locked for %2 minutes).</translation>
    </message>
    <message>
        <source>Tên đăng nhập phải dài 2–32 ký tự, chỉ gồm chữ cái không dấu, chữ số và . _ - (đã nhập: %1).</source>
        <translation>The login name must be 2–32 characters long, using only unaccented letters, digits and . _ - (entered: %1).</translation>
    </message>
    <message>
        <source>Mật khẩu mới phải khác mật khẩu cũ.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <source>Không ghi được việc “%1” vào nhật ký tài khoản.</source>
        <translation>Could not record “%1” in the account log.</translation>
    </message>
    <message>
        <source>Không có tài khoản %1.</source>
        <translation>There is no account %1.</translation>
    </message>
    <message>
        <source>Vai trò không hợp lệ: %1. Chọn một trong: %2.</source>
        <translation>Invalid role: %1. Choose one of: %2.</translation>
    </message>
    <message>
        <source>Tên đăng nhập %1 đã có.</source>
        <translation>The login name %1 already exists.</translation>
    </message>
    <message>
        <source>Họ tên không được để trống.</source>
        <translation>The full name cannot be empty.</translation>
    </message>
    <message>
        <source>Cần đăng nhập bằng tài khoản quản trị để thêm tài khoản.</source>
        <translation>Sign in with an administrator account to add accounts.</translation>
    </message>
    <message>
        <source>Tài khoản đầu tiên phải là tài khoản quản trị (admin).</source>
        <translation>The first account must be an administrator (admin).</translation>
    </message>
    <message>
        <source>Không thể khóa tài khoản quản trị cuối cùng: sẽ không còn ai quản lý được phần mềm.</source>
        <translation>Cannot disable the last administrator account: nobody could manage the software any more.</translation>
    </message>
    <message>
        <source>Không thể đổi vai trò của tài khoản quản trị cuối cùng.</source>
        <translation>Cannot change the role of the last administrator account.</translation>
    </message>
    <message>
        <source>Tài khoản %1 đã bị khóa bởi quản trị viên. Hãy liên hệ quản trị viên.</source>
        <translation>Account %1 has been disabled by an administrator. Contact the administrator.</translation>
    </message>
    <message>
        <source>Lỗi khi ghi %1: %2.</source>
        <translation>Error writing %1: %2.</translation>
    </message>
    <message>
        <source>Ổ đĩa chứa %1 đã đầy. Hãy giải phóng chỗ trống hoặc chọn nơi khác.</source>
        <translation>The disk holding %1 is full. Free some space or choose another place.</translation>
    </message>
    <message>
        <source>Tệp ghi vào %1 vượt giới hạn kích thước tệp của hệ thống hoặc ổ đĩa.</source>
        <translation>The file written to %1 exceeds the file size limit of the system or disk.</translation>
    </message>
    <message>
        <source>Không có quyền ghi vào %1 (tệp hoặc thư mục chỉ đọc).</source>
        <translation>No permission to write to %1 (read-only file or folder).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 bị hỏng (%2). Có thể khôi phục bản sao lưu tốt gần nhất: %3.</source>
        <translation>Database %1 is damaged (%2). The latest good backup can be restored: %3.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 bị hỏng (%2). Không tìm thấy bản sao lưu tốt trong thư mục sao lưu; hãy chọn một tệp sao lưu (ví dụ trên USB).</source>
        <translation>Database %1 is damaged (%2). No good backup was found in the backup folder; choose a backup file (for example on a USB drive).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 bị hỏng (%2).</source>
        <translation>Database %1 is damaged (%2).</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp cơ sở dữ liệu %1.</source>
        <translation>Database file %1 not found.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp sao lưu %1.</source>
        <translation>Backup file %1 not found.</translation>
    </message>
    <message>
        <source>Chưa có cơ sở dữ liệu; sẽ tạo mới.</source>
        <translation>There is no database yet; a new one will be created.</translation>
    </message>
    <message>
        <source>“%1” không phải là tệp cơ sở dữ liệu; không khôi phục.</source>
        <translation>“%1” is not a database file; nothing restored.</translation>
    </message>
    <message>
        <source>“%1” không phải là tệp sao lưu.</source>
        <translation>“%1” is not a backup file.</translation>
    </message>
    <message>
        <source>“%1” không phải bản sao lưu của Commune Desk (thiếu bảng hồ sơ, sự kiện hoặc thông tin bàn làm việc); không khôi phục.</source>
        <translation>“%1” is not a Commune Desk backup (dossier, event or desk tables are missing); nothing restored.</translation>
    </message>
    <message>
        <source>Bản sao lưu “%1” được tạo bởi phiên bản Commune Desk mới hơn (lược đồ %2); phiên bản đang chạy không mở được. Hãy cài phiên bản mới nhất.</source>
        <translation>Backup “%1” was made by a newer Commune Desk (schema %2); this version cannot open it. Install the latest version.</translation>
    </message>
    <message>
        <source>Bản sao lưu thuộc xã %1, còn máy này làm việc cho xã %2; không khôi phục dữ liệu của xã khác.</source>
        <translation>The backup belongs to commune %1, but this PC works for commune %2; another commune's data is not restored.</translation>
    </message>
    <message>
        <source>Bản sao lưu là của một bàn làm việc khác (mã bàn khác). Chỉ quản trị viên mới được chọn khôi phục dữ liệu của bàn khác (ví dụ máy mới thay máy cũ): dùng --other-desk.</source>
        <translation>The backup is from another desk (different desk ID). Only an administrator may choose to restore another desk's data (for example a new PC replacing an old one): use --other-desk.</translation>
    </message>
    <message>
        <source>Không mở được bản sao lưu %1: sai khóa mã hóa hoặc tệp hỏng.</source>
        <translation>Cannot open backup %1: wrong encryption key or damaged file.</translation>
    </message>
    <message>
        <source>Không đọc được bản sao lưu %1: %2.</source>
        <translation>Cannot read backup %1: %2.</translation>
    </message>
    <message>
        <source>Tệp “%1” không phải cơ sở dữ liệu Commune Desk; không ghi đè lên nó.</source>
        <translation>File “%1” is not a Commune Desk database; it is not overwritten.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa có thông tin bàn làm việc (desk).</source>
        <translation>The database has no desk information yet.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa có thông tin bàn làm việc.</source>
        <translation>The database has no desk information yet.</translation>
    </message>
    <message>
        <source>Bản sao lưu %1 bị hỏng: %2.</source>
        <translation>Backup %1 is damaged: %2.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu nguyên vẹn.</source>
        <translation>The database is intact.</translation>
    </message>
    <message>
        <source>Bản khôi phục không nguyên vẹn: %1.</source>
        <translation>The restored copy is not intact: %1.</translation>
    </message>
    <message>
        <source>Không giữ lại được bản hiện tại trước khi khôi phục nên chưa khôi phục: %1</source>
        <translation>Could not keep the current copy before restoring, so nothing was restored: %1</translation>
    </message>
    <message>
        <source>khi đóng phần mềm</source>
        <translation>on closing</translation>
    </message>
    <message>
        <source>hằng ngày</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>trước khi khôi phục</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>trước khi nâng cấp</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <source>trước khi mã hóa</source>
        <translation>before encryption</translation>
    </message>
    <message>
        <source>bản hỏng giữ lại</source>
        <translation>damaged copy kept</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu chưa có danh mục thủ tục.</source>
        <translation>The database has no procedure catalogue yet.</translation>
    </message>
    <message>
        <source>Không có thủ tục mã “%1” trong danh mục (phiên bản %2).</source>
        <translation>There is no procedure with code “%1” in the catalogue (version %2).</translation>
    </message>
    <message>
        <source>Không có danh mục phiên bản %1.</source>
        <translation>There is no catalogue version %1.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp “%1”.</source>
        <translation>File “%1” not found.</translation>
    </message>
    <message>
        <source>Không nhập danh mục: %1 dòng có lỗi (không dòng nào được nhập).</source>
        <translation>Catalogue not imported: %1 rows have errors (no row was imported).</translation>
    </message>
    <message>
        <source>Tệp không có thủ tục nào.</source>
        <translation>The file has no procedures.</translation>
    </message>
    <message>
        <source>Tệp “%1” không phải tệp Excel .xlsx hợp lệ (%2).</source>
        <translation>File “%1” is not a valid Excel .xlsx file (%2).</translation>
    </message>
    <message>
        <source>Tệp “%1” thiếu trang tính “%2”.</source>
        <translation>File “%1” has no sheet “%2”.</translation>
    </message>
    <message>
        <source>Trang tính “%1” trống.</source>
        <translation>Sheet “%1” is empty.</translation>
    </message>
    <message>
        <source>Trang tính “%1” thiếu cột: %2.</source>
        <translation>Sheet “%1” lacks columns: %2.</translation>
    </message>
    <message>
        <source>Tệp “%1” bị hỏng hoặc không phải tệp Excel .xlsx hợp lệ (%2); không nhập gì.</source>
        <translation>File “%1” is damaged or not a valid Excel .xlsx file (%2); nothing imported.</translation>
    </message>
    <message>
        <source>Dòng %1: mã thủ tục %2 trùng với dòng %3</source>
        <translation>Row %1: procedure code %2 repeats row %3</translation>
    </message>
    <message>
        <source>Loại vướng mắc không hợp lệ: %1. Chọn một trong: %2.</source>
        <translation>Invalid obstacle kind: %1. Choose one of: %2.</translation>
    </message>
    <message>
        <source>Cần ghi lĩnh vực.</source>
        <translation>Enter the field.</translation>
    </message>
    <message>
        <source>Cần mô tả vướng mắc.</source>
        <translation>Describe the obstacle.</translation>
    </message>
    <message>
        <source>Mô tả quá dài (tối đa 4.000 ký tự).</source>
        <translation>The description is too long (at most 4,000 characters).</translation>
    </message>
    <message>
        <source>Ngày bắt đầu vướng mắc không được sau hôm nay.</source>
        <translation>The obstacle's start date cannot be after today.</translation>
    </message>
    <message>
        <source>Số hồ sơ bị ảnh hưởng không hợp lệ.</source>
        <translation>The number of affected dossiers is not valid.</translation>
    </message>
    <message>
        <source>Không tìm thấy vướng mắc này trên máy.</source>
        <translation>This obstacle is not on this PC.</translation>
    </message>
    <message>
        <source>Vướng mắc này đã đóng.</source>
        <translation>This obstacle is already closed.</translation>
    </message>
    <message>
        <source>Chưa chọn người %1.</source>
        <translation>No person chosen to %1.</translation>
    </message>
    <message>
        <source>Không có tài khoản “%1” trên bàn này: người %2 phải là một người dùng của phần mềm; hãy chọn trong danh sách.</source>
        <translation>There is no account “%1” on this desk: the person to %2 must be a user of the software; choose from the list.</translation>
    </message>
    <message>
        <source>Tài khoản %1 (%2) đã bị khóa: không thể là người %3.</source>
        <translation>Account %1 (%2) is disabled: cannot be the person to %3.</translation>
    </message>
    <message>
        <source>%1 (%2, %3) không có quyền %4: không thể là người %5.</source>
        <translation>%1 (%2, %3) is not allowed to %4: cannot be the person to %5.</translation>
    </message>
    <message>
        <source>Cần %1 nhập mật khẩu để xác nhận %2 (người %3); hoặc người đó tự thực hiện trên phiên đăng nhập của mình.</source>
        <translation>%1 must enter their password to confirm %2 (person to %3); or that person does it in their own session.</translation>
    </message>
    <message>
        <source>nhận hồ sơ</source>
        <translation>take the dossier</translation>
    </message>
    <message>
        <source>Không đọc được tệp “%1”: %2.</source>
        <translation>Cannot read file “%1”: %2.</translation>
    </message>
    <message>
        <source>Tệp “%1” lớn hơn %2 MB; hãy quét với độ phân giải thấp hơn hoặc chia thành nhiều tệp.</source>
        <translation>File “%1” is larger than %2 MB; scan at a lower resolution or split it into several files.</translation>
    </message>
    <message>
        <source>Máy vừa được khôi phục từ bản sao lưu: tạm dừng tiếp nhận hồ sơ mới (để không cấp lại mã hồ sơ đã in cho người khác) cho đến khi quản trị viên cho phép đồng bộ lại và máy đồng bộ xong với máy chủ.</source>
        <translation>This PC was just restored from a backup: receiving new dossiers is paused (so that codes already printed for others are not issued again) until an administrator allows sync again and the PC has synced with the server.</translation>
    </message>
    <message>
        <source>Máy vừa được khôi phục từ bản sao lưu: hãy đồng bộ với máy chủ một lần (lấy lại các mã hồ sơ đã cấp sau bản sao lưu) trước khi tiếp nhận hồ sơ mới.</source>
        <translation>This PC was just restored from a backup: sync with the server once (to get back the dossier codes issued after the backup) before receiving new dossiers.</translation>
    </message>
    <message>
        <source>Cần ghi người ký văn bản xin lỗi.</source>
        <translation>Enter who signs the apology.</translation>
    </message>
    <message>
        <source>Cần ghi lý do đính chính.</source>
        <translation>Enter the reason for the correction.</translation>
    </message>
    <message>
        <source>SQLite không đọc được cơ sở dữ liệu: tệp bị hỏng (%1). Hãy khôi phục bản sao lưu tốt gần nhất (commune-desk restore).</source>
        <translation>SQLite cannot read the database: the file is damaged (%1). Restore the latest good backup (commune-desk restore).</translation>
    </message>
    <message>
        <source>SQLite báo lỗi cấu trúc: %1</source>
        <translation>SQLite reports a structural error: %1</translation>
    </message>
    <message>
        <source>%1 dòng vi phạm ràng buộc khóa ngoại (bảng %2 …).</source>
        <translation>%1 rows break a foreign-key constraint (table %2 …).</translation>
    </message>
    <message>
        <source>Hồ sơ %1 có trong bảng hồ sơ nhưng không có sự kiện nào.</source>
        <translation>Dossier %1 is in the dossier table but has no events.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 có sự kiện nhưng thiếu trong bảng hồ sơ.</source>
        <translation>Dossier %1 has events but is missing from the dossier table.</translation>
    </message>
    <message>
        <source>Hồ sơ %1: bảng hồ sơ khác kết quả gộp sự kiện ở cột %2.</source>
        <translation>Dossier %1: the dossier table differs from the folded events in column %2.</translation>
    </message>
    <message>
        <source>Chỉ mục tìm kiếm không khớp bảng hồ sơ: %1. Hãy dựng lại chỉ mục.</source>
        <translation>The search index does not match the dossier table: %1. Rebuild the index.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 không có sự kiện tiếp nhận nhưng có trong bảng hồ sơ.</source>
        <translation>Dossier %1 has no receipt event but is in the dossier table.</translation>
    </message>
    <message>
        <source>Sự kiện %1: nội dung JSON hỏng.</source>
        <translation>Event %1: damaged JSON content.</translation>
    </message>
    <message>
        <source>… (còn lỗi khác, chỉ liệt kê 20 lỗi đầu)</source>
        <translation>… (more errors; only the first 20 are listed)</translation>
    </message>
    <message>
        <source>Thư viện holidays (dự kiến)</source>
        <translation>holidays library (provisional)</translation>
    </message>
    <message>
        <source>Danh mục nhập từ %1</source>
        <translation>Catalogue imported from %1</translation>
    </message>
    <message>
        <source>Mật khẩu cơ sở dữ liệu phải có ít nhất %1 ký tự.</source>
        <translation>The database password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>Kho khóa của hệ điều hành không có khóa của cơ sở dữ liệu này. Nếu tệp được mã hóa bằng mật khẩu, hãy nhập mật khẩu đó.</source>
        <translation>The operating system's key store has no key for this database. If the file is encrypted with a password, enter that password.</translation>
    </message>
    <message>
        <source>Tệp %1 đã được mã hóa (hoặc không phải tệp SQLite).</source>
        <translation>File %1 is already encrypted (or is not an SQLite file).</translation>
    </message>
    <message>
        <source>Không mở được tệp %1: sai khóa mã hóa hoặc tệp không phải cơ sở dữ liệu của phần mềm (%2).</source>
        <translation>Cannot open file %1: wrong encryption key, or the file is not this software's database (%2).</translation>
    </message>
    <message>
        <source>Không mở được tệp %1: tệp hoặc thư mục chứa nó không đọc/ghi được (%2).</source>
        <translation>Cannot open file %1: the file or its folder cannot be read or written (%2).</translation>
    </message>
    <message>
        <source>Không mã hóa được %1: %2.</source>
        <translation>Could not encrypt %1: %2.</translation>
    </message>
    <message>
        <source>Đã chọn không mở phần mềm khi không có khóa mã hóa.</source>
        <translation>Chose not to open the software without an encryption key.</translation>
    </message>
    <message>
        <source>Tệp %1 bị hỏng (%2); không mã hóa. Hãy khôi phục từ bản sao lưu.</source>
        <translation>File %1 is damaged (%2); not encrypted. Restore from a backup.</translation>
    </message>
    <message>
        <source>Bản mã hóa vẫn ở dạng đọc được; dừng lại.</source>
        <translation>The encrypted copy is still readable as plain text; stopped.</translation>
    </message>
    <message>
        <source>Bản mã hóa %1 không khớp với bản gốc (%2).</source>
        <translation>The encrypted copy %1 does not match the original (%2).</translation>
    </message>
    <message>
        <source>Bản sao lưu trước khi nâng cấp %1 không khớp với bản gốc (%2).</source>
        <translation>The pre-upgrade backup %1 does not match the original (%2).</translation>
    </message>
    <message>
        <source>Ổ đĩa chứa cơ sở dữ liệu “%1” đã đầy nên thao tác vừa rồi chưa được lưu (không có dữ liệu nào bị ghi dở). Hãy giải phóng dung lượng ổ đĩa rồi thử lại.</source>
        <translation>The disk holding database “%1” is full, so the last action was not saved (nothing was half-written). Free some disk space and try again.</translation>
    </message>
    <message>
        <source>Không ghi được vào cơ sở dữ liệu “%1” vì tệp (hoặc thư mục chứa nó) chỉ cho phép đọc; thao tác vừa rồi chưa được lưu. Hãy nhờ quản trị cấp quyền ghi rồi thử lại.</source>
        <translation>Cannot write to database “%1” because the file (or its folder) is read-only; the last action was not saved. Ask the administrator for write permission and try again.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp cơ sở dữ liệu “%1”.</source>
        <translation>Database file “%1” not found.</translation>
    </message>
    <message>
        <source>Không có quyền ghi vào thư mục “%1”.</source>
        <translation>No permission to write to folder “%1”.</translation>
    </message>
    <message>
        <source>“%1” không phải là tệp cơ sở dữ liệu.</source>
        <translation>“%1” is not a database file.</translation>
    </message>
    <message>
        <source>Không có quyền đọc tệp cơ sở dữ liệu “%1”.</source>
        <translation>No permission to read database file “%1”.</translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu “%1” (hoặc thư mục chứa nó) chỉ cho phép đọc; hãy chép sang thư mục có quyền ghi hoặc nhờ quản trị cấp quyền.</source>
        <translation>Database file “%1” (or its folder) is read-only; copy it to a writable folder or ask the administrator for permission.</translation>
    </message>
    <message>
        <source>Tệp “%1” không phải cơ sở dữ liệu SQLite của Commune Desk.</source>
        <translation>File “%1” is not a Commune Desk SQLite database.</translation>
    </message>
    <message>
        <source>Không tạo được thư mục “%1”: %2.</source>
        <translation>Could not create folder “%1”: %2.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu “%1” có %2 dòng vi phạm ràng buộc khóa ngoại; hãy chạy lệnh kiểm tra (commune-desk check).</source>
        <translation>Database “%1” has %2 rows breaking a foreign-key constraint; run the check command (commune-desk check).</translation>
    </message>
    <message>
        <source>Lỗi khi mở cơ sở dữ liệu “%1”: %2.</source>
        <translation>Error opening database “%1”: %2.</translation>
    </message>
    <message>
        <source>Tệp “%1” không phải cơ sở dữ liệu SQLite hoặc đã được mã hóa bằng khóa khác.</source>
        <translation>File “%1” is not an SQLite database or is encrypted with another key.</translation>
    </message>
    <message>
        <source>Không mở được tệp cơ sở dữ liệu “%1”: %2</source>
        <translation>Cannot open database file “%1”: %2</translation>
    </message>
    <message>
        <source>Tệp “%1” được tạo bởi phiên bản Commune Desk mới hơn (lược đồ %2). Hãy cài phiên bản mới nhất của phần mềm để mở tệp này; tệp không bị thay đổi.</source>
        <translation>File “%1” was made by a newer Commune Desk (schema %2). Install the latest version of the software to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>Không đọc được tệp cơ sở dữ liệu “%1”: %2.</source>
        <translation>Cannot read database file “%1”: %2.</translation>
    </message>
    <message>
        <source>Tệp “%1” không phải cơ sở dữ liệu của Commune Desk.</source>
        <translation>File “%1” is not a Commune Desk database.</translation>
    </message>
    <message>
        <source>Chưa nâng cấp tệp “%1” lên phiên bản này vì không sao lưu được nó trước (thư mục %2): %3 Tệp không bị thay đổi.</source>
        <translation>File “%1” was not upgraded to this version because it could not be backed up first (folder %2): %3 The file was not changed.</translation>
    </message>
    <message>
        <source>Không đọc được tệp khóa %1: %2.</source>
        <translation>Cannot read key file %1: %2.</translation>
    </message>
    <message>
        <source>Tệp khóa %1 bị hỏng hoặc không phải của Commune Desk.</source>
        <translation>Key file %1 is damaged or not Commune Desk's.</translation>
    </message>
    <message>
        <source>Không ghi được tệp khóa %1: %2.</source>
        <translation>Could not write key file %1: %2.</translation>
    </message>
    <message>
        <source>%1 (Chi tiết: %2)</source>
        <translation>%1 (Details: %2)</translation>
    </message>
    <message>
        <source>Cần cả địa chỉ máy chủ và mã đăng ký máy (hoặc bỏ cả hai).</source>
        <translation>Both the server address and the enrolment code are needed (or neither).</translation>
    </message>
    <message>
        <source>Tệp này đã có %1 hồ sơ: không thể cài đặt lại xã hay số bàn (mã hồ sơ đã cấp dựa trên chúng). Thay đổi thông tin khác trong Cài đặt, hoặc dùng một tệp mới.</source>
        <translation>This file already has %1 dossiers: the commune and desk number cannot be set again (issued dossier codes depend on them). Change other details in Settings, or use a new file.</translation>
    </message>
    <message>
        <source>Máy đã đăng ký với máy chủ cho xã %1; không thể chuyển sang xã %2. Hãy dùng một tệp mới.</source>
        <translation>This PC is enrolled with the server for commune %1; it cannot switch to commune %2. Use a new file.</translation>
    </message>
    <message>
        <source>%1 Thông tin cài đặt vẫn được lưu; máy làm việc ngoại tuyến. Đăng ký sau, khi có mạng, với cùng mã đăng ký này: commune-desk enroll --server URL --token MÃ.</source>
        <translation>%1 The set-up is saved anyway; the PC works offline. Enrol later, when the network is back, with the same enrolment code: commune-desk enroll --server URL --token CODE.</translation>
    </message>
    <message>
        <source>Không có tỉnh, thành phố mã “%1” trong danh mục đơn vị hành chính.</source>
        <translation>There is no province or city with code “%1” in the list of administrative units.</translation>
    </message>
    <message>
        <source>Mã xã “%1” không có trong danh mục 3.321 xã, phường, đặc khu (từ 01/7/2025); mã xã gồm 5 chữ số, ví dụ Xã Mỹ Lý (Nghệ An) là 16816.</source>
        <translation>Commune code “%1” is not in the list of 3,321 communes, wards and special zones (since 01/7/2025); a commune code has 5 digits, for example 16816 for Mỹ Lý commune (Nghệ An).</translation>
    </message>
    <message>
        <source>Kỳ báo cáo %1 (%2 – %3) chưa bắt đầu; chưa có số liệu.</source>
        <translation>Reporting period %1 (%2 – %3) has not started; there are no figures yet.</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào được tiếp nhận từ %1 đến %2.</source>
        <translation>No dossier was received from %1 to %2.</translation>
    </message>
    <message>
        <source>Báo cáo tuần cần một tuần ISO, ví dụ 2026-W48.</source>
        <translation>A weekly report needs an ISO week, for example 2026-W48.</translation>
    </message>
    <message>
        <source>%1 không có hồ sơ nào (không tiếp nhận, không giải quyết, không tồn đọng).</source>
        <translation>%1 has no dossiers (none received, settled or pending).</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào trong kỳ %1 (từ %2 đến %3); không lập báo cáo rỗng.</source>
        <translation>No dossiers in period %1 (from %2 to %3); an empty report is not made.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 chưa có bước “%2” nên không lập được mẫu này.</source>
        <translation>Dossier %1 has no “%2” step yet, so this form cannot be made.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 có quyết định không giải quyết: in “Văn bản trả lời” (mẫu TL), không dùng Mẫu số 03.</source>
        <translation>Dossier %1 has a decision not to settle: print the “Reply letter” (form TL), not Form 03.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 đã được chuyển xử lý trước khi bị từ chối: đây là quyết định không giải quyết, in “Văn bản trả lời” (mẫu TL), không dùng Mẫu số 03.</source>
        <translation>Dossier %1 was handed over before it was refused: this is a decision not to settle; print the “Reply letter” (form TL), not Form 03.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 không có quyết định không giải quyết nào nên không lập Văn bản trả lời.</source>
        <translation>Dossier %1 has no decision not to settle, so no reply letter is made.</translation>
    </message>
    <message>
        <source>Không có mẫu số “%1”; chọn một trong 01–07 hoặc TL (văn bản trả lời).</source>
        <translation>There is no form “%1”; choose one of 01–07 or TL (reply letter).</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ có mã “%1”.</source>
        <translation>No dossier with code “%1” was found.</translation>
    </message>
    <message>
        <source>Mã QR thẻ căn cước: %1 “%2” phải có dạng NgàyThángNăm (8 chữ số).</source>
        <translation>ID card QR code: %1 “%2” must be DayMonthYear (8 digits).</translation>
    </message>
    <message>
        <source>Mã QR thẻ căn cước: %1 “%2” không phải một ngày có thật.</source>
        <translation>ID card QR code: %1 “%2” is not a real date.</translation>
    </message>
    <message>
        <source>Mã QR thẻ căn cước phải có %1 phần ngăn bởi dấu “|”, nhưng đọc được %2 phần. Hãy quét lại.</source>
        <translation>The ID card QR code must have %1 parts separated by “|”, but %2 were read. Scan again.</translation>
    </message>
    <message>
        <source>Mã QR thẻ căn cước: số định danh phải có đúng 12 chữ số.</source>
        <translation>ID card QR code: the personal ID must have exactly 12 digits.</translation>
    </message>
    <message>
        <source>Mã QR thẻ căn cước: số CMND cũ phải có 9 chữ số.</source>
        <translation>ID card QR code: the old ID number must have 9 digits.</translation>
    </message>
    <message>
        <source>Mã QR thẻ căn cước: thiếu họ và tên, hoặc họ tên có chữ số.</source>
        <translation>ID card QR code: the full name is missing or contains digits.</translation>
    </message>
    <message>
        <source>Mã QR thẻ căn cước: giới tính “%1” phải là Nam hoặc Nữ.</source>
        <translation>ID card QR code: sex “%1” must be Nam (male) or Nữ (female).</translation>
    </message>
    <message>
        <source>Mã QR thẻ căn cước: thiếu nơi thường trú.</source>
        <translation>ID card QR code: the permanent residence is missing.</translation>
    </message>
    <message>
        <source>Mã QR thẻ căn cước: ngày cấp đứng trước ngày sinh.</source>
        <translation>ID card QR code: the issue date is before the date of birth.</translation>
    </message>
    <message>
        <source>Mã định danh cơ quan “%1” không đúng dạng (ví dụ đúng: 000.00.04.H40).</source>
        <translation>Agency identifier “%1” is malformed (a correct example: 000.00.04.H40).</translation>
    </message>
    <message>
        <source>Số hiệu bàn làm việc phải từ 1 đến %1.</source>
        <translation>The desk number must be from 1 to %1.</translation>
    </message>
    <message>
        <source>Bàn số %1 đã dùng hết %2 số hồ sơ trong ngày.</source>
        <translation>Desk %1 has used all %2 dossier numbers for the day.</translation>
    </message>
    <message>
        <source>Số thứ tự hồ sơ %1 nằm ngoài khoảng 0001–9999.</source>
        <translation>Dossier sequence number %1 is outside 0001–9999.</translation>
    </message>
    <message>
        <source>Mã hồ sơ “%1” không đúng dạng &lt;mã cơ quan&gt;-&lt;yymmdd&gt;-&lt;số thứ tự&gt;.</source>
        <translation>Dossier code “%1” is not in the form &lt;agency code&gt;-&lt;yymmdd&gt;-&lt;number&gt;.</translation>
    </message>
    <message>
        <source>Mã hồ sơ “%1” có ngày không hợp lệ.</source>
        <translation>Dossier code “%1” has an invalid date.</translation>
    </message>
    <message>
        <source>Mã tỉnh %1 không tồn tại.</source>
        <translation>Province code %1 does not exist.</translation>
    </message>
    <message>
        <source>Không đọc được thời hạn '%1'. Viết như: '03 ngày làm việc', 'Trong ngày', '30 ngày' hoặc '8 giờ làm việc'.</source>
        <translation>Cannot read the time limit '%1'. Write it as the catalogue does, in Vietnamese: '03 ngày làm việc' (working days), 'Trong ngày' (same day), '30 ngày' (days) or '8 giờ làm việc' (working hours).</translation>
    </message>
    <message>
        <source>Chưa nhập thời hạn giải quyết.</source>
        <translation>The time limit is missing.</translation>
    </message>
    <message>
        <source>Thời hạn %1 quá lớn (tối đa 3650).</source>
        <translation>Time limit %1 is too large (at most 3650).</translation>
    </message>
    <message>
        <source>Thời gian gia hạn xác minh phải từ 0 đến 365 ngày làm việc.</source>
        <translation>The verification extension must be 0 to 365 working days.</translation>
    </message>
    <message>
        <source>Giờ chốt trong '%1' không hợp lệ.</source>
        <translation>The cut-off time in '%1' is not valid.</translation>
    </message>
    <message>
        <source>Thời hạn 'trong ngày' không có số lượng.</source>
        <translation>A same-day time limit has no amount.</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết phải là số dương.</source>
        <translation>The time limit must be a positive number.</translation>
    </message>
    <message>
        <source>Thời hạn '%1' phải lớn hơn 0.</source>
        <translation>Time limit '%1' must be greater than 0.</translation>
    </message>
    <message>
        <source>Số bản và số trang phải từ 1 trở lên.</source>
        <translation>The numbers of copies and pages must be 1 or more.</translation>
    </message>
    <message>
        <source>Mức phí, lệ phí không được âm.</source>
        <translation>The fee cannot be negative.</translation>
    </message>
    <message>
        <source>Phí theo trang cần số trang tính theo mức đầu (ít nhất 1).</source>
        <translation>A per-page fee needs the number of pages at the first rate (at least 1).</translation>
    </message>
    <message>
        <source>Thủ tục này không có trường hợp miễn “%1”.</source>
        <translation>This procedure has no exemption “%1”.</translation>
    </message>
    <message>
        <source>Quy tắc phí không hợp lệ: %1</source>
        <translation>Invalid fee rule: %1</translation>
    </message>
    <message>
        <source>Không hiểu kỳ báo cáo '%1'. Dùng: 2026-05 (tháng), 2026-Q3 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng), 2026 (năm) hoặc 2026-W48 (tuần).</source>
        <translation>Cannot understand reporting period '%1'. Use: 2026-05 (month), 2026-Q3 (quarter), 2026-H1 (6 months), 2026-9M (9 months), 2026 (year) or 2026-W48 (week).</translation>
    </message>
    <message>
        <source>Kỳ tùy chọn không có danh sách sẵn.</source>
        <translation>A custom period has no ready-made list.</translation>
    </message>
    <message>
        <source>Năm %1 nằm ngoài khoảng hỗ trợ (2000–2100).</source>
        <translation>Year %1 is outside the supported range (2000–2100).</translation>
    </message>
    <message>
        <source>Tháng %1 không hợp lệ (1–12).</source>
        <translation>Month %1 is not valid (1–12).</translation>
    </message>
    <message>
        <source>Quý %1 không hợp lệ (1–4).</source>
        <translation>Quarter %1 is not valid (1–4).</translation>
    </message>
    <message>
        <source>Ngày bắt đầu %1 sau ngày kết thúc %2.</source>
        <translation>Start date %1 is after end date %2.</translation>
    </message>
    <message>
        <source>Ngày '%1' không đúng dạng dd/mm/yyyy.</source>
        <translation>Date '%1' is not dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Năm %1 không có tuần %2.</source>
        <translation>Year %1 has no week %2.</translation>
    </message>
    <message>
        <source>Ngày '%1' không tồn tại.</source>
        <translation>Date '%1' does not exist.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 đã được đánh giá.</source>
        <translation>Dossier %1 has already been rated.</translation>
    </message>
    <message>
        <source>Tệp danh mục không đúng định dạng %1.</source>
        <translation>The catalogue file is not in format %1.</translation>
    </message>
    <message>
        <source>Thủ tục %1 không hợp lệ: %2</source>
        <translation>Procedure %1 is not valid: %2</translation>
    </message>
    <message>
        <source>Tên đơn vị “%1” phải bắt đầu bằng “Xã”, “Phường” hoặc “Đặc khu” (ví dụ: Xã Mỹ Lý).</source>
        <translation>Unit name “%1” must start with “Xã” (commune), “Phường” (ward) or “Đặc khu” (special zone).</translation>
    </message>
    <message>
        <source>Dấu thời gian HLC không hợp lệ: %1</source>
        <translation>Invalid HLC timestamp: %1</translation>
    </message>
    <message>
        <source>Nội dung sự kiện phải là một đối tượng JSON.</source>
        <translation>An event's content must be a JSON object.</translation>
    </message>
    <message>
        <source>Sự kiện “corrected” không đính chính thông tin nào.</source>
        <translation>The “corrected” event corrects nothing.</translation>
    </message>
    <message>
        <source>Sự kiện “%1”: trường %2 (%3) có giá trị không hợp lệ: %4.</source>
        <translation>Event “%1”: field %2 (%3) has an invalid value: %4.</translation>
    </message>
    <message>
        <source>Sự kiện “%1” thiếu trường %2 (%3).</source>
        <translation>Event “%1” lacks field %2 (%3).</translation>
    </message>
    <message>
        <source>số định danh cá nhân</source>
        <translation>personal ID</translation>
    </message>
    <message>
        <source>ngày sinh</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>số điện thoại</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>thư điện tử</source>
        <translation>email</translation>
    </message>
    <message>
        <source>thời điểm tiếp nhận</source>
        <translation>receipt moment</translation>
    </message>
    <message>
        <source>ngày hẹn mới</source>
        <translation>new date</translation>
    </message>
    <message>
        <source>thời điểm hẹn trả</source>
        <translation>due moment</translation>
    </message>
    <message>
        <source>thời điểm có kết quả</source>
        <translation>result moment</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận “%1” không hợp lệ.</source>
        <translation>Receipt moment “%1” is not valid.</translation>
    </message>
    <message>
        <source>Ngày hẹn mới “%1” không hợp lệ.</source>
        <translation>New date “%1” is not valid.</translation>
    </message>
    <message>
        <source>Thời điểm hẹn trả “%1” không hợp lệ.</source>
        <translation>Due moment “%1” is not valid.</translation>
    </message>
    <message>
        <source>Thời điểm có kết quả “%1” không hợp lệ.</source>
        <translation>Result moment “%1” is not valid.</translation>
    </message>
    <message>
        <source>họ tên</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>địa chỉ</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Dòng %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>loại phí “%1” không hợp lệ (chọn: %2)</source>
        <translation>fee kind “%1” is not valid (choose: %2)</translation>
    </message>
    <message>
        <source>ngày hiệu lực “%1” phải có dạng dd/mm/yyyy</source>
        <translation>effective date “%1” must be dd/mm/yyyy</translation>
    </message>
    <message>
        <source>%1 “%2” phải là số nguyên</source>
        <translation>%1 “%2” must be a whole number</translation>
    </message>
    <message>
        <source>%1 không được âm</source>
        <translation>%1 cannot be negative</translation>
    </message>
    <message>
        <source>trường hợp miễn “%1” không hợp lệ (chọn: %2)</source>
        <translation>exemption “%1” is not valid (choose: %2)</translation>
    </message>
    <message>
        <source>giờ chốt “%1” phải có dạng HH:MM</source>
        <translation>cut-off time “%1” must be HH:MM</translation>
    </message>
    <message>
        <source>thiếu mã thủ tục</source>
        <translation>procedure code missing</translation>
    </message>
    <message>
        <source>thiếu tên thủ tục</source>
        <translation>procedure name missing</translation>
    </message>
    <message>
        <source>thiếu lĩnh vực</source>
        <translation>field missing</translation>
    </message>
    <message>
        <source>cột Đang áp dụng phải là “Có” hoặc “Không”</source>
        <translation>the In force column must be “Có” (yes) or “Không” (no)</translation>
    </message>
    <message>
        <source>Gia hạn xác minh</source>
        <translation>Verification extension</translation>
    </message>
    <message>
        <source>Số trang mức đầu</source>
        <translation>Pages at the first rate</translation>
    </message>
    <message>
        <source>Mức thu trang tiếp</source>
        <translation>Rate for further pages</translation>
    </message>
    <message>
        <source>Mức tối đa</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Tệp lịch trong %1 không đúng định dạng %2.</source>
        <translation>The calendar file in %1 is not in format %2.</translation>
    </message>
    <message>
        <source>Tệp lịch không đúng định dạng %1.</source>
        <translation>The calendar file is not in format %1.</translation>
    </message>
    <message>
        <source>Dòng lịch thứ %1 trong %2 thiếu tên ngày.</source>
        <translation>Calendar line %1 in %2 has no day name.</translation>
    </message>
    <message>
        <source>Dòng lịch thứ %1 thiếu tên ngày.</source>
        <translation>Calendar line %1 has no day name.</translation>
    </message>
    <message>
        <source>Dòng lịch thứ %1 trong %2 không hợp lệ: %3.</source>
        <translation>Calendar line %1 in %2 is not valid: %3.</translation>
    </message>
    <message>
        <source>Dòng lịch thứ %1 không hợp lệ: %2.</source>
        <translation>Calendar line %1 is not valid: %2.</translation>
    </message>
    <message>
        <source>Không đọc được tệp lịch %1: %2</source>
        <translation>Cannot read calendar file %1: %2</translation>
    </message>
    <message>
        <source>Ngày bắt đầu mùa %1 không hợp lệ.</source>
        <translation>The start date of season %1 is not valid.</translation>
    </message>
    <message>
        <source>Mỗi mùa phải có ít nhất một buổi làm việc.</source>
        <translation>Every season needs at least one session.</translation>
    </message>
    <message>
        <source>Cần ít nhất một mùa giờ làm việc.</source>
        <translation>At least one season of office hours is needed.</translation>
    </message>
    <message>
        <source>Hai mùa giờ làm việc không được bắt đầu cùng một ngày.</source>
        <translation>Two seasons of office hours cannot start on the same day.</translation>
    </message>
    <message>
        <source>Khoảng năm của lịch không hợp lệ.</source>
        <translation>The calendar's range of years is not valid.</translation>
    </message>
    <message>
        <source>Lịch làm việc chưa có dữ liệu cho năm %1 (chỉ có từ %2 đến %3).</source>
        <translation>The working calendar has no data for %1 (only from %2 to %3).</translation>
    </message>
    <message>
        <source>Số ngày làm việc phải từ 1 trở lên.</source>
        <translation>The number of working days must be 1 or more.</translation>
    </message>
    <message>
        <source>Lịch làm việc chưa có dữ liệu đến ngày hết hạn (sau năm %1).</source>
        <translation>The working calendar has no data up to the deadline (after %1).</translation>
    </message>
    <message>
        <source>Số phút làm việc phải không âm.</source>
        <translation>The number of working minutes cannot be negative.</translation>
    </message>
    <message>
        <source>Giờ làm việc phải tăng dần và không chồng lấn (%1–%2).</source>
        <translation>Office hours must go forward and not overlap (%1–%2).</translation>
    </message>
    <message>
        <source>Mã %1 là “%2” (%3) trong danh mục chính thức, không phải “%4”.</source>
        <translation>Code %1 is “%2” (%3) in the official list, not “%4”.</translation>
    </message>
    <message>
        <source>Máy đã có dữ liệu của xã hiện tại: không thể đổi sang xã khác. Hãy cài đặt một tệp mới cho xã kia.</source>
        <translation>This PC already holds data of the current commune: it cannot switch to another commune. Set up a new file for the other one.</translation>
    </message>
    <message>
        <source>Tên xã không được để trống.</source>
        <translation>The commune name cannot be empty.</translation>
    </message>
    <message>
        <source>Khổ giấy “%1” không hợp lệ; chọn A4 hoặc A5.</source>
        <translation>Paper size “%1” is not valid; choose A4 or A5.</translation>
    </message>
    <message>
        <source>Địa chỉ tra cứu phải bắt đầu bằng https://</source>
        <translation>The look-up address must start with https://</translation>
    </message>
    <message>
        <source>Người ký “%1” cần chức vụ (ví dụ PHÓ CHỦ TỊCH).</source>
        <translation>Signer “%1” needs a title line (the title printed on the paper, in Vietnamese).</translation>
    </message>
    <message>
        <source>Dòng danh bạ “%1” cần cả tên đăng nhập và họ tên đầy đủ.</source>
        <translation>Directory line “%1” needs both a login name and a full name.</translation>
    </message>
    <message>
        <source>(chưa có tên đăng nhập)</source>
        <translation>(no login name yet)</translation>
    </message>
    <message>
        <source>Đồng hồ máy này %1 so với máy chủ. Giờ tiếp nhận và hẹn trả in trên giấy tờ lấy theo đồng hồ máy: hãy chỉnh lại ngày giờ của máy tính (múi giờ Việt Nam, UTC+7) hoặc báo cán bộ tin học.</source>
        <translation>This PC's clock is %1 compared with the server's. Receipt and due times printed on papers follow the PC's clock: correct the computer's date and time (Vietnam time zone, UTC+7) or tell the IT officer.</translation>
    </message>
    <message>
        <source>nhanh %1</source>
        <translation>ahead by %1</translation>
    </message>
    <message>
        <source>chậm %1</source>
        <translation>behind by %1</translation>
    </message>
    <message>
        <source>%1 giờ %2 phút</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 phút</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Máy chưa được cài đặt (chưa chọn xã) nhưng đã có dữ liệu; hãy cài đặt trước: commune-desk setup --db TỆP --commune MÃ_XÃ.</source>
        <translation>This PC is not set up (no commune chosen) but already has data; set it up first: commune-desk setup --db FILE --commune COMMUNE_CODE.</translation>
    </message>
    <message>
        <source>Máy chưa đăng ký với máy chủ đồng bộ (dùng: commune-desk enroll).</source>
        <translation>This PC is not enrolled with the sync server (use: commune-desk enroll).</translation>
    </message>
    <message>
        <source>Không thấy thông tin đăng nhập máy chủ trong kho mật khẩu; hãy đăng ký lại máy (commune-desk enroll).</source>
        <translation>The server sign-in details are not in the password store; enrol the PC again (commune-desk enroll).</translation>
    </message>
    <message>
        <source>Máy vừa được khôi phục từ bản sao lưu: việc đồng bộ tạm dừng cho đến khi quản trị viên kiểm tra và cho phép (commune-desk sync-release).</source>
        <translation>This PC was just restored from a backup: sync is paused until an administrator checks and allows it (commune-desk sync-release).</translation>
    </message>
    <message>
        <source>Máy chủ đã có dữ liệu của máy này ở lượt %1, nhưng máy không hề gửi lượt đó: máy đã bị khôi phục hoặc sao chép mà không sang lượt mới. Cần quản trị viên kiểm tra trước khi đồng bộ (không dữ liệu nào bị ghi đè).</source>
        <translation>The server already has this PC's data in round %1, but this PC never sent that round: it was restored or copied without moving to a new round. An administrator must check before syncing (no data was overwritten).</translation>
    </message>
    <message>
        <source>Máy chủ đã nhận dữ liệu của máy này ở lượt %1, mới hơn lượt %2 của máy: có thể máy đã bị sao chép hoặc khôi phục sai. Cần quản trị viên kiểm tra trước khi đồng bộ.</source>
        <translation>The server received this PC's data in round %1, newer than the PC's round %2: the PC may have been copied or wrongly restored. An administrator must check before syncing.</translation>
    </message>
    <message>
        <source>Không đọc được tệp đính kèm %1.</source>
        <translation>Cannot read attachment %1.</translation>
    </message>
    <message>
        <source>Tệp %1 đã bị thay đổi so với lúc đính kèm.</source>
        <translation>File %1 has changed since it was attached.</translation>
    </message>
    <message>
        <source>Máy chủ không xác nhận tiến thêm (lượt %1, đã xác nhận đến số %2); sẽ thử lại sau.</source>
        <translation>The server confirmed no progress (round %1, confirmed up to %2); will retry later.</translation>
    </message>
    <message>
        <source>Máy chủ từ chối.</source>
        <translation>The server refused.</translation>
    </message>
    <message>
        <source>Máy chủ đã nhận</source>
        <translation>Received by the server</translation>
    </message>
    <message>
        <source>Máy số %1</source>
        <translation>PC number %1</translation>
    </message>
    <message>
        <source>Không ghi được vào sổ của máy này: %1</source>
        <translation>Could not write to this PC's records: %1</translation>
    </message>
    <message>
        <source>Đã nhận lịch làm việc %1 (%2 ngày).</source>
        <translation>Received working calendar %1 (%2 days).</translation>
    </message>
    <message>
        <source>Đã nhận danh bạ cán bộ %1 (%2 người của xã).</source>
        <translation>Received staff directory %1 (%2 people of the commune).</translation>
    </message>
    <message>
        <source>Mã hồ sơ %1 đã được dùng cho một hồ sơ khác trên máy này (hai hồ sơ cùng mã, thường do máy cấp lại mã sau khi khôi phục). Sự kiện được giữ lại ở đây để cán bộ xử lý.</source>
        <translation>Dossier code %1 is already used by another dossier on this PC (two dossiers with one code, usually because the PC reissued codes after a restore). The event is kept here for a clerk to resolve.</translation>
    </message>
    <message>
        <source>Đã nhận danh mục thủ tục %1 (phiên bản %2 trên máy).</source>
        <translation>Received procedure catalogue %1 (version %2 on this PC).</translation>
    </message>
    <message>
        <source>Danh mục thủ tục phiên bản %1 đã có.</source>
        <translation>Procedure catalogue version %1 is already here.</translation>
    </message>
    <message>
        <source>Số thứ tự của sự kiện trùng với một sự kiện khác đã có trên máy này (có thể do sao chép máy).</source>
        <translation>The event's sequence number repeats another event already on this PC (perhaps the PC was copied).</translation>
    </message>
    <message>
        <source>Loại ngày không hợp lệ trong lịch của tỉnh: %1</source>
        <translation>Invalid day kind in the province's calendar: %1</translation>
    </message>
    <message>
        <source>Máy chủ đang gặp lỗi (mã %1); sẽ thử lại.</source>
        <translation>The server has an error (code %1); will retry.</translation>
    </message>
    <message>
        <source>Câu trả lời của máy chủ không đọc được; sẽ thử lại.</source>
        <translation>The server's answer could not be read; will retry.</translation>
    </message>
    <message>
        <source>Máy chủ không trả lời kịp; sẽ thử lại.</source>
        <translation>The server did not answer in time; will retry.</translation>
    </message>
    <message>
        <source>Không kết nối được máy chủ %1; sẽ thử lại.</source>
        <translation>Cannot connect to server %1; will retry.</translation>
    </message>
    <message>
        <source>Máy chủ từ chối (mã %1).</source>
        <translation>The server refused (code %1).</translation>
    </message>
    <message>
        <source>Không kết nối được máy chủ %1.</source>
        <translation>Cannot connect to server %1.</translation>
    </message>
    <message>
        <source>Máy chủ nhiều lần từ chối phần tệp đính kèm; sẽ gửi lại ở lần đồng bộ sau.</source>
        <translation>The server refused the attachments several times; they will be sent again at the next sync.</translation>
    </message>
    <message>
        <source>Số thứ tự %1 của máy (lượt %2) đã được dùng cho một sự kiện khác.</source>
        <translation>Sequence number %1 of the PC (round %2) is already used by another event.</translation>
    </message>
    <message>
        <source>Mã sự kiện đã có trên máy chủ với nội dung khác.</source>
        <translation>The event ID is already on the server with different content.</translation>
    </message>
    <message>
        <source>Sự kiện không thuộc máy đang gửi.</source>
        <translation>The event does not belong to the sending PC.</translation>
    </message>
    <message>
        <source>Loại sự kiện không được hỗ trợ: %1.</source>
        <translation>Unsupported event kind: %1.</translation>
    </message>
    <message>
        <source>Dấu băm của sự kiện không khớp nội dung (dữ liệu bị sửa hoặc hỏng).</source>
        <translation>The event's hash does not match its content (data altered or damaged).</translation>
    </message>
    <message>
        <source>Máy tính này không có kho mật khẩu của hệ điều hành (keyring), nên không thể cất giữ an toàn thông tin đăng nhập máy chủ. Trên Windows, kho này có sẵn; trên Linux, hãy chạy trong phiên làm việc có GNOME Keyring hoặc KWallet. Ứng dụng không lưu thông tin này ra tệp thường.</source>
        <translation>This computer has no operating system password store (keyring), so the server sign-in details cannot be kept safely. On Windows the store is built in; on Linux, run in a session with GNOME Keyring or KWallet. The application never saves these details in an ordinary file.</translation>
    </message>
    <message>
        <source>Không lưu được thông tin đăng nhập vào kho mật khẩu: %1</source>
        <translation>Could not save the sign-in details in the password store: %1</translation>
    </message>
    <message>
        <source>Không đọc được kho mật khẩu: %1</source>
        <translation>Cannot read the password store: %1</translation>
    </message>
    <message>
        <source>không phải UUID</source>
        <translation>not a UUID</translation>
    </message>
    <message>
        <source>dấu thời gian HLC sai dạng</source>
        <translation>malformed HLC timestamp</translation>
    </message>
    <message>
        <source>mã xã sai dạng</source>
        <translation>malformed commune code</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Hẹn trả %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Chuyển cho %1</source>
        <translation>Handed to %1</translation>
    </message>
    <message>
        <source>Cần bổ sung: %1. Lý do: %2</source>
        <translation>To supplement: %1. Reason: %2</translation>
    </message>
    <message>
        <source>Hẹn lại %1. Lý do: %2</source>
        <translation>New date %1. Reason: %2</translation>
    </message>
    <message>
        <source> (lý do: %1)</source>
        <translation> (reason: %1)</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ.</source>
        <translation>Dossier not found.</translation>
    </message>
</context>
<context>
    <name>paper</name>
    <message>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Máy in không nhận lệnh in: %1</source>
        <translation>The printer did not accept the job: %1</translation>
    </message>
    <message>
        <source>Tài liệu không có trang nào để in.</source>
        <translation>The document has no page to print.</translation>
    </message>
    <message>
        <source>Không mở được máy in.</source>
        <translation>Could not open the printer.</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>Đang gửi tới máy in…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>Đã gửi tới máy in.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Chưa nhập họ và tên người nộp.</source>
        <translation>The applicant's full name is missing.</translation>
    </message>
    <message>
        <source>Họ và tên quá ngắn.</source>
        <translation>The full name is too short.</translation>
    </message>
    <message>
        <source>Họ và tên không được chứa chữ số hay ký hiệu.</source>
        <translation>The full name cannot contain digits or symbols.</translation>
    </message>
    <message>
        <source>Ngày sinh phải theo dạng ngày/tháng/năm, ví dụ 05/02/1990.</source>
        <translation>Date of birth must be day/month/year, e.g. 05/02/1990.</translation>
    </message>
    <message>
        <source>Ngày sinh không thể sau ngày hôm nay.</source>
        <translation>The date of birth cannot be after today.</translation>
    </message>
    <message>
        <source>Năm sinh không hợp lệ.</source>
        <translation>The year of birth is not valid.</translation>
    </message>
    <message>
        <source>Chưa nhập số định danh cá nhân (12 chữ số trên thẻ căn cước).</source>
        <translation>The personal ID (12 digits on the ID card) is missing.</translation>
    </message>
    <message>
        <source>Thư điện tử “%1” không đúng dạng (ví dụ ten@example.vn).</source>
        <translation>Email “%1” is not valid (e.g. name@example.vn).</translation>
    </message>
    <message>
        <source>Chưa nhập địa chỉ người nộp.</source>
        <translation>The applicant's address is missing.</translation>
    </message>
    <message>
        <source>Chưa nhập %1.</source>
        <translation>Missing: %1.</translation>
    </message>
</context>
</TS>