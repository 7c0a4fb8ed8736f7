"""English for the strings added in session 3 (merged into fill_translations.EN)."""

EN_S3 = {
    "— Chọn —": "— Choose —",
    "Sao lưu và khôi phục": "Backup and restore",
    "Chọn thư mục sao lưu (ví dụ ổ USB)": "Choose a backup folder (for example a USB drive)",
    "Chọn tệp sao lưu": "Choose a backup file",
    "Sao lưu Commune Desk (*.sqlite3);;Mọi tệp (*)": "Commune Desk backup (*.sqlite3);;All files (*)",
    "Sao lưu Commune Desk (*.sqlite3)": "Commune Desk backup (*.sqlite3)",
    "Xác nhận khôi phục": "Confirm restore",
    "Sao lưu ngay": "Back up now",
    "Sao lưu ra thư mục…": "Back up to a folder…",
    "Khôi phục bản đã chọn": "Restore the selected backup",
    "Khôi phục từ tệp…": "Restore from a file…",
    "Các bản sao lưu tự động trong %1:": "Automatic backups in %1:",
    "Đang sao lưu…": "Backing up…",
    "Đã sao lưu và kiểm tra: %1 (%2, %3 hồ sơ).": "Backed up and verified: %1 (%2, %3 dossiers).",
    "Hãy chọn một bản sao lưu trong danh sách.": "Choose a backup in the list.",
    "Khôi phục dữ liệu từ %1? Dữ liệu hiện tại được sao lưu trước (bản “trước khi khôi phục”), "
    "rồi thay bằng bản đã chọn. Sau khi khôi phục, bàn làm việc tạm dừng đồng bộ cho tới khi "
    "quản trị viên cho phép.":
        "Restore the data from %1? The current data is backed up first (the “before restore” "
        "copy), then replaced by the chosen backup. After a restore the desk pauses "
        "synchronisation until an administrator allows it.",
    "Đang khôi phục…": "Restoring…",
    "Đã khôi phục từ %1. Kỳ đồng bộ mới: %2; đồng bộ tạm dừng chờ quản trị viên cho phép.":
        "Restored from %1. New sync epoch: %2; synchronisation is paused until an "
        "administrator allows it.",
    "Bấm vào một cột để xem các hồ sơ đó": "Click a bar to see those dossiers",
    "Đổi mật khẩu": "Change password",
    "Mật khẩu hiện tại:": "Current password:",
    "Mật khẩu mới:": "New password:",
    "Nhập lại mật khẩu mới:": "New password again:",
    "Hai lần nhập mật khẩu mới không giống nhau.": "The two new passwords differ.",
    "Cơ sở dữ liệu bị hỏng": "The database is damaged",
    "Khôi phục bản sao lưu tốt gần nhất": "Restore the latest good backup",
    "Chọn tệp sao lưu khác…": "Choose another backup file…",
    "Thoát": "Quit",
    "Đang khôi phục từ %1…": "Restoring from %1…",
    "Kỳ xem chỉ số": "Indicator period",
    "Tuần này": "This week",
    "Tháng này (kỳ báo cáo)": "This month (reporting period)",
    "Quý này (kỳ báo cáo)": "This quarter (reporting period)",
    "Năm nay (kỳ báo cáo)": "This year (reporting period)",
    "12 tháng gần nhất": "Last 12 months",
    "Tùy chọn…": "Custom…",
    "Từ ngày": "From",
    "Đến ngày": "To",
    "Hồ sơ đang giải quyết theo người xử lý": "Open dossiers by officer",
    "Kỳ:": "Period:",
    "Gõ ngày dạng ngày/tháng/năm, ví dụ 05/02/2026": "Type the date as day/month/year, e.g. 05/02/2026",
    "In mẫu…": "Print form…",
    "Lập văn bản xin lỗi, hẹn lại (mẫu 04)…": "Write the apology and new date (form 04)…",
    "Quá hạn. Việc phải làm: gửi công dân văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu số 04, "
    "Nghị định 61/2018/NĐ-CP), do người đứng đầu cơ quan giải quyết ký, ghi ngày hẹn mới.":
        "Overdue. What to do: send the citizen an apology letter with a new date for the result "
        "(Form 04, Decree 61/2018), signed by the head of the processing body, stating the new date.",
    "Mở một hồ sơ để %1.": "Open a dossier to %1.",
    "Đang lưu thao tác trước…": "Saving the previous action…",
    "Chỉ lãnh đạo được %1.": "Only a leader may %1.",
    "Chỉ %1 được %2.": "Only %1 may %2.",
    "Hồ sơ đang ở trạng thái “%1”: không thể %2.": "The dossier is “%1”: cannot %2.",
    "Gõ vài chữ của họ tên, chọn trong danh sách": "Type a few letters of the name, pick from the list",
    "người dùng đang hoạt động": "an active user",
    "người dùng có quyền %1": "a user allowed to %1",
    "“%1” không phải %2; hãy gõ vài chữ của họ tên rồi chọn trong danh sách.":
        "“%1” is not %2; type a few letters of the name and pick from the list.",
    "Xem và in mẫu số %1 — %2": "Preview and print form %1 — %2",
    "Chờ tôi duyệt/ký": "Waiting for my approval/signature",
    "Tạo tài khoản quản trị đầu tiên": "Create the first administrator account",
    "Tên đăng nhập:": "Login:",
    "Họ và tên:": "Full name:",
    "Mật khẩu:": "Password:",
    "Nhập lại mật khẩu:": "Password again:",
    "Chưa có tài khoản nào. Tài khoản quản trị quản lý người dùng, lịch làm việc, danh mục thủ tục "
    "và sao lưu.":
        "There are no accounts yet. The administrator account manages users, office hours, the "
        "procedure catalogue and backups.",
    "Hai lần nhập mật khẩu không giống nhau.": "The two passwords differ.",
    "CMND cũ": "Old ID no.",
    "Giới tính": "Sex",
    "Hồ sơ chưa lưu": "Unsaved dossier",
    "Hồ sơ đang nhập chưa được lưu. Bỏ những gì đã nhập?":
        "The dossier being entered is not saved. Discard what was typed?",
    "Nam": "Male",
    "Nữ": "Female",
    "Người nộp hồ sơ (quét mã QR thẻ căn cước để điền sẵn)":
        "Applicant (scan the ID card's QR code to fill in)",
    "Không đọc được thẻ căn cước, chưa điền gì: %1": "Could not read the ID card, nothing filled: %1",
    "Đã điền từ thẻ căn cước của %1.": "Filled from the ID card of %1.",
    "(có thể là: %1 — hỏi người nộp)": "(could be: %1 — ask the applicant)",
    "đơn vị tiếp nhận": "the receiving unit",
    "cơ quan giải quyết": "the deciding body",
    "Chưa chọn thủ tục hành chính.": "No procedure chosen.",
    "Chưa đánh dấu giấy tờ nào đã nhận.": "No document is ticked as received.",
    "Đăng nhập — Commune Desk": "Sign in — Commune Desk",
    "tên đăng nhập": "login",
    "Đăng nhập": "Sign in",
    "Hãy nhập tên đăng nhập và mật khẩu.": "Type your login and password.",
    "Quản trị viên đã đặt mật khẩu tạm; hãy đặt mật khẩu của riêng bạn.":
        "An administrator set a temporary password; set your own password.",
    "Cần đổi mật khẩu trước khi làm việc.": "You must change your password before working.",
    "Bàn làm việc một cửa": "One-stop desk",
    "Hệ thống": "System",
    "Sao lưu, khôi phục…": "Backup, restore…",
    "Chỉ quản trị viên được sao lưu, khôi phục.": "Only an administrator may back up and restore.",
    "Đã khôi phục dữ liệu. Phần mềm sẽ đóng lại; hãy mở lại để làm việc trên dữ liệu đã khôi phục.":
        "The data was restored. The desk will close; start it again to work on the restored data.",
    "Khôi phục không thành công, dữ liệu hiện tại giữ nguyên. Phần mềm sẽ đóng lại; hãy mở lại để "
    "tiếp tục làm việc.":
        "The restore failed; the current data is unchanged. The desk will close; start it again "
        "to continue.",
    "Sao lưu, khôi phục": "Backup, restore",
    "%1 · bàn số %2": "%1 · desk %2",
    "Mật khẩu cơ sở dữ liệu": "Database password",
    "Mật khẩu cơ sở dữ liệu:": "Database password:",
    "Nhập lại:": "Again:",
    "Dùng mật khẩu này": "Use this password",
    "Không mở phần mềm": "Do not open the desk",
    "Mật khẩu không đúng: không mở được cơ sở dữ liệu này (lần thử thứ %1). Hãy nhập lại, hoặc "
    "chọn “Không mở phần mềm”.":
        "Wrong password: this database cannot be opened (attempt %1). Type it again, or choose "
        "“Do not open the desk”.",
    "Mô tả vướng mắc, việc cần tỉnh hỗ trợ…": "Describe the obstacle and the help needed from the province…",
    "Ghi và gửi lên tỉnh": "Record and send to the province",
    "Lĩnh vực:": "Field:",
    "Thủ tục:": "Procedure:",
    "Vướng mắc do:": "Caused by:",
    "Từ ngày:": "Since:",
    "Số hồ sơ bị ảnh hưởng:": "Dossiers affected:",
    "Mô tả:": "Description:",
    "Báo vướng mắc mới": "Report a new obstacle",
    "Hiện cả vướng mắc đã đóng": "Show closed obstacles too",
    "Vướng mắc do": "Caused by",
    "Mô tả": "Description",
    "Trả lời của tỉnh": "Province's answer",
    "Đóng vướng mắc đã xong": "Close a resolved obstacle",
    "Chờ tỉnh trả lời": "Waiting for the province",
    "Đã đóng.": "Closed.",
    "Hãy chọn một vướng mắc đang mở để đóng.": "Choose an open obstacle to close.",
    "Lưu thành": "Save as",
    "&Lưu thành…": "&Save as…",
    "Phóng to": "Zoom in",
    "Thu nhỏ": "Zoom out",
    "Vừa khổ": "Fit page",
    "Đóng": "Close",
    "Tệp PDF (*.pdf)": "PDF file (*.pdf)",
    "Không lưu được": "Could not save",
    "Không ghi được tệp: %1": "Could not write the file: %1",
    "Mẫu số %1": "Form %1",
    "Không lập được mẫu": "Could not build the form",
    "Tình hình giải quyết TTHC (Biểu II.06a)": "Administrative procedure results (table II.06a)",
    "Sổ theo dõi hồ sơ (Mẫu 07)": "Dossier ledger (form 07)",
    "Báo cáo nhanh tuần (lãnh đạo)": "Weekly brief (leader)",
    "Tính lại, bỏ qua số liệu đã chốt": "Recompute, ignoring the frozen figures",
    "Kỳ đã kết thúc được chốt số liệu ở lần lập đầu tiên; đánh dấu để tính lại từ dữ liệu hiện tại.":
        "A finished period's figures are frozen the first time it is built; tick to recompute "
        "from the current data.",
    "&Lập báo cáo": "&Build report",
    "Dừng": "Stop",
    "Lưu &PDF…": "Save &PDF…",
    "Lưu &Excel…": "Save &Excel…",
    "Loại báo cáo": "Report",
    "Kỳ": "Period kind",
    "Năm": "Year",
    "Kỳ báo cáo": "Period",
    "Chưa chọn kỳ báo cáo.": "No reporting period chosen.",
    "Từ %1 đến %2": "From %1 to %2",
    "Báo cáo nhanh tuần cần chọn một tuần.": "The weekly brief needs a week.",
    "Đang lập báo cáo…": "Building the report…",
    "Tiếp nhận %1, đã giải quyết %2, đang giải quyết %3.": "Received %1, resolved %2, open %3.",
    "Số liệu tạm tính (kỳ chưa kết thúc).": "Provisional figures (the period is not over).",
    "Số liệu chốt lúc %1.": "Figures frozen at %1.",
    "Đã lập: %1.": "Built: %1.",
    "Đã dừng.": "Stopped.",
    "Đã lưu %1.": "Saved %1.",
    "Bảng tính Excel (*.xlsx)": "Excel workbook (*.xlsx)",
    "Buổi làm việc “%1” phải có dạng 07:00-11:30.": "Session “%1” must look like 07:00-11:30.",
    "Mỗi mùa phải có ít nhất một buổi làm việc.": "Every season needs at least one session.",
    "Ngày bắt đầu mùa “%1” phải có dạng ngày/tháng, ví dụ 16/4.":
        "Season start “%1” must be day/month, e.g. 16/4.",
    "Mã xã không được để trống.": "The commune code cannot be empty.",
    "Cài đặt máy lần đầu — Commune Desk": "First set-up — Commune Desk",
    "Quay lại": "Back",
    "Tiếp tục": "Next",
    "gõ vài chữ, không cần dấu, ví dụ: my ly": "type a few letters, accents optional, e.g. my ly",
    "Tỉnh, thành phố": "Province, city",
    "Tìm xã, phường": "Find the commune, ward",
    "Chọn đơn vị theo danh mục chính thức từ 01/7/2025 (34 tỉnh, thành phố; 3.321 xã, phường, "
    "đặc khu).":
        "Choose the unit from the official list in force since 01/7/2025 (34 provinces and "
        "cities; 3,321 communes, wards and special zones).",
    "Số bàn của máy này (1–9)": "This machine's desk number (1–9)",
    "Địa chỉ máy chủ đồng bộ": "Sync server address",
    "Mã đăng ký máy (dùng một lần)": "Enrolment code (single use)",
    "Không bắt buộc. Cán bộ tin học của tỉnh cấp địa chỉ và mã đăng ký cho từng máy. Bỏ trống nếu "
    "chưa có: máy vẫn làm việc bình thường và đăng ký sau trong Cài đặt. Nếu máy chủ không liên lạc "
    "được, việc cài đặt vẫn hoàn tất và máy làm việc ngoại tuyến.":
        "Optional. The province's IT officer gives each machine an address and an enrolment "
        "code. Leave empty if you have none: the desk works normally and can enrol later in "
        "Settings. If the server cannot be reached, set-up still completes and the desk works "
        "offline.",
    "1. Đơn vị": "1. Unit",
    "2. Mã cơ quan và số bàn": "2. Agency code and desk number",
    "3. Giờ làm việc": "3. Office hours",
    "4. Máy chủ đồng bộ": "4. Sync server",
    "Đã cài đặt xong": "Set-up complete",
    "Bắt đầu làm việc": "Start working",
    "Giờ làm việc mặc định của {0}; sửa nếu xã làm việc khác. Hạn giải quyết tính theo các buổi này.":
        "Default office hours of {0}; change them if the commune works differently. Deadlines "
        "are counted in these sessions.",
    "Hãy chọn xã, phường trong danh sách.": "Choose the commune or ward in the list.",
    "Cần cả địa chỉ máy chủ và mã đăng ký (hoặc bỏ trống cả hai để đăng ký sau).":
        "Both the server address and the enrolment code are needed (or leave both empty to "
        "enrol later).",
    "Đang cài đặt…": "Setting up…",
    "Đơn vị tiếp nhận: %1": "Receiving unit: %1",
    "Mã định danh cơ quan: %1; bàn số %2": "Agency code: %1; desk %2",
    "Đã đăng ký với máy chủ đồng bộ %1.": "Enrolled with the sync server %1.",
    "Chưa đăng ký máy chủ đồng bộ: máy làm việc ngoại tuyến.":
        "Not enrolled with a sync server: the desk works offline.",
    "Bước tiếp theo: tạo tài khoản quản trị viên đầu tiên.":
        "Next step: create the first administrator account.",
    "Đang kiểm tra cơ sở dữ liệu…": "Checking the database…",
    "Cơ sở dữ liệu bị hỏng nên mọi thao tác ghi đã bị chặn; hãy khôi phục bản sao lưu. Chi tiết: ":
        "The database is damaged, so every write is blocked; restore a backup. Details: ",
    "Đang sao lưu hằng ngày…": "Making the daily backup…",
    "Cơ sở dữ liệu bị hỏng: đã chặn mọi thao tác ghi.": "The database is damaged: every write is blocked.",
    "Đã sao lưu hằng ngày: %s": "Daily backup made: %s",
    "Sao lưu hằng ngày không thành công.": "The daily backup failed.",
    "Sao lưu hằng ngày": "Daily backup",
    "Chưa sao lưu được cơ sở dữ liệu hôm nay: ": "The database could not be backed up today: ",
    "Máy chưa đăng ký với máy chủ đồng bộ (commune-desk enroll).":
        "This machine is not enrolled with a sync server (commune-desk enroll).",
    "Không đọc được trạng thái đồng bộ: %1": "Could not read the sync state: %1",
    "Đang đồng bộ…": "Synchronising…",
    "Máy chủ từ chối: %1": "The server refused: %1",
    "Đã đồng bộ": "Synchronised",
    "Còn %1 sự kiện chờ máy chủ xác nhận": "%1 events waiting for the server's confirmation",
    "Chuyển xử lý": "Handed over",
    "Rút hồ sơ": "Withdrawn",
    "Báo vướng mắc": "Obstacle reported",
    "Tỉnh trả lời": "Province answered",
    "Đóng vướng mắc": "Obstacle closed",
    "Tình trạng:": "State:",
    "Máy chủ:": "Server:",
    "Chờ gửi:": "Waiting to send:",
    "Đồng bộ xong gần nhất:": "Last successful sync:",
    "Đồng bộ ngay": "Sync now",
    "Chiều": "Direction",
    "Loại sự kiện": "Event kind",
    "Đăng ký máy với máy chủ đồng bộ": "Enrol this machine with a sync server",
    "Đăng ký": "Enrol",
    "Địa chỉ máy chủ": "Server address",
    "Mã đăng ký máy": "Enrolment code",
    "Lần đồng bộ không thành công gần đây:": "Recent failed sync rounds:",
    "Sự kiện bị giữ lại (không mất, cần cán bộ xem xét):":
        "Held events (not lost; an officer must review them):",
    "Máy chủ từ chối": "Refused by the server",
    "Nhận về không ghi được": "Received but not applied",
    "Mã sự kiện: %1\nHồ sơ: %2": "Event id: %1\nDossier: %2",
    "Cần cả địa chỉ máy chủ và mã đăng ký máy.": "Both the server address and the enrolment code are needed.",
    "Đang đăng ký…": "Enrolling…",
    "Đã đăng ký với máy chủ {0}.": "Enrolled with the server {0}.",
    "chưa đăng ký (commune-desk enroll)": "not enrolled (commune-desk enroll)",
    "%1 sự kiện": "%1 events",
    "Máy vừa được khôi phục từ bản sao lưu: đồng bộ tạm dừng chờ quản trị viên cho phép.":
        "This machine was just restored from a backup: synchronisation is paused until an "
        "administrator allows it.",
    "Ngoại tuyến": "Offline",
    "Đang đồng bộ": "Synchronising",
    "Tạm dừng đồng bộ": "Sync paused",
    "Chưa đăng ký máy chủ": "No server enrolled",
    "Lỗi đồng bộ": "Sync error",
    "%1 chờ gửi": "%1 waiting to send",
    "%1 bị giữ lại": "%1 held",
    "đồng hồ máy lệch": "machine clock is off",
    "Đặt lại mật khẩu": "Reset password",
    "Thêm tài khoản": "Add account",
    "Vai trò:": "Role:",
    "Mật khẩu (tạm):": "Password (temporary):",
    "Tên đăng nhập": "Login",
    "Vai trò": "Role",
    "Đăng nhập gần nhất": "Last sign-in",
    "Thêm tài khoản…": "Add account…",
    "Khóa / mở khóa": "Disable / enable",
    "Đặt lại mật khẩu…": "Reset password…",
    "Đổi vai trò": "Change role",
    "Chỉ quản trị viên xem và quản lý được tài khoản.": "Only an administrator can see and manage accounts.",
    "Đã khóa": "Disabled",
    "Hoạt động": "Active",
    "Tạm khóa đến %1": "Locked until %1",
    "Hãy chọn một tài khoản trong danh sách.": "Choose an account in the list.",
    "Đã thêm tài khoản %1.": "Account %1 added.",
    "Đã mở khóa tài khoản %1.": "Account %1 enabled.",
    "Đã khóa tài khoản %1.": "Account %1 disabled.",
    "Đã đặt lại mật khẩu của %1.": "Password of %1 reset.",
    "Đã đổi vai trò của %1 thành %2.": "Role of %1 changed to %2.",
    "Hồ sơ được chuyển đến tôi để duyệt, ký kết quả": "Dossiers sent to me to approve and sign",
    "Giấy tiếp nhận hồ sơ và hẹn trả kết quả": "Receipt and appointment",
    "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ": "Request to supplement the dossier",
    "Phiếu từ chối tiếp nhận giải quyết hồ sơ": "Refusal to accept the dossier",
    "Văn bản xin lỗi và hẹn lại ngày trả kết quả": "Apology and new date for the result",
    "Thông báo dừng giải quyết hồ sơ": "Notice of stopping the dossier",
    "Phiếu kiểm soát quá trình giải quyết hồ sơ": "Processing control slip",
    "Sổ theo dõi hồ sơ (dòng của hồ sơ này)": "Dossier ledger (this dossier's line)",
    "Cán bộ tiếp nhận": "Receiving clerk",
    "Chuyên viên xử lý": "Processing officer",
    "Lãnh đạo": "Leader",
    "Quản trị hệ thống": "Administrator",
    "Hẹn trả %1": "Due %1",
    "Chuyển cho %1": "Handed to %1",
    "Cần bổ sung: %1. Lý do: %2": "To supplement: %1. Reason: %2",
    "Hẹn lại %1. Lý do: %2": "New date %1. Reason: %2",
    " (lý do: %1)": " (reason: %1)",
    "Không tìm thấy hồ sơ.": "Dossier not found.",
    "In": "Print",
    "Máy in không nhận lệnh in: %1": "The printer did not accept the job: %1",
    "Tài liệu không có trang nào để in.": "The document has no page to print.",
    "Không mở được máy in.": "Could not open the printer.",
    "Không in được": "Could not print",
    "Đang gửi tới máy in…": "Sending to the printer…",
    "Đã gửi tới máy in.": "Sent to the printer.",
    "Chưa nhập họ và tên người nộp.": "The applicant's full name is missing.",
    "Họ và tên quá ngắn.": "The full name is too short.",
    "Họ và tên không được chứa chữ số hay ký hiệu.": "The full name cannot contain digits or symbols.",
    "Ngày sinh phải theo dạng ngày/tháng/năm, ví dụ 05/02/1990.":
        "The date of birth must be day/month/year, e.g. 05/02/1990.",
    "Ngày sinh không thể sau ngày hôm nay.": "The date of birth cannot be after today.",
    "Năm sinh không hợp lệ.": "The year of birth is not valid.",
    "Chưa nhập số định danh cá nhân (12 chữ số trên thẻ căn cước).":
        "The personal ID (12 digits on the ID card) is missing.",
    "Thư điện tử “%1” không đúng dạng (ví dụ ten@example.vn).":
        "Email “%1” is not valid (e.g. name@example.vn).",
    "Chưa nhập địa chỉ người nộp.": "The applicant's address is missing.",
    "Chưa nhập %1.": "Missing: %1.",
    "Cỡ chữ (chữ lớn cho người khó nhìn)": "Text size (large text for poor eyesight)",
    "Cỡ chữ %1 % đã được áp dụng.": "Text size %1 % applied.",
}

