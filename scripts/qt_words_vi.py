"""Vietnamese for Qt's own dialogs (PySide6 ships no qtbase_vi.qm): {Qt context: {source: vi}}.

The source strings are Qt 6's (read from the qtbase_de.qm shipped with PySide6). The contexts
are those of the Qt dialogs the desk shows: file dialog, print dialog and its settings, print
preview, message boxes and standard buttons, edit context menus, spin boxes.
``fill_translations`` writes them into commune_desk_vi.ts after every lupdate.
"""

_EDIT = {"&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "&Cắt", "&Copy": "Sao &chép",
         "&Paste": "&Dán", "Delete": "Xóa", "Select All": "Chọn tất cả",
         "Copy &Link Location": "Sao chép địa chỉ &liên kết"}

QT_VI: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "Đồng ý", "Save": "Lưu", "Save All": "Lưu tất cả", "Open": "Mở", "&Yes": "&Có",
        "Yes to &All": "Có với &tất cả", "&No": "&Không", "N&o to All": "K&hông với tất cả",
        "Abort": "Hủy bỏ", "Retry": "Thử lại", "Ignore": "Bỏ qua", "Close": "Đóng",
        "Cancel": "Hủy", "Discard": "Bỏ", "Help": "Trợ giúp", "Apply": "Áp dụng",
        "Reset": "Đặt lại", "Restore Defaults": "Khôi phục mặc định",
    },
    "QLineEdit": dict(_EDIT),
    "QWidgetTextControl": dict(_EDIT),
    "QAbstractSpinBox": {"&Select All": "&Chọn tất cả", "&Step up": "&Tăng",
                         "Step &down": "&Giảm"},
    "QMessageBox": {"Show Details...": "Xem chi tiết…", "Hide Details...": "Ẩn chi tiết…",
                    "About Qt": "Về Qt", "OK": "Đồng ý"},
    "QDialogButtonBox": {"OK": "Đồng ý"},
    "QTabBar": {"Scroll Left": "Cuộn sang trái", "Scroll Right": "Cuộn sang phải"},
    "QScrollBar": {  # the scroll bar's context menu
        "Scroll here": "Cuộn tới đây", "Top": "Đầu", "Bottom": "Cuối", "Left edge": "Mép trái",
        "Right edge": "Mép phải", "Page up": "Lên một trang", "Page down": "Xuống một trang",
        "Page left": "Sang trái một trang", "Page right": "Sang phải một trang",
        "Scroll up": "Cuộn lên", "Scroll down": "Cuộn xuống", "Scroll left": "Cuộn sang trái",
        "Scroll right": "Cuộn sang phải",
    },
    "QFileDialog": {
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
            "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục.",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nGhi đè lên tệp này?",
        "&Choose": "&Chọn", "&Delete": "&Xóa", "&Look in:": "&Tìm trong:", "Look in:": "Tìm trong:",
        "&New Folder": "Thư mục &mới", "&Open": "&Mở", "&Rename": "Đổi &tên", "&Save": "&Lưu",
        "'%1' is write protected.\nDo you want to delete it anyway?":
            "“%1” đang được bảo vệ chống ghi.\nVẫn xóa?",
        "All Files (*)": "Mọi tệp (*)", "All files (*)": "Mọi tệp (*)",
        "Alt+Left": "Alt+Left", "Alt+Right": "Alt+Right", "Alt+Up": "Alt+Up",
        "Are you sure you want to delete '%1'?": "Xóa “%1”?",
        "Back": "Quay lại", "Change to detail view mode": "Chuyển sang dạng chi tiết",
        "Change to list view mode": "Chuyển sang dạng danh sách",
        "Could not delete directory.": "Không xóa được thư mục.",
        "Create New Folder": "Tạo thư mục mới", "Create a New Folder": "Tạo một thư mục mới",
        "Delete": "Xóa", "Detail View": "Dạng chi tiết", "Directories": "Thư mục",
        "Directory:": "Thư mục:", "File &name:": "&Tên tệp:", "Files": "Tệp",
        "Files of &type:": "&Loại tệp:", "Files of type:": "Loại tệp:",
        "Find Directory": "Chọn thư mục", "Forward": "Tiến tới", "Go back": "Quay lại",
        "Go forward": "Tiến tới", "Go to the parent directory": "Lên thư mục cha",
        "List View": "Dạng danh sách", "List of places and bookmarks": "Các nơi và dấu trang",
        "New Folder": "Thư mục mới", "Open": "Mở", "Parent Directory": "Thư mục cha",
        "Recent Places": "Nơi mở gần đây", "Remove": "Bỏ", "Save As": "Lưu thành",
        "Show ": "Hiện ", "Show &hidden files": "Hiện tệp &ẩn", "Sidebar": "Thanh bên",
    },
    "QFileSystemModel": {
        "<b>The name \"%1\" cannot be used.</b><p>Try using another name, with fewer characters "
        "or no punctuation marks.":
            "<b>Không dùng được tên “%1”.</b><p>Hãy đặt tên khác, ngắn hơn hoặc không có dấu câu.",
        "Computer": "Máy tính", "Date Modified": "Ngày sửa", "Invalid filename": "Tên tệp không hợp lệ",
        "Kind": "Loại", "My Computer": "Máy tính", "Name": "Tên", "Size": "Kích thước", "Type": "Loại",
    },
    "QPrintDialog": {
        "%1 already exists.\nDo you want to overwrite it?": "%1 đã có.\nGhi đè lên tệp này?",
        "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' "
        "to define ranges and make sure ranges do not intersect with each other.":
            "%1 không đúng cú pháp. Dùng “,” để ngăn cách các trang và khoảng trang, “-” để ghi "
            "một khoảng; các khoảng không được chồng lên nhau.",
        "%1 is a directory.\nPlease choose a different file name.":
            "%1 là một thư mục.\nHãy chọn tên tệp khác.",
        "&Options <<": "&Tùy chọn <<", "&Options >>": "&Tùy chọn >>", "&Print": "&In",
        "1 (1x1)": "1 (1x1)", "16 (4x4)": "16 (4x4)", "2 (2x1)": "2 (2x1)", "4 (2x2)": "4 (2x2)",
        "6 (2x3)": "6 (2x3)", "9 (3x3)": "9 (3x3)", "All Pages": "Mọi trang",
        "Bottom to Top, Left to Right": "Dưới lên trên, trái sang phải",
        "Bottom to Top, Right to Left": "Dưới lên trên, phải sang trái",
        "Duplex Settings Conflicts": "Thiết lập in hai mặt mâu thuẫn", "Even Pages": "Trang chẵn",
        "File %1 is not writable.\nPlease choose a different file name.":
            "Không ghi được tệp %1.\nHãy chọn tên tệp khác.",
        "Invalid Pages Definition": "Khoảng trang không hợp lệ",
        "Left to Right, Bottom to Top": "Trái sang phải, dưới lên trên",
        "Left to Right, Top to Bottom": "Trái sang phải, trên xuống dưới",
        "Local file": "Tệp trên máy", "OK": "Đồng ý", "Odd Pages": "Trang lẻ",
        "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\nPlease turn one of "
        "those options off.":
            "Không dùng cùng lúc “Số trang mỗi tờ” và “Tập trang”.\nHãy tắt một trong hai.",
        "Print": "In", "Print To File ...": "In ra tệp…", "Print to File (PDF)": "In ra tệp (PDF)",
        "Right to Left, Bottom to Top": "Phải sang trái, dưới lên trên",
        "Right to Left, Top to Bottom": "Phải sang trái, trên xuống dưới",
        "The 'From' value cannot be greater than the 'To' value.":
            "Giá trị “Từ” không được lớn hơn giá trị “Đến”.",
        "There are conflicts in duplex settings. Do you want to fix them?":
            "Thiết lập in hai mặt mâu thuẫn. Sửa lại?",
        "Top to Bottom, Left to Right": "Trên xuống dưới, trái sang phải",
        "Top to Bottom, Right to Left": "Trên xuống dưới, phải sang trái",
        "Write PDF file": "Ghi tệp PDF",
    },
    "QPrintWidget": {"&Name:": "&Tên:", "...": "…", "Form": "Biểu mẫu", "Location:": "Vị trí:",
                     "Output &file:": "&Tệp đầu ra:", "P&roperties": "&Thuộc tính",
                     "Preview": "Xem trước", "Printer": "Máy in", "Type:": "Loại:"},
    "QPrintSettingsOutput": {
        "Collate": "Xếp theo bộ", "Color": "Màu", "Color Mode": "Chế độ màu", "Copies": "Số bản",
        "Copies:": "Số bản:", "Current Page": "Trang hiện tại",
        "Double Sided Printing": "In hai mặt", "Form": "Biểu mẫu", "Grayscale": "Đen trắng",
        "Long side binding": "Đóng gáy cạnh dài", "Off": "Tắt", "Options": "Tùy chọn",
        "Output Settings": "Thiết lập bản in", "Page Set:": "Tập trang:", "Page &Set:": "&Tập trang:", "Pages": "Trang",
        "Pages from": "Từ trang", "Print all": "In tất cả", "Print range": "Phạm vi in",
        "Reverse": "Đảo ngược", "Selection": "Phần đã chọn",
        "Short side binding": "Đóng gáy cạnh ngắn",
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers "
        "separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.":
            "Ghi các trang hoặc khoảng trang, cách nhau bằng dấu phẩy; một khoảng là hai số nối "
            "bằng dấu gạch. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.",
        "to": "đến",
    },
    "QPageSetupWidget": {
        "CC": "CC", "Cicero (CC)": "Cicero (CC)", "Custom": "Tùy chỉnh", "DD": "DD",
        "Didot (DD)": "Didot (DD)", "Form": "Biểu mẫu", "Height:": "Cao:", "Inches (in)": "Inch (in)",
        "Landscape": "Khổ ngang", "Margins": "Lề", "Millimeters (mm)": "Milimét (mm)",
        "Orientation": "Hướng giấy", "Page Layout": "Bố cục trang", "Page order:": "Thứ tự trang:", "Page &order:": "&Thứ tự trang:",
        "Pages &per sheet:": "Số trang &mỗi tờ:",
        "Page size:": "Khổ giấy:", "Pages per sheet:": "Số trang mỗi tờ:", "Paper": "Giấy",
        "Paper source:": "Khay giấy:", "Pica (P̸)": "Pica (P̸)", "Points (pt)": "Point (pt)",
        "Portrait": "Khổ dọc", "P̸": "P̸", "Reverse landscape": "Ngang đảo ngược",
        "Reverse portrait": "Dọc đảo ngược", "Width:": "Rộng:", "bottom margin": "lề dưới",
        "in": "in", "left margin": "lề trái", "mm": "mm", "pt": "pt", "right margin": "lề phải",
        "top margin": "lề trên",
    },
    "QPrintPreviewDialog": {
        "%1%": "%1%", "Export to PDF": "Xuất ra PDF", "First page": "Trang đầu",
        "Fit page": "Vừa trang", "Fit width": "Vừa chiều rộng", "Landscape": "Khổ ngang",
        "Last page": "Trang cuối", "Next page": "Trang sau", "Page Setup": "Thiết lập trang",
        "Page setup": "Thiết lập trang", "Portrait": "Khổ dọc", "Previous page": "Trang trước",
        "Print": "In", "Print Preview": "Xem trước khi in", "Show facing pages": "Xem hai trang",
        "Show overview of all pages": "Xem mọi trang", "Show single page": "Xem từng trang",
        "Zoom in": "Phóng to", "Zoom out": "Thu nhỏ",
    },
    "QPrintPropertiesDialog": {
        "Advanced Option Conflicts": "Tùy chọn nâng cao mâu thuẫn", "Job Options": "Tùy chọn lệnh in",
        "Page Setup Conflicts": "Thiết lập trang mâu thuẫn", "Printer Properties": "Thuộc tính máy in",
        "There are conflicts in page setup options. Do you want to fix them?":
            "Thiết lập trang mâu thuẫn. Sửa lại?",
        "There are conflicts in some advanced options. Do you want to fix them?":
            "Một số tùy chọn nâng cao mâu thuẫn. Sửa lại?",
        "Job": "Lệnh in", "Custom value for %1": "Giá trị riêng cho %1",
    },
    "QPrintPropertiesWidget": {"Advanced": "Nâng cao", "Form": "Biểu mẫu", "Page": "Trang",
                               "There are conflicts in some options. Please fix them.":
                                   "Một số tùy chọn mâu thuẫn; hãy sửa lại."},
}
