"""Sentences the domain and services write in Vietnamese, shown in the desk's language.

The lower layers (deadline explanations, identifier and fee checks, ``UserError`` messages)
build Vietnamese sentences and must stay Qt-free. The desk shows them through ``tr_message``:
an exact entry in the "messages" context, else the first template below whose pattern the
sentence matches, with its arguments translated the same way. In the Vietnamese desk every
sentence comes back unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLocale

from commune_desk.domain.calendar import WEEKDAY_NAMES
from commune_desk.domain.text import QT_TRANSLATE_NOOP

CONTEXT = "messages"

TEMPLATES: tuple[str, ...] = (
    # deadlines (domain.deadlines)
    QT_TRANSLATE_NOOP("messages", "Nhận hồ sơ lúc %1."),
    QT_TRANSLATE_NOOP("messages", "Nhận ngoài giờ làm việc: tính từ %1."),
    QT_TRANSLATE_NOOP("messages", "Thời hạn giải quyết: %1."),
    QT_TRANSLATE_NOOP("messages", "Trong ngày: nhận trước %1 trả trong ngày làm việc"),
    QT_TRANSLATE_NOOP("messages", "Trong ngày: nhận sau %1 trả vào ngày làm việc tiếp theo"),
    QT_TRANSLATE_NOOP("messages", "%1; gia hạn xác minh %2 ngày làm việc"),
    QT_TRANSLATE_NOOP("messages", "%1 ngày làm việc, không tính ngày nhận; hẹn cuối giờ làm "
                                  "việc của ngày làm việc thứ %2"),
    QT_TRANSLATE_NOOP("messages", "%1 ngày làm việc = %2 giờ làm việc tính từ lúc nhận"),
    QT_TRANSLATE_NOOP("messages", "%1 giờ làm việc tính từ lúc nhận, chỉ trong giờ hành chính"),
    QT_TRANSLATE_NOOP("messages", "%1 ngày theo lịch, không tính ngày nhận"),
    QT_TRANSLATE_NOOP("messages", "Ngày thứ %1 kể từ ngày nhận: %2."),
    QT_TRANSLATE_NOOP("messages", "Ngày đó là ngày nghỉ (%1): lùi sang %2."),
    QT_TRANSLATE_NOOP("messages", "Tính %1 ngày làm việc từ %2 đến %3."),
    QT_TRANSLATE_NOOP("messages", "Không tính: %1."),
    QT_TRANSLATE_NOOP("messages", "Hẹn trả kết quả: %1."),
    QT_TRANSLATE_NOOP("messages", "Đang tạm dừng từ %1 (chờ bổ sung)."),
    QT_TRANSLATE_NOOP("messages", "Tạm dừng %1 → %2: cộng %3 giờ %4 phút làm việc."),
    QT_TRANSLATE_NOOP("messages", "%1 là ngày làm việc (%2)"),
    QT_TRANSLATE_NOOP("messages", "%1 (+%2 ngày làm việc nếu cần xác minh)"),
    QT_TRANSLATE_NOOP("messages", "%1 ngày làm việc"),
    QT_TRANSLATE_NOOP("messages", "%1 giờ làm việc"),
    QT_TRANSLATE_NOOP("messages", "%1 ngày"),
    QT_TRANSLATE_NOOP("messages", "cuối tuần: %1"),
    # identifiers (domain.identifiers)
    QT_TRANSLATE_NOOP("messages", "Số định danh “%1” phải có 12 chữ số (hoặc 9 chữ số với CMND "
                                  "cũ), nhưng có %2."),
    QT_TRANSLATE_NOOP("messages", "Số định danh “%1” chỉ được gồm chữ số."),
    QT_TRANSLATE_NOOP("messages", "Số định danh “%1”: mã tỉnh nơi đăng ký khai sinh %2 không "
                                  "tồn tại."),
    QT_TRANSLATE_NOOP("messages", "Số định danh “%1” ứng với năm sinh %2, không khớp ngày sinh "
                                  "%3."),
    QT_TRANSLATE_NOOP("messages", "Số định danh “%1” không khớp giới tính đã khai."),
    QT_TRANSLATE_NOOP("messages", "Năm sinh %1 nằm ngoài khoảng mã hóa của số định danh."),
    QT_TRANSLATE_NOOP("messages", "Số điện thoại “%1” chỉ được gồm chữ số (có thể bắt đầu bằng "
                                  "+84)."),
    QT_TRANSLATE_NOOP("messages", "Số điện thoại “%1” không đúng dạng: di động 10 số bắt đầu "
                                  "bằng 03, 05, 07, 08, 09; cố định 11 số bắt đầu bằng 02."),
    # accounts and rights (domain.permissions, services.authority), bugs and files (errors)
    QT_TRANSLATE_NOOP("messages", "Tài khoản %1 (%2) không có quyền %3."),
    QT_TRANSLATE_NOOP("messages", "Tài khoản %1 không có hoặc đã bị khóa: không được ghi thay "
                                  "đổi. Hãy đăng nhập lại bằng một tài khoản đang hoạt động."),
    QT_TRANSLATE_NOOP("messages", "Đã xảy ra lỗi ngoài dự kiến trong chương trình; thao tác chưa "
                                  "được thực hiện. Chi tiết kỹ thuật đã được ghi vào %1. Xin gửi "
                                  "tệp đó cho người hỗ trợ kỹ thuật."),
    QT_TRANSLATE_NOOP("messages", "tệp “%1”"),
    QT_TRANSLATE_NOOP("messages", "Lỗi đọc/ghi tệp “%1”: %2."),
    QT_TRANSLATE_NOOP("messages", "Lỗi đọc/ghi tệp: %1."),
    # fees (domain.fees)
    QT_TRANSLATE_NOOP("messages", "Theo quy định của tỉnh: %1"),
    QT_TRANSLATE_NOOP("messages", "%1; miễn: %2"),
    QT_TRANSLATE_NOOP("messages", "Theo quy định của HĐND tỉnh (%1)"),
    QT_TRANSLATE_NOOP("messages", "%1 bản × %2 = %3"),
    QT_TRANSLATE_NOOP("messages", "%1 bản × %2 trang: %3/bản (đã áp mức trần) = %4"),
    QT_TRANSLATE_NOOP("messages", "%1 bản × %2 trang: %3/bản = %4"),
)

# Whole sentences or words (no argument) the lower layers use.
WORDS: tuple[str, ...] = (
    # the database key (store.crypto)
    QT_TRANSLATE_NOOP("messages", "Máy này không có kho khóa (keyring) của hệ điều hành nên không "
                                  "thể cất khóa mã hóa cơ sở dữ liệu. Quản trị viên hãy chọn: dùng "
                                  "mật khẩu cơ sở dữ liệu nhập mỗi lần khởi động (biến môi trường "
                                  "COMMUNE_DESK_DB_PASSPHRASE hoặc hộp thoại khi mở phần mềm), "
                                  "hoặc không mở phần mềm. Phần mềm không bao giờ tự lưu dữ liệu ở "
                                  "dạng không mã hóa."),
    QT_TRANSLATE_NOOP("messages", "Khóa trong kho khóa của hệ điều hành không mở được tệp này; có "
                                  "thể tệp được mã hóa bằng mật khẩu. Hãy nhập mật khẩu cơ sở dữ "
                                  "liệu."),
    QT_TRANSLATE_NOOP("messages", "Lưu ý: lịch nghỉ năm này chưa chính thức (dự kiến), có thể "
                                  "thay đổi."),
    QT_TRANSLATE_NOOP("messages", "Trong ngày"),
    QT_TRANSLATE_NOOP("messages", "nhật ký của chương trình"),
    QT_TRANSLATE_NOOP("messages", "ngày nghỉ"),
    QT_TRANSLATE_NOOP("messages", "ngày làm bù"),
    QT_TRANSLATE_NOOP("messages", "Theo quy định của HĐND tỉnh"),
    QT_TRANSLATE_NOOP("messages", "Theo quy định của tỉnh"),
    QT_TRANSLATE_NOOP("messages", "hộ nghèo"),
    QT_TRANSLATE_NOOP("messages", "người có công với cách mạng"),
    QT_TRANSLATE_NOOP("messages", "đăng ký đúng hạn"),
    QT_TRANSLATE_NOOP("messages", "người khuyết tật"),
    QT_TRANSLATE_NOOP("messages", "nộp hồ sơ trực tuyến"),
    QT_TRANSLATE_NOOP("messages", "trẻ em"),
)


# Refusals of the lifecycle and the dossier service (domain.lifecycle, services.dossiers).
LIFECYCLE_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("messages", "Hình thức nộp “%1” không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ %1 đang do %2 xử lý."),
    QT_TRANSLATE_NOOP("messages", "Loại sự kiện “%1” không được hỗ trợ."),
    QT_TRANSLATE_NOOP("messages", "Thời điểm %1 trước lúc tiếp nhận hồ sơ (%2)."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ %1 đang ở trạng thái “%2”, %3."),
    QT_TRANSLATE_NOOP("messages", "Ngày hẹn mới (%1) phải sau ngày hẹn hiện tại (%2)."),
    QT_TRANSLATE_NOOP("messages", "Văn bản xin lỗi và hẹn lại phải được lập trước khi hết hạn (%1)."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ %1 đã được tiếp nhận trước đó."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy hồ sơ %1."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy hồ sơ “%1”."),
    QT_TRANSLATE_NOOP("messages", "Thư điện tử “%1” không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Số CMND cũ “%1” phải có 9 chữ số."),
    QT_TRANSLATE_NOOP("messages", "Thủ tục “%1” không còn áp dụng."),
    QT_TRANSLATE_NOOP("messages", "Thiếu %1."),
)
LIFECYCLE_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("messages", "chưa thể trả kết quả"),
    QT_TRANSLATE_NOOP("messages", "chưa thể đánh giá"),
    QT_TRANSLATE_NOOP("messages", "không có yêu cầu bổ sung nào đang chờ"),
    QT_TRANSLATE_NOOP("messages", "không thể chuyển xử lý"),
    QT_TRANSLATE_NOOP("messages", "không thể dừng giải quyết"),
    QT_TRANSLATE_NOOP("messages", "không thể ghi nhận kết quả"),
    QT_TRANSLATE_NOOP("messages", "không thể hẹn lại"),
    QT_TRANSLATE_NOOP("messages", "không thể từ chối"),
    QT_TRANSLATE_NOOP("messages", "không thể yêu cầu bổ sung"),
    QT_TRANSLATE_NOOP("messages", "không thể đính chính"),
    QT_TRANSLATE_NOOP("messages", "không thể đính kèm"),
    QT_TRANSLATE_NOOP("messages", "Thiếu mã hồ sơ."),
    QT_TRANSLATE_NOOP("messages", "Thiếu thủ tục hành chính."),
    QT_TRANSLATE_NOOP("messages", "Thiếu họ tên người nộp hồ sơ."),
    QT_TRANSLATE_NOOP("messages", "Chưa chọn người nhận hồ sơ."),
    QT_TRANSLATE_NOOP("messages", "Cần ghi rõ nội dung phải bổ sung, hoàn thiện."),
    QT_TRANSLATE_NOOP("messages", "Cần ghi rõ lý do yêu cầu bổ sung."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ đã được yêu cầu bổ sung một lần; lần tiếp theo cần lãnh đạo phê duyệt."),
    QT_TRANSLATE_NOOP("messages", "Cần ghi rõ lý do từ chối."),
    QT_TRANSLATE_NOOP("messages", "Cần ghi rõ lý do chậm trễ."),
    QT_TRANSLATE_NOOP("messages", "Kết quả giải quyết phải là “giải quyết” hoặc “không giải quyết”."),
    QT_TRANSLATE_NOOP("messages", "Cần chọn căn cứ dừng: theo đề nghị của công dân hoặc theo quy định."),
    QT_TRANSLATE_NOOP("messages", "Cần ghi rõ lý do dừng giải quyết."),
    QT_TRANSLATE_NOOP("messages", "Mức độ hài lòng phải là hài lòng, chấp nhận được hoặc không hài lòng."),
    QT_TRANSLATE_NOOP("messages", "Không có thông tin nào được đính chính."),
    QT_TRANSLATE_NOOP("messages", "Họ tên người nộp không được để trống."),
    QT_TRANSLATE_NOOP("messages", "Thông tin đính chính trùng với thông tin hiện có."),
    QT_TRANSLATE_NOOP("messages", "Mã băm SHA-256 của tệp đính kèm không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Thiếu tên tệp đính kèm."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ chưa được tiếp nhận."),
    QT_TRANSLATE_NOOP("messages", "Thời điểm có kết quả trước lúc tiếp nhận hồ sơ."),
    QT_TRANSLATE_NOOP("messages", "Chưa nhập họ tên người nộp hồ sơ."),
    QT_TRANSLATE_NOOP("messages", "Thời điểm tiếp nhận không được ở tương lai."),
    QT_TRANSLATE_NOOP("messages", "Thời điểm nộp hồ sơ không được sau thời điểm tiếp nhận."),
    QT_TRANSLATE_NOOP("messages", "Số bộ hồ sơ phải từ 1 trở lên."),
    QT_TRANSLATE_NOOP("messages", "Thời điểm có kết quả không được ở tương lai."),
    QT_TRANSLATE_NOOP("messages", "Kích thước tệp không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Nội dung tệp không khớp mã băm hoặc kích thước đã ghi."),
)


# Other services' refusals and notes (accounts, backup, catalogue, calendar, paper settings,
# sync): the English is in scripts/translations_en_s3.py. Longer, specific templates come first.
SERVICE_TEMPLATES: tuple[str, ...] = (
    # password rules and accounts (domain.passwords, services.accounts)
    QT_TRANSLATE_NOOP("messages", "Mật khẩu phải có ít nhất %1 ký tự."),
    QT_TRANSLATE_NOOP("messages", "Mật khẩu không được chỉ gồm khoảng trắng."),
    QT_TRANSLATE_NOOP("messages", "Mật khẩu không được trùng hoặc chứa tên đăng nhập."),
    QT_TRANSLATE_NOOP("messages", "Mật khẩu này nằm trong danh sách mật khẩu hay bị dùng (dễ đoán); hãy chọn một cụm từ dài hơn, riêng của mình."),
    QT_TRANSLATE_NOOP("messages", "Mật khẩu cần ít nhất %1 ký tự khác nhau."),
    QT_TRANSLATE_NOOP("messages", "Tên đăng nhập hoặc mật khẩu không đúng (sau %1 lần sai liên tiếp, tài khoản bị tạm khóa %2 phút)."),
    QT_TRANSLATE_NOOP("messages", "Tên đăng nhập phải dài 2–32 ký tự, chỉ gồm chữ cái không dấu, chữ số và . _ - (đã nhập: %1)."),
    QT_TRANSLATE_NOOP("messages", "Mật khẩu mới phải khác mật khẩu cũ."),
    QT_TRANSLATE_NOOP("messages", "Không ghi được việc “%1” vào nhật ký tài khoản."),
    QT_TRANSLATE_NOOP("messages", "Không có tài khoản %1."),
    QT_TRANSLATE_NOOP("messages", "Vai trò không hợp lệ: %1. Chọn một trong: %2."),
    QT_TRANSLATE_NOOP("messages", "Tên đăng nhập %1 đã có."),
    QT_TRANSLATE_NOOP("messages", "Họ tên không được để trống."),
    QT_TRANSLATE_NOOP("messages", "Cần đăng nhập bằng tài khoản quản trị để thêm tài khoản."),
    QT_TRANSLATE_NOOP("messages", "Tài khoản đầu tiên phải là tài khoản quản trị (admin)."),
    QT_TRANSLATE_NOOP("messages", "Không thể khóa tài khoản quản trị cuối cùng: sẽ không còn ai quản lý được phần mềm."),
    QT_TRANSLATE_NOOP("messages", "Không thể đổi vai trò của tài khoản quản trị cuối cùng."),
    QT_TRANSLATE_NOOP("messages", "Tài khoản %1 đã bị khóa bởi quản trị viên. Hãy liên hệ quản trị viên."),
    # backups and restore (services.backup)
    QT_TRANSLATE_NOOP("messages", "Lỗi khi ghi %1: %2."),
    QT_TRANSLATE_NOOP("messages", "Ổ đĩa chứa %1 đã đầy. Hãy giải phóng chỗ trống hoặc chọn nơi khác."),
    QT_TRANSLATE_NOOP("messages", "Tệp ghi vào %1 vượt giới hạn kích thước tệp của hệ thống hoặc ổ đĩa."),
    QT_TRANSLATE_NOOP("messages", "Không có quyền ghi vào %1 (tệp hoặc thư mục chỉ đọc)."),
    QT_TRANSLATE_NOOP("messages", "Cơ sở dữ liệu %1 bị hỏng (%2). Có thể khôi phục bản sao lưu tốt gần nhất: %3."),
    QT_TRANSLATE_NOOP("messages", "Cơ sở dữ liệu %1 bị hỏng (%2). Không tìm thấy bản sao lưu tốt trong thư mục sao lưu; hãy chọn một tệp sao lưu (ví dụ trên USB)."),
    QT_TRANSLATE_NOOP("messages", "Cơ sở dữ liệu %1 bị hỏng (%2)."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy tệp cơ sở dữ liệu %1."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy tệp sao lưu %1."),
    QT_TRANSLATE_NOOP("messages", "Chưa có cơ sở dữ liệu; sẽ tạo mới."),
    QT_TRANSLATE_NOOP("messages", "“%1” không phải là tệp cơ sở dữ liệu; không khôi phục."),
    QT_TRANSLATE_NOOP("messages", "“%1” không phải là tệp sao lưu."),
    QT_TRANSLATE_NOOP("messages", "“%1” không phải bản sao lưu của Commune Desk (thiếu bảng hồ sơ, sự kiện hoặc thông tin bàn làm việc); không khôi phục."),
    QT_TRANSLATE_NOOP("messages", "Bản sao lưu “%1” được tạo bởi phiên bản Commune Desk mới hơn (lược đồ %2); phiên bản đang chạy không mở được. Hãy cài phiên bản mới nhất."),
    QT_TRANSLATE_NOOP("messages", "Bản sao lưu thuộc xã %1, còn máy này làm việc cho xã %2; không khôi phục dữ liệu của xã khác."),
    QT_TRANSLATE_NOOP("messages", "Bản sao lưu là của một bàn làm việc khác (mã bàn khác). Chỉ quản trị viên mới được chọn khôi phục dữ liệu của bàn khác (ví dụ máy mới thay máy cũ): dùng --other-desk."),
    QT_TRANSLATE_NOOP("messages", "Không mở được bản sao lưu %1: sai khóa mã hóa hoặc tệp hỏng."),
    QT_TRANSLATE_NOOP("messages", "Không đọc được bản sao lưu %1: %2."),
    QT_TRANSLATE_NOOP("messages", "Tệp “%1” không phải cơ sở dữ liệu Commune Desk; không ghi đè lên nó."),
    QT_TRANSLATE_NOOP("messages", "Cơ sở dữ liệu chưa có thông tin bàn làm việc (desk)."),
    QT_TRANSLATE_NOOP("messages", "Cơ sở dữ liệu chưa có thông tin bàn làm việc."),
    QT_TRANSLATE_NOOP("messages", "Bản sao lưu %1 bị hỏng: %2."),
    QT_TRANSLATE_NOOP("messages", "Cơ sở dữ liệu nguyên vẹn."),
    QT_TRANSLATE_NOOP("messages", "Bản khôi phục không nguyên vẹn: %1."),
    QT_TRANSLATE_NOOP("messages", "Không giữ lại được bản hiện tại trước khi khôi phục nên chưa khôi phục: %1"),
    QT_TRANSLATE_NOOP("messages", "khi đóng phần mềm"),
    QT_TRANSLATE_NOOP("messages", "hằng ngày"),
    QT_TRANSLATE_NOOP("messages", "trước khi khôi phục"),
    QT_TRANSLATE_NOOP("messages", "trước khi nâng cấp"),
    QT_TRANSLATE_NOOP("messages", "trước khi mã hóa"),
    QT_TRANSLATE_NOOP("messages", "bản hỏng giữ lại"),
    # catalogue import (services.catalog)
    QT_TRANSLATE_NOOP("messages", "Cơ sở dữ liệu chưa có danh mục thủ tục."),
    QT_TRANSLATE_NOOP("messages", "Không có thủ tục mã “%1” trong danh mục (phiên bản %2)."),
    QT_TRANSLATE_NOOP("messages", "Không có danh mục phiên bản %1."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy tệp “%1”."),
    QT_TRANSLATE_NOOP("messages", "Không nhập danh mục: %1 dòng có lỗi (không dòng nào được nhập)."),
    QT_TRANSLATE_NOOP("messages", "Tệp không có thủ tục nào."),
    QT_TRANSLATE_NOOP("messages", "Tệp “%1” không phải tệp Excel .xlsx hợp lệ (%2)."),
    QT_TRANSLATE_NOOP("messages", "Tệp “%1” thiếu trang tính “%2”."),
    QT_TRANSLATE_NOOP("messages", "Trang tính “%1” trống."),
    QT_TRANSLATE_NOOP("messages", "Trang tính “%1” thiếu cột: %2."),
    QT_TRANSLATE_NOOP("messages", "Tệp “%1” bị hỏng hoặc không phải tệp Excel .xlsx hợp lệ (%2); không nhập gì."),
    QT_TRANSLATE_NOOP("messages", "Dòng %1: mã thủ tục %2 trùng với dòng %3"),
    QT_TRANSLATE_NOOP("messages", "loại phí “%1” không hợp lệ (chọn: %2)"),
    QT_TRANSLATE_NOOP("messages", "ngày hiệu lực “%1” phải có dạng dd/mm/yyyy"),
    QT_TRANSLATE_NOOP("messages", "trường hợp miễn “%1” không hợp lệ (chọn: %2)"),
    QT_TRANSLATE_NOOP("messages", "giờ chốt “%1” phải có dạng HH:MM"),
    QT_TRANSLATE_NOOP("messages", "thiếu mã thủ tục"),
    QT_TRANSLATE_NOOP("messages", "thiếu tên thủ tục"),
    QT_TRANSLATE_NOOP("messages", "thiếu lĩnh vực"),
    QT_TRANSLATE_NOOP("messages", "cột Đang áp dụng phải là “Có” hoặc “Không”"),
    QT_TRANSLATE_NOOP("messages", "Gia hạn xác minh"),
    QT_TRANSLATE_NOOP("messages", "Số trang mức đầu"),
    QT_TRANSLATE_NOOP("messages", "Mức thu trang tiếp"),
    QT_TRANSLATE_NOOP("messages", "Mức tối đa"),
    # calendar and overrides (domain.calendar, services.calendar_source, services.desk)
    QT_TRANSLATE_NOOP("messages", "Tệp lịch trong %1 không đúng định dạng %2."),
    QT_TRANSLATE_NOOP("messages", "Tệp lịch không đúng định dạng %1."),
    QT_TRANSLATE_NOOP("messages", "Dòng lịch thứ %1 trong %2 thiếu tên ngày."),
    QT_TRANSLATE_NOOP("messages", "Dòng lịch thứ %1 thiếu tên ngày."),
    QT_TRANSLATE_NOOP("messages", "Dòng lịch thứ %1 trong %2 không hợp lệ: %3."),
    QT_TRANSLATE_NOOP("messages", "Dòng lịch thứ %1 không hợp lệ: %2."),
    QT_TRANSLATE_NOOP("messages", "Không đọc được tệp lịch %1: %2"),
    QT_TRANSLATE_NOOP("messages", "Ngày bắt đầu mùa %1 không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Mỗi mùa phải có ít nhất một buổi làm việc."),
    QT_TRANSLATE_NOOP("messages", "Cần ít nhất một mùa giờ làm việc."),
    QT_TRANSLATE_NOOP("messages", "Hai mùa giờ làm việc không được bắt đầu cùng một ngày."),
    QT_TRANSLATE_NOOP("messages", "Khoảng năm của lịch không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Lịch làm việc chưa có dữ liệu cho năm %1 (chỉ có từ %2 đến %3)."),
    QT_TRANSLATE_NOOP("messages", "Số ngày làm việc phải từ 1 trở lên."),
    QT_TRANSLATE_NOOP("messages", "Lịch làm việc chưa có dữ liệu đến ngày hết hạn (sau năm %1)."),
    QT_TRANSLATE_NOOP("messages", "Số phút làm việc phải không âm."),
    QT_TRANSLATE_NOOP("messages", "Giờ làm việc phải tăng dần và không chồng lấn (%1–%2)."),
    QT_TRANSLATE_NOOP("messages", "Mã %1 là “%2” (%3) trong danh mục chính thức, không phải “%4”."),
    QT_TRANSLATE_NOOP("messages", "Máy đã có dữ liệu của xã hiện tại: không thể đổi sang xã khác. Hãy cài đặt một tệp mới cho xã kia."),
    QT_TRANSLATE_NOOP("messages", "Tên xã không được để trống."),
    # paper settings and staff directory (services.paper_settings)
    QT_TRANSLATE_NOOP("messages", "Khổ giấy “%1” không hợp lệ; chọn A4 hoặc A5."),
    QT_TRANSLATE_NOOP("messages", "Địa chỉ tra cứu phải bắt đầu bằng https://"),
    QT_TRANSLATE_NOOP("messages", "Người ký “%1” cần chức vụ (ví dụ PHÓ CHỦ TỊCH)."),
    QT_TRANSLATE_NOOP("messages", "Dòng danh bạ “%1” cần cả tên đăng nhập và họ tên đầy đủ."),
    QT_TRANSLATE_NOOP("messages", "(chưa có tên đăng nhập)"),
    # sync client and protocol (services.sync, sync.*)
    QT_TRANSLATE_NOOP("messages", "Đồng hồ máy này %1 so với máy chủ. Giờ tiếp nhận và hẹn trả in trên giấy tờ lấy theo đồng hồ máy: hãy chỉnh lại ngày giờ của máy tính (múi giờ Việt Nam, UTC+7) hoặc báo cán bộ tin học."),
    QT_TRANSLATE_NOOP("messages", "Máy chưa được cài đặt (chưa chọn xã) nhưng đã có dữ liệu; hãy cài đặt trước: commune-desk setup --db TỆP --commune MÃ_XÃ."),
    QT_TRANSLATE_NOOP("messages", "Máy chưa đăng ký với máy chủ đồng bộ (dùng: commune-desk enroll)."),
    QT_TRANSLATE_NOOP("messages", "Không thấy thông tin đăng nhập máy chủ trong kho mật khẩu; hãy đăng ký lại máy (commune-desk enroll)."),
    QT_TRANSLATE_NOOP("messages", "Máy vừa được khôi phục từ bản sao lưu: việc đồng bộ tạm dừng cho đến khi quản trị viên kiểm tra và cho phép (commune-desk sync-release)."),
    QT_TRANSLATE_NOOP("messages", "Máy chủ đã có dữ liệu của máy này ở lượt %1, nhưng máy không hề gửi lượt đó: máy đã bị khôi phục hoặc sao chép mà không sang lượt mới. Cần quản trị viên kiểm tra trước khi đồng bộ (không dữ liệu nào bị ghi đè)."),
    QT_TRANSLATE_NOOP("messages", "Máy chủ đã nhận dữ liệu của máy này ở lượt %1, mới hơn lượt %2 của máy: có thể máy đã bị sao chép hoặc khôi phục sai. Cần quản trị viên kiểm tra trước khi đồng bộ."),
    QT_TRANSLATE_NOOP("messages", "Không đọc được tệp đính kèm %1."),
    QT_TRANSLATE_NOOP("messages", "Tệp %1 đã bị thay đổi so với lúc đính kèm."),
    QT_TRANSLATE_NOOP("messages", "Máy chủ không xác nhận tiến thêm (lượt %1, đã xác nhận đến số %2); sẽ thử lại sau."),
    QT_TRANSLATE_NOOP("messages", "Máy chủ từ chối."),
    QT_TRANSLATE_NOOP("messages", "Máy chủ đã nhận"),
    QT_TRANSLATE_NOOP("messages", "Máy số %1"),
    QT_TRANSLATE_NOOP("messages", "Không ghi được vào sổ của máy này: %1"),
    QT_TRANSLATE_NOOP("messages", "Đã nhận lịch làm việc %1 (%2 ngày)."),
    QT_TRANSLATE_NOOP("messages", "Đã nhận danh bạ cán bộ %1 (%2 người của xã)."),
    QT_TRANSLATE_NOOP("messages", "Mã hồ sơ %1 đã được dùng cho một hồ sơ khác trên máy này (hai hồ sơ cùng mã, thường do máy cấp lại mã sau khi khôi phục). Sự kiện được giữ lại ở đây để cán bộ xử lý."),
    QT_TRANSLATE_NOOP("messages", "Đã nhận danh mục thủ tục %1 (phiên bản %2 trên máy)."),
    QT_TRANSLATE_NOOP("messages", "Danh mục thủ tục phiên bản %1 đã có."),
    QT_TRANSLATE_NOOP("messages", "Số thứ tự của sự kiện trùng với một sự kiện khác đã có trên máy này (có thể do sao chép máy)."),
    QT_TRANSLATE_NOOP("messages", "Loại ngày không hợp lệ trong lịch của tỉnh: %1"),
    QT_TRANSLATE_NOOP("messages", "Máy chủ đang gặp lỗi (mã %1); sẽ thử lại."),
    QT_TRANSLATE_NOOP("messages", "Câu trả lời của máy chủ không đọc được; sẽ thử lại."),
    QT_TRANSLATE_NOOP("messages", "Máy chủ không trả lời kịp; sẽ thử lại."),
    QT_TRANSLATE_NOOP("messages", "Không kết nối được máy chủ %1; sẽ thử lại."),
    QT_TRANSLATE_NOOP("messages", "Máy chủ từ chối (mã %1)."),
    QT_TRANSLATE_NOOP("messages", "Không kết nối được máy chủ %1."),
    QT_TRANSLATE_NOOP("messages", "Máy chủ nhiều lần từ chối phần tệp đính kèm; sẽ gửi lại ở lần đồng bộ sau."),
    QT_TRANSLATE_NOOP("messages", "Số thứ tự %1 của máy (lượt %2) đã được dùng cho một sự kiện khác."),
    QT_TRANSLATE_NOOP("messages", "Mã sự kiện đã có trên máy chủ với nội dung khác."),
    QT_TRANSLATE_NOOP("messages", "Sự kiện không thuộc máy đang gửi."),
    QT_TRANSLATE_NOOP("messages", "Loại sự kiện không được hỗ trợ: %1."),
    QT_TRANSLATE_NOOP("messages", "Dấu băm của sự kiện không khớp nội dung (dữ liệu bị sửa hoặc hỏng)."),
    QT_TRANSLATE_NOOP("messages", "Máy tính này không có kho mật khẩu của hệ điều hành (keyring), nên không thể cất giữ an toàn thông tin đăng nhập máy chủ. Trên Windows, kho này có sẵn; trên Linux, hãy chạy trong phiên làm việc có GNOME Keyring hoặc KWallet. Ứng dụng không lưu thông tin này ra tệp thường."),
    QT_TRANSLATE_NOOP("messages", "Không lưu được thông tin đăng nhập vào kho mật khẩu: %1"),
    QT_TRANSLATE_NOOP("messages", "Không đọc được kho mật khẩu: %1"),
    QT_TRANSLATE_NOOP("messages", "không phải UUID"),
    QT_TRANSLATE_NOOP("messages", "dấu thời gian HLC sai dạng"),
    QT_TRANSLATE_NOOP("messages", "mã xã sai dạng"),
    # obstacles, approvals, attachments, restore pause, integrity (services.*, domain.obstacles)
    QT_TRANSLATE_NOOP("messages", "Loại vướng mắc không hợp lệ: %1. Chọn một trong: %2."),
    QT_TRANSLATE_NOOP("messages", "Cần ghi lĩnh vực."),
    QT_TRANSLATE_NOOP("messages", "Cần mô tả vướng mắc."),
    QT_TRANSLATE_NOOP("messages", "Mô tả quá dài (tối đa 4.000 ký tự)."),
    QT_TRANSLATE_NOOP("messages", "Ngày bắt đầu vướng mắc không được sau hôm nay."),
    QT_TRANSLATE_NOOP("messages", "Số hồ sơ bị ảnh hưởng không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy vướng mắc này trên máy."),
    QT_TRANSLATE_NOOP("messages", "Vướng mắc này đã đóng."),
    QT_TRANSLATE_NOOP("messages", "Chưa chọn người %1."),
    QT_TRANSLATE_NOOP("messages", "Không có tài khoản “%1” trên bàn này: người %2 phải là một người dùng của phần mềm; hãy chọn trong danh sách."),
    QT_TRANSLATE_NOOP("messages", "Tài khoản %1 (%2) đã bị khóa: không thể là người %3."),
    QT_TRANSLATE_NOOP("messages", "%1 (%2, %3) không có quyền %4: không thể là người %5."),
    QT_TRANSLATE_NOOP("messages", "Cần %1 nhập mật khẩu để xác nhận %2 (người %3); hoặc người đó tự thực hiện trên phiên đăng nhập của mình."),
    QT_TRANSLATE_NOOP("messages", "nhận hồ sơ"),
    QT_TRANSLATE_NOOP("messages", "Không đọc được tệp “%1”: %2."),
    QT_TRANSLATE_NOOP("messages", "Tệp “%1” lớn hơn %2 MB; hãy quét với độ phân giải thấp hơn hoặc chia thành nhiều tệp."),
    QT_TRANSLATE_NOOP("messages", "Máy vừa được khôi phục từ bản sao lưu: tạm dừng tiếp nhận hồ sơ mới (để không cấp lại mã hồ sơ đã in cho người khác) cho đến khi quản trị viên cho phép đồng bộ lại và máy đồng bộ xong với máy chủ."),
    QT_TRANSLATE_NOOP("messages", "Máy vừa được khôi phục từ bản sao lưu: hãy đồng bộ với máy chủ một lần (lấy lại các mã hồ sơ đã cấp sau bản sao lưu) trước khi tiếp nhận hồ sơ mới."),
    QT_TRANSLATE_NOOP("messages", "Cần ghi người ký văn bản xin lỗi."),
    QT_TRANSLATE_NOOP("messages", "Cần ghi lý do đính chính."),
    QT_TRANSLATE_NOOP("messages", "SQLite không đọc được cơ sở dữ liệu: tệp bị hỏng (%1). Hãy khôi phục bản sao lưu tốt gần nhất (commune-desk restore)."),
    QT_TRANSLATE_NOOP("messages", "SQLite báo lỗi cấu trúc: %1"),
    QT_TRANSLATE_NOOP("messages", "%1 dòng vi phạm ràng buộc khóa ngoại (bảng %2 …)."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ %1 có trong bảng hồ sơ nhưng không có sự kiện nào."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ %1 có sự kiện nhưng thiếu trong bảng hồ sơ."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ %1: bảng hồ sơ khác kết quả gộp sự kiện ở cột %2."),
    QT_TRANSLATE_NOOP("messages", "Chỉ mục tìm kiếm không khớp bảng hồ sơ: %1. Hãy dựng lại chỉ mục."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ %1 không có sự kiện tiếp nhận nhưng có trong bảng hồ sơ."),
    QT_TRANSLATE_NOOP("messages", "Sự kiện %1: nội dung JSON hỏng."),
    QT_TRANSLATE_NOOP("messages", "… (còn lỗi khác, chỉ liệt kê 20 lỗi đầu)"),
    QT_TRANSLATE_NOOP("messages", "Thư viện holidays (dự kiến)"),
    QT_TRANSLATE_NOOP("messages", "Danh mục nhập từ %1"),
    # opening, encrypting and writing the database file (store.engine, store.crypto, store.keyfile)
    QT_TRANSLATE_NOOP("messages", "Mật khẩu cơ sở dữ liệu phải có ít nhất %1 ký tự."),
    QT_TRANSLATE_NOOP("messages", "Kho khóa của hệ điều hành không có khóa của cơ sở dữ liệu này. Nếu tệp được mã hóa bằng mật khẩu, hãy nhập mật khẩu đó."),
    QT_TRANSLATE_NOOP("messages", "Tệp %1 đã được mã hóa (hoặc không phải tệp SQLite)."),
    QT_TRANSLATE_NOOP("messages", "Không mở được tệp %1: sai khóa mã hóa hoặc tệp không phải cơ sở dữ liệu của phần mềm (%2)."),
    QT_TRANSLATE_NOOP("messages", "Không mở được tệp %1: tệp hoặc thư mục chứa nó không đọc/ghi được (%2)."),
    QT_TRANSLATE_NOOP("messages", "Không mã hóa được %1: %2."),
    QT_TRANSLATE_NOOP("messages", "Đã chọn không mở phần mềm khi không có khóa mã hóa."),
    QT_TRANSLATE_NOOP("messages", "Tệp %1 bị hỏng (%2); không mã hóa. Hãy khôi phục từ bản sao lưu."),
    QT_TRANSLATE_NOOP("messages", "Bản mã hóa vẫn ở dạng đọc được; dừng lại."),
    QT_TRANSLATE_NOOP("messages", "Bản mã hóa %1 không khớp với bản gốc (%2)."),
    QT_TRANSLATE_NOOP("messages", "Bản sao lưu trước khi nâng cấp %1 không khớp với bản gốc (%2)."),
    QT_TRANSLATE_NOOP("messages", "Ổ đĩa chứa cơ sở dữ liệu “%1” đã đầy nên thao tác vừa rồi chưa được lưu (không có dữ liệu nào bị ghi dở). Hãy giải phóng dung lượng ổ đĩa rồi thử lại."),
    QT_TRANSLATE_NOOP("messages", "Không ghi được vào cơ sở dữ liệu “%1” vì tệp (hoặc thư mục chứa nó) chỉ cho phép đọc; thao tác vừa rồi chưa được lưu. Hãy nhờ quản trị cấp quyền ghi rồi thử lại."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy tệp cơ sở dữ liệu “%1”."),
    QT_TRANSLATE_NOOP("messages", "Không có quyền ghi vào thư mục “%1”."),
    QT_TRANSLATE_NOOP("messages", "“%1” không phải là tệp cơ sở dữ liệu."),
    QT_TRANSLATE_NOOP("messages", "Không có quyền đọc tệp cơ sở dữ liệu “%1”."),
    QT_TRANSLATE_NOOP("messages", "Tệp cơ sở dữ liệu “%1” (hoặc thư mục chứa nó) chỉ cho phép đọc; hãy chép sang thư mục có quyền ghi hoặc nhờ quản trị cấp quyền."),
    QT_TRANSLATE_NOOP("messages", "Tệp “%1” không phải cơ sở dữ liệu SQLite của Commune Desk."),
    QT_TRANSLATE_NOOP("messages", "Không tạo được thư mục “%1”: %2."),
    QT_TRANSLATE_NOOP("messages", "Cơ sở dữ liệu “%1” có %2 dòng vi phạm ràng buộc khóa ngoại; hãy chạy lệnh kiểm tra (commune-desk check)."),
    QT_TRANSLATE_NOOP("messages", "Lỗi khi mở cơ sở dữ liệu “%1”: %2."),
    QT_TRANSLATE_NOOP("messages", "Tệp “%1” không phải cơ sở dữ liệu SQLite hoặc đã được mã hóa bằng khóa khác."),
    QT_TRANSLATE_NOOP("messages", "Không mở được tệp cơ sở dữ liệu “%1”: %2"),
    QT_TRANSLATE_NOOP("messages", "Tệp “%1” được tạo bởi phiên bản Commune Desk mới hơn (lược đồ %2). Hãy cài phiên bản mới nhất của phần mềm để mở tệp này; tệp không bị thay đổi."),
    QT_TRANSLATE_NOOP("messages", "Không đọc được tệp cơ sở dữ liệu “%1”: %2."),
    QT_TRANSLATE_NOOP("messages", "Tệp “%1” không phải cơ sở dữ liệu của Commune Desk."),
    QT_TRANSLATE_NOOP("messages", "Chưa nâng cấp tệp “%1” lên phiên bản này vì không sao lưu được nó trước (thư mục %2): %3 Tệp không bị thay đổi."),
    QT_TRANSLATE_NOOP("messages", "Không đọc được tệp khóa %1: %2."),
    QT_TRANSLATE_NOOP("messages", "Tệp khóa %1 bị hỏng hoặc không phải của Commune Desk."),
    QT_TRANSLATE_NOOP("messages", "Không ghi được tệp khóa %1: %2."),
    QT_TRANSLATE_NOOP("messages", "%1 (Chi tiết: %2)"),
    # set-up and administrative units (services.setup, services.units)
    QT_TRANSLATE_NOOP("messages", "Cần cả địa chỉ máy chủ và mã đăng ký máy (hoặc bỏ cả hai)."),
    QT_TRANSLATE_NOOP("messages", "Tệp này đã có %1 hồ sơ: không thể cài đặt lại xã hay số bàn (mã hồ sơ đã cấp dựa trên chúng). Thay đổi thông tin khác trong Cài đặt, hoặc dùng một tệp mới."),
    QT_TRANSLATE_NOOP("messages", "Máy đã đăng ký với máy chủ cho xã %1; không thể chuyển sang xã %2. Hãy dùng một tệp mới."),
    QT_TRANSLATE_NOOP("messages", "%1 Thông tin cài đặt vẫn được lưu; máy làm việc ngoại tuyến. Đăng ký sau, khi có mạng, với cùng mã đăng ký này: commune-desk enroll --server URL --token MÃ."),
    QT_TRANSLATE_NOOP("messages", "Không có tỉnh, thành phố mã “%1” trong danh mục đơn vị hành chính."),
    QT_TRANSLATE_NOOP("messages", "Mã xã “%1” không có trong danh mục 3.321 xã, phường, đặc khu (từ 01/7/2025); mã xã gồm 5 chữ số, ví dụ Xã Mỹ Lý (Nghệ An) là 16816."),
    # reports and papers refused (services.reporting, services.printing)
    QT_TRANSLATE_NOOP("messages", "Kỳ báo cáo %1 (%2 – %3) chưa bắt đầu; chưa có số liệu."),
    QT_TRANSLATE_NOOP("messages", "Không có hồ sơ nào được tiếp nhận từ %1 đến %2."),
    QT_TRANSLATE_NOOP("messages", "Báo cáo tuần cần một tuần ISO, ví dụ 2026-W48."),
    QT_TRANSLATE_NOOP("messages", "%1 không có hồ sơ nào (không tiếp nhận, không giải quyết, không tồn đọng)."),
    QT_TRANSLATE_NOOP("messages", "Không có hồ sơ nào trong kỳ %1 (từ %2 đến %3); không lập báo cáo rỗng."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ %1 chưa có bước “%2” nên không lập được mẫu này."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ %1 có quyết định không giải quyết: in “Văn bản trả lời” (mẫu TL), không dùng Mẫu số 03."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ %1 đã được chuyển xử lý trước khi bị từ chối: đây là quyết định không giải quyết, in “Văn bản trả lời” (mẫu TL), không dùng Mẫu số 03."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ %1 không có quyết định không giải quyết nào nên không lập Văn bản trả lời."),
    QT_TRANSLATE_NOOP("messages", "Không có mẫu số “%1”; chọn một trong 01–07 hoặc TL (văn bản trả lời)."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy hồ sơ có mã “%1”."),
    # ID card QR, identifiers, time limits, fees, periods, events (domain.*)
    QT_TRANSLATE_NOOP("messages", "Mã QR thẻ căn cước: %1 “%2” phải có dạng NgàyThángNăm (8 chữ số)."),
    QT_TRANSLATE_NOOP("messages", "Mã QR thẻ căn cước: %1 “%2” không phải một ngày có thật."),
    QT_TRANSLATE_NOOP("messages", "Mã QR thẻ căn cước phải có %1 phần ngăn bởi dấu “|”, nhưng đọc được %2 phần. Hãy quét lại."),
    QT_TRANSLATE_NOOP("messages", "Mã QR thẻ căn cước: số định danh phải có đúng 12 chữ số."),
    QT_TRANSLATE_NOOP("messages", "Mã QR thẻ căn cước: số CMND cũ phải có 9 chữ số."),
    QT_TRANSLATE_NOOP("messages", "Mã QR thẻ căn cước: thiếu họ và tên, hoặc họ tên có chữ số."),
    QT_TRANSLATE_NOOP("messages", "Mã QR thẻ căn cước: giới tính “%1” phải là Nam hoặc Nữ."),
    QT_TRANSLATE_NOOP("messages", "Mã QR thẻ căn cước: thiếu nơi thường trú."),
    QT_TRANSLATE_NOOP("messages", "Mã QR thẻ căn cước: ngày cấp đứng trước ngày sinh."),
    QT_TRANSLATE_NOOP("messages", "Mã định danh cơ quan “%1” không đúng dạng (ví dụ đúng: 000.00.04.H40)."),
    QT_TRANSLATE_NOOP("messages", "Số hiệu bàn làm việc phải từ 1 đến %1."),
    QT_TRANSLATE_NOOP("messages", "Bàn số %1 đã dùng hết %2 số hồ sơ trong ngày."),
    QT_TRANSLATE_NOOP("messages", "Số thứ tự hồ sơ %1 nằm ngoài khoảng 0001–9999."),
    QT_TRANSLATE_NOOP("messages", "Mã hồ sơ “%1” không đúng dạng <mã cơ quan>-<yymmdd>-<số thứ tự>."),
    QT_TRANSLATE_NOOP("messages", "Mã hồ sơ “%1” có ngày không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Mã tỉnh %1 không tồn tại."),
    QT_TRANSLATE_NOOP("messages", "Không đọc được thời hạn '%1'. Viết như: '03 ngày làm việc', 'Trong ngày', '30 ngày' hoặc '8 giờ làm việc'."),
    QT_TRANSLATE_NOOP("messages", "Chưa nhập thời hạn giải quyết."),
    QT_TRANSLATE_NOOP("messages", "Thời hạn %1 quá lớn (tối đa 3650)."),
    QT_TRANSLATE_NOOP("messages", "Thời gian gia hạn xác minh phải từ 0 đến 365 ngày làm việc."),
    QT_TRANSLATE_NOOP("messages", "Giờ chốt trong '%1' không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Thời hạn 'trong ngày' không có số lượng."),
    QT_TRANSLATE_NOOP("messages", "Thời hạn giải quyết phải là số dương."),
    QT_TRANSLATE_NOOP("messages", "Thời hạn '%1' phải lớn hơn 0."),
    QT_TRANSLATE_NOOP("messages", "Số bản và số trang phải từ 1 trở lên."),
    QT_TRANSLATE_NOOP("messages", "Mức phí, lệ phí không được âm."),
    QT_TRANSLATE_NOOP("messages", "Phí theo trang cần số trang tính theo mức đầu (ít nhất 1)."),
    QT_TRANSLATE_NOOP("messages", "Thủ tục này không có trường hợp miễn “%1”."),
    QT_TRANSLATE_NOOP("messages", "Quy tắc phí không hợp lệ: %1"),
    QT_TRANSLATE_NOOP("messages", "Không hiểu kỳ báo cáo '%1'. Dùng: 2026-05 (tháng), 2026-Q3 (quý), 2026-H1 (6 tháng), 2026-9M (9 tháng), 2026 (năm) hoặc 2026-W48 (tuần)."),
    QT_TRANSLATE_NOOP("messages", "Kỳ tùy chọn không có danh sách sẵn."),
    QT_TRANSLATE_NOOP("messages", "Năm %1 nằm ngoài khoảng hỗ trợ (2000–2100)."),
    QT_TRANSLATE_NOOP("messages", "Tháng %1 không hợp lệ (1–12)."),
    QT_TRANSLATE_NOOP("messages", "Quý %1 không hợp lệ (1–4)."),
    QT_TRANSLATE_NOOP("messages", "Ngày bắt đầu %1 sau ngày kết thúc %2."),
    QT_TRANSLATE_NOOP("messages", "Ngày '%1' không đúng dạng dd/mm/yyyy."),
    QT_TRANSLATE_NOOP("messages", "Năm %1 không có tuần %2."),
    QT_TRANSLATE_NOOP("messages", "Ngày '%1' không tồn tại."),
    QT_TRANSLATE_NOOP("messages", "Hồ sơ %1 đã được đánh giá."),
    QT_TRANSLATE_NOOP("messages", "Tệp danh mục không đúng định dạng %1."),
    QT_TRANSLATE_NOOP("messages", "Thủ tục %1 không hợp lệ: %2"),
    QT_TRANSLATE_NOOP("messages", "Tên đơn vị “%1” phải bắt đầu bằng “Xã”, “Phường” hoặc “Đặc khu” (ví dụ: Xã Mỹ Lý)."),
    QT_TRANSLATE_NOOP("messages", "Dấu thời gian HLC không hợp lệ: %1"),
    QT_TRANSLATE_NOOP("messages", "Nội dung sự kiện phải là một đối tượng JSON."),
    QT_TRANSLATE_NOOP("messages", "Sự kiện “corrected” không đính chính thông tin nào."),
    QT_TRANSLATE_NOOP("messages", "Sự kiện “%1”: trường %2 (%3) có giá trị không hợp lệ: %4."),
    QT_TRANSLATE_NOOP("messages", "Sự kiện “%1” thiếu trường %2 (%3)."),
    QT_TRANSLATE_NOOP("messages", "số định danh cá nhân"),
    QT_TRANSLATE_NOOP("messages", "ngày sinh"),
    QT_TRANSLATE_NOOP("messages", "số điện thoại"),
    QT_TRANSLATE_NOOP("messages", "thư điện tử"),
    QT_TRANSLATE_NOOP("messages", "thời điểm tiếp nhận"),
    QT_TRANSLATE_NOOP("messages", "ngày hẹn mới"),
    QT_TRANSLATE_NOOP("messages", "thời điểm hẹn trả"),
    QT_TRANSLATE_NOOP("messages", "thời điểm có kết quả"),
    QT_TRANSLATE_NOOP("messages", "Thời điểm tiếp nhận “%1” không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Ngày hẹn mới “%1” không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Thời điểm hẹn trả “%1” không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "Thời điểm có kết quả “%1” không hợp lệ."),
    QT_TRANSLATE_NOOP("messages", "họ tên"),
    QT_TRANSLATE_NOOP("messages", "địa chỉ"),
    # generic shapes last: they would swallow the sentences above
    QT_TRANSLATE_NOOP("messages", "Dòng %1: %2"),
    QT_TRANSLATE_NOOP("messages", "%1 không được âm"),
    QT_TRANSLATE_NOOP("messages", "%1 “%2” phải là số nguyên"),
    QT_TRANSLATE_NOOP("messages", "%1 giờ %2 phút"),
    QT_TRANSLATE_NOOP("messages", "%1 phút"),
    QT_TRANSLATE_NOOP("messages", "nhanh %1"),
    QT_TRANSLATE_NOOP("messages", "chậm %1"),
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for template in (*TEMPLATES, *LIFECYCLE_TEMPLATES, *SERVICE_TEMPLATES):
        parts = re.split(r"(%\d)", template)
        rx = "".join("(.+?)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in parts)
        out.append((template, re.compile(rx, re.DOTALL)))
    return tuple(out)


def _vietnamese() -> bool:
    return QLocale().language() == QLocale.Language.Vietnamese


def tr_message(text: str, *, _depth: int = 0) -> str:
    """``text`` (one or more lines from a lower layer) in the desk's language."""
    if not text or _vietnamese():
        return text
    if "\n" in text:
        return "\n".join(tr_message(line) for line in text.split("\n"))
    exact = QCoreApplication.translate(CONTEXT, text)
    if exact != text:
        return exact
    label = QCoreApplication.translate("labels", text)
    if label != text:  # a weekday, a role, a status…
        return label
    if _depth > 3:
        return text
    for template, pattern in _patterns():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        translated = QCoreApplication.translate(CONTEXT, template)
        if translated == template:
            continue
        for i, arg in enumerate(match.groups(), start=1):
            translated = translated.replace(f"%{i}", _argument(arg, _depth + 1))
        return translated
    return _words(text) if _depth else text


def _argument(arg: str, depth: int) -> str:
    """A template's argument: a "; " or ", " list is translated item by item."""
    pieces = []
    for piece in arg.split("; "):
        done = tr_message(piece.strip(), _depth=depth)
        if done == piece and ", " in piece:
            done = ", ".join(tr_message(x.strip(), _depth=depth) for x in piece.split(", "))
        pieces.append(done)
    return "; ".join(pieces)


_DONG = re.compile(r"(\d) đ(?=\W|$)")


def _words(text: str) -> str:
    """Weekday names inside a moment ("20:05 thứ Năm 03/12/2026") and the đồng sign of an
    amount ("200.000 đ") in the desk's language."""
    for name in WEEKDAY_NAMES:
        if name in text:
            text = text.replace(name, QCoreApplication.translate("labels", name))
    return _DONG.sub(lambda m: m.group(1) + " " + QCoreApplication.translate("format", "đ"), text)


def ui_message(exc: BaseException) -> str:
    """``errors.user_message`` in the desk's language (what every screen shows for a failure)."""
    from commune_desk.errors import user_message

    return tr_message(user_message(exc))