EN_S3.update({
    "Tháng %1 năm %2": "Month %1 of %2",
    "Quý %1 năm %2": "Quarter %1 of %2",
    "6 tháng đầu năm %2": "First half of %2",
    "9 tháng năm %2": "Nine months of %2",
    "Năm %2": "Year %2",
    "Tuần %1 năm %2": "Week %1 of %2",
    "Tháng": "Month",
    "Quý": "Quarter",
    "6 tháng": "Six months",
    "9 tháng": "Nine months",
    "Tuần": "Week",
    "Tùy chọn": "Custom",
    "Ngày lễ, Tết": "Public holiday",
    "Ngày nghỉ bù, hoán đổi": "Compensatory / swapped day off",
    "Ngày làm bù": "Make-up working day",
    "thứ Hai": "Monday",
    "thứ Ba": "Tuesday",
    "thứ Tư": "Wednesday",
    "thứ Năm": "Thursday",
    "thứ Sáu": "Friday",
    "thứ Bảy": "Saturday",
    "Chủ nhật": "Sunday",
    "Chồng chéo trách nhiệm": "Overlapping responsibilities",
    "Thiếu hướng dẫn": "Missing guidance",
    "Thiếu nhân lực": "Not enough staff",
    "Thiếu trang thiết bị": "Not enough equipment",
    "Mạng, đường truyền": "Network, connection",
    "Khác": "Other",
    "Mã định danh điện tử của cơ quan tiếp nhận (Quyết định 20/2020/QĐ-TTg), các cấp cách nhau "
    "bằng dấu chấm, cấp thấp nhất trước, kết thúc bằng một chữ cái và 2 chữ số, ví dụ "
    "000.00.04.H40. Mã này đứng đầu mọi mã hồ sơ; hỏi Văn phòng UBND tỉnh nếu chưa có.":
        "The receiving body's electronic identifier (Decision 20/2020/QD-TTg): levels separated "
        "by dots, lowest level first, ending in a letter and 2 digits, e.g. 000.00.04.H40. It "
        "starts every dossier code; ask the provincial People's Committee office if you have none.",
    "Mỗi máy của cùng một xã phải có số bàn khác nhau (1–9): số bàn quyết định dải mã hồ sơ "
    "của máy. Khi có máy chủ, máy chủ từ chối số đã có máy khác dùng. Khi cài đặt không có "
    "máy chủ, chương trình không biết các máy khác: hãy tự ghi lại số đã dùng cho từng máy.":
        "Every machine of one commune needs its own desk number (1–9): it decides the machine's "
        "range of dossier codes. With a server, the server refuses a number another machine "
        "uses. Set up without a server, the desk cannot know the other machines: write down the "
        "number used on each.",
})

