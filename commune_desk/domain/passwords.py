"""Password policy (pure): minimum length, variety, and a list of passwords people pick first."""

from __future__ import annotations

MIN_PASSWORD_LENGTH = 8
MIN_DISTINCT_CHARACTERS = 5

# The most common passwords of public breach lists (top of the SecLists / NCSC "100k" lists),
# with the Vietnamese favourites an office would try first. Compared case-insensitively and
# with spaces, dots, dashes and underscores removed, so "Mat-Khau-123" counts as "matkhau123".
COMMON_PASSWORDS: frozenset[str] = frozenset(["123456", "123456789", "12345678", "1234567890", "12345", "1234567", "password", "password1", "password123", "passw0rd", "qwerty", "qwerty123", "qwertyuiop", "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx", "zaq12wsx", "abc123", "abc12345", "abcd1234", "111111", "11111111", "000000", "00000000", "123123", "123123123", "654321", "987654321", "666666", "888888", "88888888", "121212", "112233", "123321", "7777777", "555555", "999999", "147258369", "159753", "1234qwer", "qwer1234", "asdfghjkl", "iloveyou", "iloveyou1", "princess", "sunshine", "monkey", "dragon", "football", "baseball", "letmein", "welcome", "welcome1", "welcome123", "admin", "admin123", "admin1234", "administrator", "root", "toor", "master", "master123", "superman", "batman", "trustno1", "shadow", "michael", "jennifer", "hello123", "hello1234", "freedom", "whatever", "login", "loginpass", "changeme", "changeme123", "secret", "secret123", "test", "test123", "test1234", "guest", "guest123", "default", "1234abcd", "a1b2c3d4", "aa123456", "qazwsxedc", "starwars", "pokemon", "computer", "internet", "samsung", "matkhau", "matkhau1", "matkhau123", "matkhau1234", "matkhaumoi", "matkhaumoi1", "anhyeuem", "anhyeuem1", "emyeuanh", "emyeuanh1", "yeuem123", "yeuanh123", "vietnam", "vietnam1", "vietnam123", "vietnam2026", "hanoi123", "saigon123", "hochiminh", "123456a", "123456aa", "a123456", "a12345678", "123abc", "12345abc", "motconvit", "conmeo123", "hoanganh", "nguyenvan", "nguyenthi", "tranvan", "1234567a", "quantri", "quantri1", "quantri123", "quantrivien", "ubnd123", "ubndxa", "ubndxa123", "motcua", "motcua123", "xa123456", "canbo123", "admin2026"])


def password_problem(password: str, login: str = "") -> str | None:
    """Why a new password is refused (Vietnamese), or None when it is acceptable."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự."
    if not password.strip():
        return "Mật khẩu không được chỉ gồm khoảng trắng."
    folded = "".join(ch for ch in password.lower() if ch not in " .-_")
    if login and password.strip().lower() == login:
        return "Mật khẩu không được trùng hoặc chứa tên đăng nhập."
    if folded in COMMON_PASSWORDS or folded.rstrip("0123456789!@#") in COMMON_PASSWORDS:
        return ("Mật khẩu này nằm trong danh sách mật khẩu hay bị dùng (dễ đoán); hãy chọn một "
                "cụm từ dài hơn, riêng của mình.")
    if len(set(password.lower())) < MIN_DISTINCT_CHARACTERS:
        return f"Mật khẩu cần ít nhất {MIN_DISTINCT_CHARACTERS} ký tự khác nhau."
    return None
