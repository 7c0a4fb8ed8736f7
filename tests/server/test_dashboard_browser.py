"""The province dashboard in a real headless Chromium (Debian's chromium + chromedriver):
sign in, read the per-commune table and the chart, answer an obstacle with the form."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serverkit import Admin, ServerProcess, enroll, make_desk, receive

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")


@pytest.fixture
def browser() -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver")
    if not CHROMIUM or not DRIVER:
        pytest.skip("Cần gói Debian chromium và chromium-driver.")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="cd-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", f"--user-data-dir={profile}", "--window-size=1280,1600"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_dashboard_in_chromium(sqlite_server: ServerProcess, admin: Admin, tmp_path: Path,
                               browser: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    def wait_for(element_id: str) -> Any:
        return WebDriverWait(browser, 30).until(
            ec.presence_of_element_located((By.ID, element_id)))

    from commune_desk.server import store
    from commune_desk.services.obstacles import list_obstacles, record_obstacle
    from commune_desk.services.sync import sync_round

    store.add_officer(admin.sessions, "canbo.tinh", "Phạm Minh Tuấn", "mat-khau-tinh-2026")
    desk = make_desk(tmp_path / "a.sqlite3", 1)
    enroll(desk, sqlite_server, admin)
    for i in range(3):
        receive(desk, f"Hoàng Văn Nam {i}")
    record_obstacle(desk, actor="canbo1", field="Chứng thực", procedure="", blocker="thiet_bi",
                    since=dt.date(2026, 11, 2), dossiers_held=7,
                    description="Máy quét hỏng, chưa được cấp máy mới.")
    assert sync_round(desk).complete

    # A desk (or anyone) without an officer session lands on the sign-in page.
    browser.get(sqlite_server.url + "/dashboard")
    assert browser.current_url.endswith("/dashboard/login")
    browser.find_element(By.ID, "login-name").send_keys("canbo.tinh")
    browser.find_element(By.ID, "password").send_keys("sai-mat-khau")
    browser.find_element(By.ID, "submit").click()
    assert "Sai tên đăng nhập hoặc mật khẩu" in wait_for("error").text
    browser.find_element(By.ID, "login-name").send_keys("canbo.tinh")
    browser.find_element(By.ID, "password").send_keys("mat-khau-tinh-2026")
    browser.find_element(By.ID, "submit").click()
    wait_for("communes")
    assert browser.current_url.endswith("/dashboard")
    row = browser.find_element(By.CSS_SELECTOR, 'tr[data-commune="40001"]')
    assert row.find_element(By.CSS_SELECTOR, "td.backlog").text == "3"
    assert "Xã Hưng Nguyên" in row.text
    bars = browser.find_elements(By.CSS_SELECTOR, '#chart rect.bar-backlog[data-commune="40001"]')
    assert len(bars) == 1 and bars[0].get_attribute("data-value") == "3"
    assert float(bars[0].get_attribute("width")) > 100  # drawn, scaled to the largest backlog
    browser.save_screenshot(str(tmp_path / "dashboard.png"))
    assert (tmp_path / "dashboard.png").stat().st_size > 5_000

    card = browser.find_element(By.CSS_SELECTOR, ".obstacle")
    assert "Máy quét hỏng" in card.text and "Thiếu trang thiết bị" in card.text
    card.find_element(By.TAG_NAME, "textarea").send_keys("Tỉnh cấp máy quét trong tuần tới.")
    card.find_element(By.TAG_NAME, "button").click()
    assert "Đã gửi trả lời" in wait_for("message").text
    assert sync_round(desk).complete
    (ob,) = list_obstacles(desk)
    assert ob.answers[0].text == "Tỉnh cấp máy quét trong tuần tới."
    desk.close()