EN_S3.update({
    "Các bản sao lưu": "Backups",
    "Nhận từ ngày": "Received from",
    "Nhận đến ngày": "Received until",
    "Các vướng mắc": "Obstacles",
    "Thủ tục hành chính": "Administrative procedure",
    "Xã, phường": "Commune, ward",
})

EN_S3.update({  # session, lock and paper settings (s3session, s3paper)
    "Bàn làm việc đã khóa": "The desk is locked",
    "Hãy nhập mật khẩu.": "Type the password.",
    "Mật khẩu": "Password",
    "Mở khóa": "Unlock",
    "Người dùng khác đăng nhập để làm việc trên bàn này. Cơ sở dữ liệu vẫn mở, không cần nhập lại "
    "mật khẩu dữ liệu.":
        "Another user signs in to work at this desk. The database stays open; the database "
        "password is not needed again.",
    "Người đang làm việc: %1.": "Working now: %1.",
    "Thoát phần mềm": "Quit the desk",
    "Đang làm việc: %1 (%2, %3). Nhập mật khẩu để mở khóa.":
        "Working: %1 (%2, %3). Type the password to unlock.",
    "Đã đăng xuất. Đăng nhập để làm việc.": "Signed out. Sign in to work.",
    "Đổi người dùng": "Switch user",
    "Bàn làm việc này chạy không có tài khoản đăng nhập.": "This desk runs without sign-in accounts.",
    "Khóa màn hình": "Lock screen",
    "Mở khóa hoặc đăng xuất trước khi đóng phần mềm.": "Unlock or sign out before closing the desk.",
    "Đã tự khóa sau %1 phút không dùng.": "Locked after %1 minutes without use.",
    "Đăng xuất": "Sign out",
    "Đổi người dùng…": "Switch user…",
    "<b>Người ký Mẫu 04, 05</b> (Trung tâm)": "<b>Signer of forms 04, 05</b> (centre)",
    "<b>Người ký báo cáo</b> (UBND xã)": "<b>Signer of reports</b> (commune People's Committee)",
    "A4 (mặc định)": "A4 (default)",
    "A5 (in thu nhỏ từ mẫu A4)": "A5 (the A4 form printed smaller)",
    "Báo cáo gửi (Kính gửi)": "Reports addressed to",
    "Chức vụ": "Position",
    "Danh bạ cán bộ in trên giấy tờ": "Staff directory printed on papers",
    "Giấy tờ in": "Printed papers",
    "Hãy chọn một người trong danh bạ.": "Choose a person in the directory.",
    "Họ tên, số điện thoại in thay cho tên đăng nhập, kể cả cán bộ ở bàn khác (tỉnh gửi xuống khi "
    "đồng bộ). Tài khoản của bàn này dùng họ tên trong mục Tài khoản.":
        "Full names and phone numbers printed instead of logins, officers at other desks included "
        "(sent down by the province when syncing). This desk's accounts use the full name in "
        "Accounts.",
    "Khổ phiếu Mẫu 01–05": "Paper size of forms 01–05",
    "Lưu cài đặt giấy tờ": "Save paper settings",
    "Lưu danh bạ": "Save directory",
    "Người lập biểu (mặc định)": "Prepared by (default)",
    "Số điện thoại": "Phone number",
    "Thêm người": "Add person",
    "Thẩm quyền ký": "Signing authority",
    "Xóa người đã chọn": "Remove the selected person",
    "Đã lưu cài đặt giấy tờ; giấy in từ nay theo cài đặt mới.":
        "Paper settings saved; papers are printed with them from now on.",
    "Đã lưu danh bạ (%1 người).": "Directory saved (%1 people).",
    "Đã xóa %1 khỏi danh bạ.": "%1 removed from the directory.",
    "Địa chỉ tra cứu (mã QR)": "Look-up address (QR code)",
    "Địa chỉ tra cứu hồ sơ trên Cổng dịch vụ công của tỉnh, in trong mã QR của Mẫu 01; {code} được "
    "thay bằng mã hồ sơ. Để trống: mã QR chỉ chứa mã hồ sơ.":
        "Address for looking up a dossier on the province's public service portal, printed in "
        "form 01's QR code; {code} is replaced by the dossier code. Empty: the QR code holds "
        "only the dossier code.",
    " phút": " min",
    "Mở khóa bằng mật khẩu của người đang làm việc; không cần mật khẩu dữ liệu.":
        "Unlock with the password of the person working; the database password is not needed.",
    "Phiên làm việc": "Session",
    "Tự khóa khi không dùng sau": "Lock when unused for",
    "Tự khóa màn hình sau số phút không dùng": "Lock the screen after this many unused minutes",
})

