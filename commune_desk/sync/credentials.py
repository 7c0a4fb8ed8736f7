"""The desk's server credential, kept in the OS keyring — never in a file or the database."""

from __future__ import annotations

from commune_desk.errors import UserError

SERVICE = "commune-desk-sync"


class CredentialError(UserError):
    """The credential store cannot be used; the message tells the user what to do (Vietnamese)."""


NO_KEYRING = ("Máy tính này không có kho mật khẩu của hệ điều hành (keyring), nên không thể cất "
              "giữ an toàn thông tin đăng nhập máy chủ. Trên Windows, kho này có sẵn; trên Linux, "
              "hãy chạy trong phiên làm việc có GNOME Keyring hoặc KWallet. Ứng dụng không lưu "
              "thông tin này ra tệp thường.")


def _username(desk_id: str) -> str:
    return f"desk:{desk_id}"


def _refuse_plaintext_store() -> None:
    """The same policy as the database key: keyrings.alt's plain-text (or weakly "encrypted")
    file store is no keyring; the token is never put there."""
    import keyring

    from commune_desk.store.crypto import refuses_plaintext_backend

    if refuses_plaintext_backend(keyring):
        raise CredentialError(NO_KEYRING)


def save_token(desk_id: str, token: str) -> None:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    _refuse_plaintext_store()
    try:
        keyring.set_password(SERVICE, _username(desk_id), token)
    except NoKeyringError as exc:
        raise CredentialError(NO_KEYRING) from exc
    except KeyringError as exc:
        raise CredentialError(f"Không lưu được thông tin đăng nhập vào kho mật khẩu: {exc}") from exc


def load_token(desk_id: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    _refuse_plaintext_store()
    try:
        return keyring.get_password(SERVICE, _username(desk_id))
    except NoKeyringError as exc:
        raise CredentialError(NO_KEYRING) from exc
    except KeyringError as exc:
        raise CredentialError(f"Không đọc được kho mật khẩu: {exc}") from exc