EN_S3.update({  # approvals confirmed by password (s3safety)
    "Mật khẩu của lãnh đạo duyệt (nếu không phải bạn)": "Password of the approving leader (if not you)",
    "Mật khẩu của người ký (nếu không phải bạn)": "Password of the signer (if not you)",
})

EN_S3.update({  # enrolment notices (s3session)
    "Chưa đăng ký máy chủ đồng bộ": "No sync server enrolled",
    "Máy này chưa được đăng ký với máy chủ đồng bộ, nên chưa gửi và nhận hồ sơ (hồ sơ vẫn được ghi "
    "trên máy này và sẽ gửi lên sau khi đăng ký). Chỉ quản trị viên được đăng ký máy: quản trị viên "
    "đăng nhập (Hệ thống › Đổi người dùng…), mở màn hình Đồng bộ (Ctrl+5) rồi nhập địa chỉ máy chủ "
    "và mã đăng ký máy do tỉnh cấp, bấm “Đăng ký”.":
        "This machine is not enrolled with a sync server, so it neither sends nor receives "
        "dossiers (they are still recorded here and sent after enrolment). Only an administrator "
        "may enrol the machine: the administrator signs in (System › Switch user…), opens the "
        "Sync screen (Ctrl+5), types the server address and the enrolment code given by the "
        "province, and presses “Enrol”.",
})

EN_S3.update({  # sentences of the lower layers (ui/messages.py)
    "Nhận hồ sơ lúc %1.": "Received at %1.",
    "Nhận ngoài giờ làm việc: tính từ %1.": "Received outside office hours: counted from %1.",
    "Thời hạn giải quyết: %1.": "Time limit: %1.",
    "Trong ngày: nhận trước %1 trả trong ngày làm việc":
        "Same day: received before %1, returned the same working day",
    "Trong ngày: nhận sau %1 trả vào ngày làm việc tiếp theo":
        "Same day: received after %1, returned the next working day",
    "%1; gia hạn xác minh %2 ngày làm việc": "%1; extended by %2 working days for verification",
    "%1 ngày làm việc, không tính ngày nhận; hẹn cuối giờ làm việc của ngày làm việc thứ %2":
        "%1 working days, not counting the day of receipt; due at the close of working day %2",
    "%1 ngày làm việc = %2 giờ làm việc tính từ lúc nhận":
        "%1 working days = %2 working hours from receipt",
    "%1 giờ làm việc tính từ lúc nhận, chỉ trong giờ hành chính":
        "%1 working hours from receipt, office hours only",
    "%1 ngày theo lịch, không tính ngày nhận": "%1 calendar days, not counting the day of receipt",
    "Ngày thứ %1 kể từ ngày nhận: %2.": "Day %1 after receipt: %2.",
    "Ngày đó là ngày nghỉ (%1): lùi sang %2.": "That day is a day off (%1): moved to %2.",
    "Tính %1 ngày làm việc từ %2 đến %3.": "Counted %1 working days from %2 to %3.",
    "Không tính: %1.": "Not counted: %1.",
    "Hẹn trả kết quả: %1.": "Result due: %1.",
    "Đang tạm dừng từ %1 (chờ bổ sung).": "Paused since %1 (waiting for supplement).",
    "Tạm dừng %1 → %2: cộng %3 giờ %4 phút làm việc.": "Paused %1 → %2: %3 h %4 min of working time added.",
    "%1 là ngày làm việc (%2)": "%1 is a working day (%2)",
    "%1 (+%2 ngày làm việc nếu cần xác minh)": "%1 (+%2 working days if verification is needed)",
    "%1 ngày làm việc": "%1 working days",
    "%1 giờ làm việc": "%1 working hours",
    "%1 ngày": "%1 days",
    "cuối tuần: %1": "weekend: %1",
    "Số định danh “%1” phải có 12 chữ số (hoặc 9 chữ số với CMND cũ), nhưng có %2.":
        "Personal ID “%1” must have 12 digits (or 9 for an old ID card), but has %2.",
    "Số định danh “%1” chỉ được gồm chữ số.": "Personal ID “%1” may contain digits only.",
    "Số định danh “%1”: mã tỉnh nơi đăng ký khai sinh %2 không tồn tại.":
        "Personal ID “%1”: birth registration province code %2 does not exist.",
    "Số định danh “%1” ứng với năm sinh %2, không khớp ngày sinh %3.":
        "Personal ID “%1” means birth year %2, which does not match the date of birth %3.",
    "Số định danh “%1” không khớp giới tính đã khai.": "Personal ID “%1” does not match the sex given.",
    "Năm sinh %1 nằm ngoài khoảng mã hóa của số định danh.":
        "Birth year %1 is outside the range personal IDs encode.",
    "Số điện thoại “%1” chỉ được gồm chữ số (có thể bắt đầu bằng +84).":
        "Phone number “%1” may contain digits only (it may start with +84).",
    "Số điện thoại “%1” không đúng dạng: di động 10 số bắt đầu bằng 03, 05, 07, 08, 09; cố định 11 "
    "số bắt đầu bằng 02.":
        "Phone number “%1” is not valid: mobile numbers have 10 digits starting 03, 05, 07, 08, "
        "09; landlines 11 digits starting 02.",
    "Theo quy định của tỉnh: %1": "As set by the province: %1",
    "%1; miễn: %2": "%1; exempt: %2",
    "Theo quy định của HĐND tỉnh (%1)": "As set by the provincial People's Council (%1)",
    "%1 bản × %2 = %3": "%1 copies × %2 = %3",
    "%1 bản × %2 trang: %3/bản (đã áp mức trần) = %4": "%1 copies × %2 pages: %3/copy (capped) = %4",
    "%1 bản × %2 trang: %3/bản = %4": "%1 copies × %2 pages: %3/copy = %4",
    "Lưu ý: lịch nghỉ năm này chưa chính thức (dự kiến), có thể thay đổi.":
        "Note: this year's holiday calendar is not official yet (expected); it may change.",
    "Trong ngày": "Same day",
    "ngày nghỉ": "day off",
    "ngày làm bù": "make-up working day",
    "Theo quy định của HĐND tỉnh": "As set by the provincial People's Council",
    "Theo quy định của tỉnh": "As set by the province",
    "hộ nghèo": "poor households",
    "người có công với cách mạng": "people with meritorious service to the revolution",
    "đăng ký đúng hạn": "registered on time",
    "người khuyết tật": "people with disabilities",
    "nộp hồ sơ trực tuyến": "submitted online",
    "trẻ em": "children",
})

EN_S3["đ"] = "VND"  # the đồng sign after an amount: "200.000 VND"

EN_S3.update({  # forms reachable from the dossier (s3paper)
    "Xem và in %1": "Preview and print %1",
    "Văn bản trả lời (không giải quyết hồ sơ)": "Reply letter (dossier not resolved)",
})
EN_S3["Máy chưa đăng ký: nhập địa chỉ máy chủ và mã đăng ký máy rồi bấm “Đăng ký”."] = (
    "Not enrolled: type the server address and the enrolment code, then press “Enrol”.")
EN_S3.update({  # the database key (store.crypto), shown in the passphrase dialog
    "Máy này không có kho khóa (keyring) của hệ điều hành nên không thể cất khóa mã hóa cơ sở dữ "
    "liệu. Quản trị viên hãy chọn: dùng mật khẩu cơ sở dữ liệu nhập mỗi lần khởi động (biến môi "
    "trường COMMUNE_DESK_DB_PASSPHRASE hoặc hộp thoại khi mở phần mềm), hoặc không mở phần mềm. "
    "Phần mềm không bao giờ tự lưu dữ liệu ở dạng không mã hóa.":
        "This machine has no operating-system keyring, so the database encryption key cannot be "
        "stored. The administrator chooses: a database password typed at every start (the "
        "COMMUNE_DESK_DB_PASSPHRASE environment variable or the dialog when the desk opens), or "
        "not opening the desk. The desk never stores data unencrypted.",
    "Khóa trong kho khóa của hệ điều hành không mở được tệp này; có thể tệp được mã hóa bằng mật "
    "khẩu. Hãy nhập mật khẩu cơ sở dữ liệu.":
        "The key in the operating-system keyring does not open this file; it may be encrypted "
        "with a password. Type the database password.",
})

EN_S3.update({  # rights (domain.permissions ACTION_LABELS) and the generic messages (errors)
    "tiếp nhận hồ sơ": "receive dossiers",
    "phân công, chuyển hồ sơ": "assign and hand over dossiers",
    "yêu cầu bổ sung hồ sơ": "request a supplement",
    "duyệt yêu cầu bổ sung lần hai": "approve a second supplement request",
    "nhận hồ sơ bổ sung": "receive a supplement",
    "từ chối hồ sơ": "refuse dossiers",
    "hẹn lại ngày trả kết quả": "set a new date for the result",
    "ký văn bản xin lỗi": "sign apology letters",
    "giải quyết hồ sơ": "decide dossiers",
    "trả kết quả": "return results",
    "dừng giải quyết, rút hồ sơ": "stop or withdraw dossiers",
    "ghi nhận mức độ hài lòng": "record satisfaction",
    "đính chính thông tin": "correct details",
    "đính kèm bản quét": "attach scans",
    "báo cáo vướng mắc": "report obstacles",
    "xem báo cáo": "see reports",
    "sửa lịch làm việc": "edit the working calendar",
    "sửa danh mục thủ tục": "edit the procedure catalogue",
    "quản lý tài khoản": "manage accounts",
    "sao lưu, khôi phục": "back up and restore",
    "cho phép đồng bộ lại": "allow synchronisation again",
    "sửa cài đặt giấy tờ in và danh bạ cán bộ": "edit the paper settings and staff directory",
    "Tài khoản %1 (%2) không có quyền %3.": "Account %1 (%2) is not allowed to %3.",
    "Tài khoản %1 không có hoặc đã bị khóa: không được ghi thay đổi. Hãy đăng nhập lại bằng một "
    "tài khoản đang hoạt động.":
        "Account %1 does not exist or is disabled: no change may be written. Sign in again with "
        "an active account.",
    "Đã xảy ra lỗi ngoài dự kiến trong chương trình; thao tác chưa được thực hiện. Chi tiết kỹ "
    "thuật đã được ghi vào %1. Xin gửi tệp đó cho người hỗ trợ kỹ thuật.":
        "An unexpected error occurred in the program; the action was not carried out. The "
        "technical details were written to %1. Please send that file to technical support.",
    "tệp “%1”": "the file “%1”",
    "Lỗi đọc/ghi tệp “%1”: %2.": "Could not read or write the file “%1”: %2.",
    "Lỗi đọc/ghi tệp: %1.": "Could not read or write a file: %1.",
    "nhật ký của chương trình": "the program's log",
})

EN_S3.update({  # refusals of the lifecycle and the dossier service (ui/messages.py)
    'Thiếu %1.': 'Missing: %1.',
    'Thiếu mã hồ sơ.': 'The dossier code is missing.',
    'Thiếu thủ tục hành chính.': 'The procedure is missing.',
    'Thiếu họ tên người nộp hồ sơ.': "The applicant's full name is missing.",
    'Hình thức nộp “%1” không hợp lệ.': 'Submission channel “%1” is not valid.',
    'Chưa chọn người nhận hồ sơ.': 'No recipient chosen for the dossier.',
    'Hồ sơ %1 đang do %2 xử lý.': 'Dossier %1 is already handled by %2.',
    'Cần ghi rõ nội dung phải bổ sung, hoàn thiện.': 'State what must be supplemented or completed.',
    'Cần ghi rõ lý do yêu cầu bổ sung.': 'State the reason for the supplement request.',
    'Hồ sơ đã được yêu cầu bổ sung một lần; lần tiếp theo cần lãnh đạo phê duyệt.': "A supplement was already requested once; another needs a leader's approval.",
    'Cần ghi rõ lý do từ chối.': 'State the reason for refusing.',
    'Cần ghi rõ lý do chậm trễ.': 'State the reason for the delay.',
    'Kết quả giải quyết phải là “giải quyết” hoặc “không giải quyết”.': 'The outcome must be “approved” or “denied”.',
    'Cần chọn căn cứ dừng: theo đề nghị của công dân hoặc theo quy định.': "Choose the ground for stopping: at the citizen's request or by regulation.",
    'Cần ghi rõ lý do dừng giải quyết.': 'State the reason for stopping.',
    'Mức độ hài lòng phải là hài lòng, chấp nhận được hoặc không hài lòng.': 'The rating must be satisfied, acceptable or unsatisfied.',
    'Không có thông tin nào được đính chính.': 'No detail was corrected.',
    'Họ tên người nộp không được để trống.': "The applicant's full name cannot be empty.",
    'Thông tin đính chính trùng với thông tin hiện có.': 'The corrected details are the same as the current ones.',
    'Mã băm SHA-256 của tệp đính kèm không hợp lệ.': "The attachment's SHA-256 hash is not valid.",
    'Thiếu tên tệp đính kèm.': "The attachment's file name is missing.",
    'Loại sự kiện “%1” không được hỗ trợ.': 'Event kind “%1” is not supported.',
    'Hồ sơ chưa được tiếp nhận.': 'The dossier has not been received.',
    'Thời điểm %1 trước lúc tiếp nhận hồ sơ (%2).': 'The moment %1 is before the dossier was received (%2).',
    'Hồ sơ %1 đang ở trạng thái “%2”, %3.': 'Dossier %1 is “%2”: %3.',
    'Ngày hẹn mới (%1) phải sau ngày hẹn hiện tại (%2).': 'The new date (%1) must be after the current appointment (%2).',
    'Văn bản xin lỗi và hẹn lại phải được lập trước khi hết hạn (%1).': 'The apology and new date must be written before the deadline (%1).',
    'Thời điểm có kết quả trước lúc tiếp nhận hồ sơ.': 'The result moment is before the dossier was received.',
    'Hồ sơ %1 đã được tiếp nhận trước đó.': 'Dossier %1 was already received.',
    'Không tìm thấy hồ sơ %1.': 'Dossier %1 not found.',
    'Không tìm thấy hồ sơ “%1”.': 'Dossier “%1” not found.',
    'Chưa nhập họ tên người nộp hồ sơ.': "The applicant's full name is missing.",
    'Thời điểm tiếp nhận không được ở tương lai.': 'The receipt moment cannot be in the future.',
    'Thời điểm nộp hồ sơ không được sau thời điểm tiếp nhận.': 'The submission moment cannot be after the receipt moment.',
    'Số bộ hồ sơ phải từ 1 trở lên.': 'The number of sets must be 1 or more.',
    'Thư điện tử “%1” không hợp lệ.': 'Email “%1” is not valid.',
    'Số CMND cũ “%1” phải có 9 chữ số.': 'Old ID number “%1” must have 9 digits.',
    'Thủ tục “%1” không còn áp dụng.': 'Procedure “%1” is no longer in force.',
    'Thời điểm có kết quả không được ở tương lai.': 'The result moment cannot be in the future.',
    'Kích thước tệp không hợp lệ.': 'The file size is not valid.',
    'Nội dung tệp không khớp mã băm hoặc kích thước đã ghi.': "The file's content does not match the recorded hash or size.",
})

EN_S3.update({  # what a status does not allow (domain.lifecycle rules)
    "không có yêu cầu bổ sung nào đang chờ": "no supplement request is pending",
    "không thể chuyển xử lý": "cannot be handed over",
    "không thể dừng giải quyết": "cannot be stopped",
    "không thể ghi nhận kết quả": "cannot record a result",
    "không thể hẹn lại": "cannot be rescheduled",
    "không thể từ chối": "cannot be refused",
    "không thể yêu cầu bổ sung": "cannot request a supplement",
    "không thể đính chính": "cannot be corrected",
    "không thể đính kèm": "cannot take attachments",
})
EN_S3.update({
    "chưa thể trả kết quả": "the result cannot be returned yet",
    "chưa thể đánh giá": "cannot be rated yet",
})


EN_S3.update({  # other services' refusals and notes (commune_desk/ui/messages.py SERVICE_TEMPLATES)
    # password rules and accounts (domain.passwords, services.accounts)
    "Mật khẩu phải có ít nhất %1 ký tự.": "The password must have at least %1 characters.",
    "Mật khẩu không được chỉ gồm khoảng trắng.": "The password cannot be only spaces.",
    "Mật khẩu không được trùng hoặc chứa tên đăng nhập.": "The password cannot be or contain the login name.",
    "Mật khẩu này nằm trong danh sách mật khẩu hay bị dùng (dễ đoán); hãy chọn một cụm từ dài hơn, riêng của mình.": "This password is on the list of commonly used passwords (easy to guess); choose a longer phrase of your own.",
    "Mật khẩu cần ít nhất %1 ký tự khác nhau.": "The password needs at least %1 different characters.",
    "Tên đăng nhập hoặc mật khẩu không đúng (sau %1 lần sai liên tiếp, tài khoản bị tạm khóa %2 phút).": "Wrong login name or password (after %1 failures in a row the account is locked for %2 minutes).",
    "Tên đăng nhập phải dài 2–32 ký tự, chỉ gồm chữ cái không dấu, chữ số và . _ - (đã nhập: %1).": "The login name must be 2–32 characters long, using only unaccented letters, digits and . _ - (entered: %1).",
    "Mật khẩu mới phải khác mật khẩu cũ.": "The new password must differ from the old one.",
    "Không ghi được việc “%1” vào nhật ký tài khoản.": "Could not record “%1” in the account log.",
    "Không có tài khoản %1.": "There is no account %1.",
    "Vai trò không hợp lệ: %1. Chọn một trong: %2.": "Invalid role: %1. Choose one of: %2.",
    "Tên đăng nhập %1 đã có.": "The login name %1 already exists.",
    "Họ tên không được để trống.": "The full name cannot be empty.",
    "Cần đăng nhập bằng tài khoản quản trị để thêm tài khoản.": "Sign in with an administrator account to add accounts.",
    "Tài khoản đầu tiên phải là tài khoản quản trị (admin).": "The first account must be an administrator (admin).",
    "Không thể khóa tài khoản quản trị cuối cùng: sẽ không còn ai quản lý được phần mềm.": "Cannot disable the last administrator account: nobody could manage the software any more.",
    "Không thể đổi vai trò của tài khoản quản trị cuối cùng.": "Cannot change the role of the last administrator account.",
    "Tài khoản %1 đã bị khóa bởi quản trị viên. Hãy liên hệ quản trị viên.": "Account %1 has been disabled by an administrator. Contact the administrator.",
    # backups and restore (services.backup)
    "Lỗi khi ghi %1: %2.": "Error writing %1: %2.",
    "Ổ đĩa chứa %1 đã đầy. Hãy giải phóng chỗ trống hoặc chọn nơi khác.": "The disk holding %1 is full. Free some space or choose another place.",
    "Tệp ghi vào %1 vượt giới hạn kích thước tệp của hệ thống hoặc ổ đĩa.": "The file written to %1 exceeds the file size limit of the system or disk.",
    "Không có quyền ghi vào %1 (tệp hoặc thư mục chỉ đọc).": "No permission to write to %1 (read-only file or folder).",
    "Cơ sở dữ liệu %1 bị hỏng (%2). Có thể khôi phục bản sao lưu tốt gần nhất: %3.": "Database %1 is damaged (%2). The latest good backup can be restored: %3.",
    "Cơ sở dữ liệu %1 bị hỏng (%2). Không tìm thấy bản sao lưu tốt trong thư mục sao lưu; hãy chọn một tệp sao lưu (ví dụ trên USB).": "Database %1 is damaged (%2). No good backup was found in the backup folder; choose a backup file (for example on a USB drive).",
    "Cơ sở dữ liệu %1 bị hỏng (%2).": "Database %1 is damaged (%2).",
    "Không tìm thấy tệp cơ sở dữ liệu %1.": "Database file %1 not found.",
    "Không tìm thấy tệp sao lưu %1.": "Backup file %1 not found.",
    "Chưa có cơ sở dữ liệu; sẽ tạo mới.": "There is no database yet; a new one will be created.",
    "“%1” không phải là tệp cơ sở dữ liệu; không khôi phục.": "“%1” is not a database file; nothing restored.",
    "“%1” không phải là tệp sao lưu.": "“%1” is not a backup file.",
    "“%1” không phải bản sao lưu của Commune Desk (thiếu bảng hồ sơ, sự kiện hoặc thông tin bàn làm việc); không khôi phục.": "“%1” is not a Commune Desk backup (dossier, event or desk tables are missing); nothing restored.",
    "Bản sao lưu “%1” được tạo bởi phiên bản Commune Desk mới hơn (lược đồ %2); phiên bản đang chạy không mở được. Hãy cài phiên bản mới nhất.": "Backup “%1” was made by a newer Commune Desk (schema %2); this version cannot open it. Install the latest version.",
    "Bản sao lưu thuộc xã %1, còn máy này làm việc cho xã %2; không khôi phục dữ liệu của xã khác.": "The backup belongs to commune %1, but this PC works for commune %2; another commune's data is not restored.",
    "Bản sao lưu là của một bàn làm việc khác (mã bàn khác). Chỉ quản trị viên mới được chọn khôi phục dữ liệu của bàn khác (ví dụ máy mới thay máy cũ): dùng --other-desk.": "The backup is from another desk (different desk ID). Only an administrator may choose to restore another desk's data (for example a new PC replacing an old one): use --other-desk.",
    "Không mở được bản sao lưu %1: sai khóa mã hóa hoặc tệp hỏng.": "Cannot open backup %1: wrong encryption key or damaged file.",
    "Không đọc được bản sao lưu %1: %2.": "Cannot read backup %1: %2.",
    "Tệp “%1” không phải cơ sở dữ liệu Commune Desk; không ghi đè lên nó.": "File “%1” is not a Commune Desk database; it is not overwritten.",
    "Cơ sở dữ liệu chưa có thông tin bàn làm việc (desk).": "The database has no desk information yet.",
    "Cơ sở dữ liệu chưa có thông tin bàn làm việc.": "The database has no desk information yet.",
    "Bản sao lưu %1 bị hỏng: %2.": "Backup %1 is damaged: %2.",
    "Cơ sở dữ liệu nguyên vẹn.": "The database is intact.",
    "Bản khôi phục không nguyên vẹn: %1.": "The restored copy is not intact: %1.",
    "Không giữ lại được bản hiện tại trước khi khôi phục nên chưa khôi phục: %1": "Could not keep the current copy before restoring, so nothing was restored: %1",
    "khi đóng phần mềm": "on closing",
    "hằng ngày": "daily",
    "trước khi khôi phục": "before restore",
    "trước khi nâng cấp": "before upgrade",
    "trước khi mã hóa": "before encryption",
    "bản hỏng giữ lại": "damaged copy kept",
    # catalogue import (services.catalog)
    "Cơ sở dữ liệu chưa có danh mục thủ tục.": "The database has no procedure catalogue yet.",
    "Không có thủ tục mã “%1” trong danh mục (phiên bản %2).": "There is no procedure with code “%1” in the catalogue (version %2).",
    "Không có danh mục phiên bản %1.": "There is no catalogue version %1.",
    "Không tìm thấy tệp “%1”.": "File “%1” not found.",
    "Không nhập danh mục: %1 dòng có lỗi (không dòng nào được nhập).": "Catalogue not imported: %1 rows have errors (no row was imported).",
    "Tệp không có thủ tục nào.": "The file has no procedures.",
    "Tệp “%1” không phải tệp Excel .xlsx hợp lệ (%2).": "File “%1” is not a valid Excel .xlsx file (%2).",
    "Tệp “%1” thiếu trang tính “%2”.": "File “%1” has no sheet “%2”.",
    "Trang tính “%1” trống.": "Sheet “%1” is empty.",
    "Trang tính “%1” thiếu cột: %2.": "Sheet “%1” lacks columns: %2.",
    "Tệp “%1” bị hỏng hoặc không phải tệp Excel .xlsx hợp lệ (%2); không nhập gì.": "File “%1” is damaged or not a valid Excel .xlsx file (%2); nothing imported.",
    "Dòng %1: mã thủ tục %2 trùng với dòng %3": "Row %1: procedure code %2 repeats row %3",
    "Dòng %1: %2": "Row %1: %2",
    "loại phí “%1” không hợp lệ (chọn: %2)": "fee kind “%1” is not valid (choose: %2)",
    "ngày hiệu lực “%1” phải có dạng dd/mm/yyyy": "effective date “%1” must be dd/mm/yyyy",
    "%1 “%2” phải là số nguyên": "%1 “%2” must be a whole number",
    "%1 không được âm": "%1 cannot be negative",
    "trường hợp miễn “%1” không hợp lệ (chọn: %2)": "exemption “%1” is not valid (choose: %2)",
    "giờ chốt “%1” phải có dạng HH:MM": "cut-off time “%1” must be HH:MM",
    "thiếu mã thủ tục": "procedure code missing",
    "thiếu tên thủ tục": "procedure name missing",
    "thiếu lĩnh vực": "field missing",
    "cột Đang áp dụng phải là “Có” hoặc “Không”": "the In force column must be “Có” (yes) or “Không” (no)",
    "Gia hạn xác minh": "Verification extension",
    "Số trang mức đầu": "Pages at the first rate",
    "Mức thu trang tiếp": "Rate for further pages",
    "Mức tối đa": "Maximum",
    # calendar and overrides (domain.calendar, services.calendar_source, services.desk)
    "Tệp lịch trong %1 không đúng định dạng %2.": "The calendar file in %1 is not in format %2.",
    "Tệp lịch không đúng định dạng %1.": "The calendar file is not in format %1.",
    "Dòng lịch thứ %1 trong %2 thiếu tên ngày.": "Calendar line %1 in %2 has no day name.",
    "Dòng lịch thứ %1 thiếu tên ngày.": "Calendar line %1 has no day name.",
    "Dòng lịch thứ %1 trong %2 không hợp lệ: %3.": "Calendar line %1 in %2 is not valid: %3.",
    "Dòng lịch thứ %1 không hợp lệ: %2.": "Calendar line %1 is not valid: %2.",
    "Không đọc được tệp lịch %1: %2": "Cannot read calendar file %1: %2",
    "Ngày bắt đầu mùa %1 không hợp lệ.": "The start date of season %1 is not valid.",
    "Mỗi mùa phải có ít nhất một buổi làm việc.": "Each season needs at least one working session.",
    "Cần ít nhất một mùa giờ làm việc.": "At least one season of office hours is needed.",
    "Hai mùa giờ làm việc không được bắt đầu cùng một ngày.": "Two seasons of office hours cannot start on the same day.",
    "Khoảng năm của lịch không hợp lệ.": "The calendar's range of years is not valid.",
    "Lịch làm việc chưa có dữ liệu cho năm %1 (chỉ có từ %2 đến %3).": "The working calendar has no data for %1 (only from %2 to %3).",
    "Số ngày làm việc phải từ 1 trở lên.": "The number of working days must be 1 or more.",
    "Lịch làm việc chưa có dữ liệu đến ngày hết hạn (sau năm %1).": "The working calendar has no data up to the deadline (after %1).",
    "Số phút làm việc phải không âm.": "The number of working minutes cannot be negative.",
    "Giờ làm việc phải tăng dần và không chồng lấn (%1–%2).": "Office hours must go forward and not overlap (%1–%2).",
    "Mã %1 là “%2” (%3) trong danh mục chính thức, không phải “%4”.": "Code %1 is “%2” (%3) in the official list, not “%4”.",
    "Máy đã có dữ liệu của xã hiện tại: không thể đổi sang xã khác. Hãy cài đặt một tệp mới cho xã kia.": "This PC already holds data of the current commune: it cannot switch to another commune. Set up a new file for the other one.",
    "Tên xã không được để trống.": "The commune name cannot be empty.",
    # paper settings and staff directory (services.paper_settings)
    "Khổ giấy “%1” không hợp lệ; chọn A4 hoặc A5.": "Paper size “%1” is not valid; choose A4 or A5.",
    "Địa chỉ tra cứu phải bắt đầu bằng https://": "The look-up address must start with https://",
    "Người ký “%1” cần chức vụ (ví dụ PHÓ CHỦ TỊCH).": "Signer “%1” needs a title (for example PHÓ CHỦ TỊCH).",
    "Dòng danh bạ “%1” cần cả tên đăng nhập và họ tên đầy đủ.": "Directory line “%1” needs both a login name and a full name.",
    "(chưa có tên đăng nhập)": "(no login name yet)",
    # sync client and protocol (services.sync, sync.*)
    "Đồng hồ máy này %1 so với máy chủ. Giờ tiếp nhận và hẹn trả in trên giấy tờ lấy theo đồng hồ máy: hãy chỉnh lại ngày giờ của máy tính (múi giờ Việt Nam, UTC+7) hoặc báo cán bộ tin học.": "This PC's clock is %1 compared with the server's. Receipt and due times printed on papers follow the PC's clock: correct the computer's date and time (Vietnam time zone, UTC+7) or tell the IT officer.",
    "nhanh %1": "ahead by %1",
    "chậm %1": "behind by %1",
    "%1 giờ %2 phút": "%1 h %2 min",
    "%1 phút": "%1 min",
    "Máy chưa được cài đặt (chưa chọn xã) nhưng đã có dữ liệu; hãy cài đặt trước: commune-desk setup --db TỆP --commune MÃ_XÃ.": "This PC is not set up (no commune chosen) but already has data; set it up first: commune-desk setup --db FILE --commune COMMUNE_CODE.",
    "Máy chưa đăng ký với máy chủ đồng bộ (dùng: commune-desk enroll).": "This PC is not enrolled with the sync server (use: commune-desk enroll).",
    "Không thấy thông tin đăng nhập máy chủ trong kho mật khẩu; hãy đăng ký lại máy (commune-desk enroll).": "The server sign-in details are not in the password store; enrol the PC again (commune-desk enroll).",
    "Máy vừa được khôi phục từ bản sao lưu: việc đồng bộ tạm dừng cho đến khi quản trị viên kiểm tra và cho phép (commune-desk sync-release).": "This PC was just restored from a backup: sync is paused until an administrator checks and allows it (commune-desk sync-release).",
    "Máy chủ đã có dữ liệu của máy này ở lượt %1, nhưng máy không hề gửi lượt đó: máy đã bị khôi phục hoặc sao chép mà không sang lượt mới. Cần quản trị viên kiểm tra trước khi đồng bộ (không dữ liệu nào bị ghi đè).": "The server already has this PC's data in round %1, but this PC never sent that round: it was restored or copied without moving to a new round. An administrator must check before syncing (no data was overwritten).",
    "Máy chủ đã nhận dữ liệu của máy này ở lượt %1, mới hơn lượt %2 của máy: có thể máy đã bị sao chép hoặc khôi phục sai. Cần quản trị viên kiểm tra trước khi đồng bộ.": "The server received this PC's data in round %1, newer than the PC's round %2: the PC may have been copied or wrongly restored. An administrator must check before syncing.",
    "Không đọc được tệp đính kèm %1.": "Cannot read attachment %1.",
    "Tệp %1 đã bị thay đổi so với lúc đính kèm.": "File %1 has changed since it was attached.",
    "Máy chủ không xác nhận tiến thêm (lượt %1, đã xác nhận đến số %2); sẽ thử lại sau.": "The server confirmed no progress (round %1, confirmed up to %2); will retry later.",
    "Máy chủ từ chối.": "The server refused.",
    "Máy chủ đã nhận": "Received by the server",
    "Máy số %1": "PC number %1",
    "Không ghi được vào sổ của máy này: %1": "Could not write to this PC's records: %1",
    "Đã nhận lịch làm việc %1 (%2 ngày).": "Received working calendar %1 (%2 days).",
    "Đã nhận danh bạ cán bộ %1 (%2 người của xã).": "Received staff directory %1 (%2 people of the commune).",
    "Mã hồ sơ %1 đã được dùng cho một hồ sơ khác trên máy này (hai hồ sơ cùng mã, thường do máy cấp lại mã sau khi khôi phục). Sự kiện được giữ lại ở đây để cán bộ xử lý.": "Dossier code %1 is already used by another dossier on this PC (two dossiers with one code, usually because the PC reissued codes after a restore). The event is kept here for a clerk to resolve.",
    "Đã nhận danh mục thủ tục %1 (phiên bản %2 trên máy).": "Received procedure catalogue %1 (version %2 on this PC).",
    "Danh mục thủ tục phiên bản %1 đã có.": "Procedure catalogue version %1 is already here.",
    "Số thứ tự của sự kiện trùng với một sự kiện khác đã có trên máy này (có thể do sao chép máy).": "The event's sequence number repeats another event already on this PC (perhaps the PC was copied).",
    "Loại ngày không hợp lệ trong lịch của tỉnh: %1": "Invalid day kind in the province's calendar: %1",
    "Máy chủ đang gặp lỗi (mã %1); sẽ thử lại.": "The server has an error (code %1); will retry.",
    "Câu trả lời của máy chủ không đọc được; sẽ thử lại.": "The server's answer could not be read; will retry.",
    "Máy chủ không trả lời kịp; sẽ thử lại.": "The server did not answer in time; will retry.",
    "Không kết nối được máy chủ %1; sẽ thử lại.": "Cannot connect to server %1; will retry.",
    "Máy chủ từ chối (mã %1).": "The server refused (code %1).",
    "Không kết nối được máy chủ %1.": "Cannot connect to server %1.",
    "Máy chủ nhiều lần từ chối phần tệp đính kèm; sẽ gửi lại ở lần đồng bộ sau.": "The server refused the attachments several times; they will be sent again at the next sync.",
    "Số thứ tự %1 của máy (lượt %2) đã được dùng cho một sự kiện khác.": "Sequence number %1 of the PC (round %2) is already used by another event.",
    "Mã sự kiện đã có trên máy chủ với nội dung khác.": "The event ID is already on the server with different content.",
    "Sự kiện không thuộc máy đang gửi.": "The event does not belong to the sending PC.",
    "Loại sự kiện không được hỗ trợ: %1.": "Unsupported event kind: %1.",
    "Dấu băm của sự kiện không khớp nội dung (dữ liệu bị sửa hoặc hỏng).": "The event's hash does not match its content (data altered or damaged).",
    "Máy tính này không có kho mật khẩu của hệ điều hành (keyring), nên không thể cất giữ an toàn thông tin đăng nhập máy chủ. Trên Windows, kho này có sẵn; trên Linux, hãy chạy trong phiên làm việc có GNOME Keyring hoặc KWallet. Ứng dụng không lưu thông tin này ra tệp thường.": "This computer has no operating system password store (keyring), so the server sign-in details cannot be kept safely. On Windows the store is built in; on Linux, run in a session with GNOME Keyring or KWallet. The application never saves these details in an ordinary file.",
    "Không lưu được thông tin đăng nhập vào kho mật khẩu: %1": "Could not save the sign-in details in the password store: %1",
    "Không đọc được kho mật khẩu: %1": "Cannot read the password store: %1",
    "không phải UUID": "not a UUID",
    "dấu thời gian HLC sai dạng": "malformed HLC timestamp",
    "mã xã sai dạng": "malformed commune code",
})
